'use client';

import { describedBy, Field, FieldError, Input } from '@/components/ui/field';
import type { Choice } from './field-copy';

export { FieldError };

/** A whole-number field; the value stays text so what was typed is never lost. */
export function NumberField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  className?: string;
}) {
  const { id, label, hint, value, error, onChange } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error} large className={props.className}>
      {(control) => (
        <Input
          {...control}
          large
          name={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="max-w-32"
        />
      )}
    </Field>
  );
}

/** A single yes/no tick box with a large touch target. */
export function Checkbox(props: {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
  value?: string;
}) {
  const { id, label, hint, checked, onChange } = props;
  return (
    <div className="flex items-start gap-3 py-1.5">
      <input
        id={id}
        name={props.name ?? id}
        value={props.value}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-5 shrink-0 accent-brand-700"
      />
      <label htmlFor={id} className="leading-snug">
        <span className="font-medium">{label}</span>
        {hint ? (
          <span id={`${id}-hint`} className="block text-sm text-slate-600">
            {hint}
          </span>
        ) : null}
      </label>
    </div>
  );
}

/** A group of tick boxes for a list field (patterns, relief, symptoms, conditions, medicines). */
export function ChoiceList<C extends string>(props: {
  name: string;
  codes: readonly C[];
  copy: Record<C, Choice>;
  selected: readonly string[];
  onToggle: (code: C, checked: boolean) => void;
  columns?: 1 | 2;
}) {
  const { name, codes, copy, selected, onToggle } = props;
  return (
    <div className={props.columns === 2 ? 'grid gap-x-6 sm:grid-cols-2' : undefined}>
      {codes.map((code) => (
        <Checkbox
          key={code}
          id={`${name}-${code}`}
          name={name}
          value={code}
          label={copy[code].label}
          hint={copy[code].hint}
          checked={selected.includes(code)}
          onChange={(checked) => onToggle(code, checked)}
        />
      ))}
    </div>
  );
}

/**
 * One answer from a short scale (worst pain 0–10, sleep 1–5, side) as radio
 * buttons drawn as a row of large buttons; arrow keys move between them.
 */
export function RadioRow(props: {
  name: string;
  legend: string;
  hint?: string;
  options: Array<{ value: string; label: string; srLabel?: string }>;
  value: string;
  error?: string;
  onChange: (value: string) => void;
  layout?: 'scale' | 'wide';
}) {
  const { name, legend, hint, options, value, error, onChange } = props;
  const grid =
    props.layout === 'wide' ? 'grid grid-cols-2 gap-2 sm:grid-cols-4' : 'grid grid-cols-6 gap-1.5 sm:grid-cols-11';
  return (
    <fieldset id={`field-${name}`} aria-describedby={describedBy(`field-${name}`, { hint, error })} tabIndex={-1}>
      <legend className="font-medium">{legend}</legend>
      {hint ? (
        <p id={`field-${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className={`mt-2 ${grid}`}>
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div key={option.value} className="relative">
              <input
                id={id}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none opacity-0"
              />
              <label
                htmlFor={id}
                className="flex min-h-11 cursor-pointer items-center justify-center rounded-md border border-slate-400 bg-white px-2 py-2 text-center font-medium peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 hover:border-brand-700"
              >
                {option.label}
                {option.srLabel ? <span className="sr-only"> {option.srLabel}</span> : null}
              </label>
            </div>
          );
        })}
      </div>
      <FieldError id={`field-${name}`}>{error}</FieldError>
    </fieldset>
  );
}
