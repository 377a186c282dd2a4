'use client';

import { useId } from 'react';

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
    <div className="min-w-40">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          const next = options.find((option) => option.value === event.target.value);
          onChange(next ? next.value : null);
        }}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
