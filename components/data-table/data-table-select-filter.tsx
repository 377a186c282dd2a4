'use client';

import { useId } from 'react';
import { Field, Select } from '@/components/ui/field';

interface DataTableSelectFilterProps<T extends string> {
  label: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  /** Called with null for "any". */
  onChange: (value: T | null) => void;
  anyLabel?: string;
}

/** A labelled single-choice filter for a table column. */
export function DataTableSelectFilter<T extends string>({
  label,
  value,
  options,
  onChange,
  anyLabel = 'Any',
}: DataTableSelectFilterProps<T>) {
  const id = useId();
  return (
    <Field id={id} label={label} className="min-w-40">
      {(control) => (
        <Select
          {...control}
          value={value ?? ''}
          onChange={(event) => {
            const next = options.find((option) => option.value === event.target.value);
            onChange(next ? next.value : null);
          }}
        >
          <option value="">{anyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
