import { fieldErrorClass, hintClass, inputClass, labelClass } from './styles';

/** A labelled input with an optional hint and its error, both tied to it for screen readers. */
export function TextField({
  id,
  label,
  type = 'text',
  defaultValue,
  error,
  hint,
  autoComplete,
}: {
  id: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'search';
  defaultValue?: string;
  error?: string;
  hint?: string;
  autoComplete?: string;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        // Re-mount when the kept value changes, so a failed submission shows what was typed.
        key={defaultValue}
        id={id}
        name={id}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        className={inputClass}
      />
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className={fieldErrorClass}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
