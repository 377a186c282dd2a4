import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

/**
 * Form fields, shadcn/ui style: a label, a control, an optional hint and an
 * error, with the hint and error tied to the control (aria-describedby) and
 * the control marked aria-invalid while it has an error. The ids are derived
 * from the control's: `<id>-hint`, `<id>-error`.
 */

export const INPUT_CLASS =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600';

/** The attributes that tie a control to its hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/** What `aria-describedby` should hold for a field with this hint and error (undefined when neither). */
export function describedBy(id: string, { hint, error }: { hint?: ReactNode; error?: ReactNode }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The control's side of a field: spread onto an input, select or textarea. */
export function fieldControlProps(
  id: string,
  { hint, error }: { hint?: ReactNode; error?: ReactNode },
): FieldControlProps {
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, { hint, error }) };
}

export function Label({ className, ...props }: ComponentProps<'label'>) {
  return <label className={cn('block text-sm font-medium text-slate-800', className)} {...props} />;
}

export function FieldHint({ id, className, ...props }: ComponentProps<'p'> & { id: string }) {
  return <p id={`${id}-hint`} className={cn('mt-1 text-xs text-slate-600', className)} {...props} />;
}

/** The message under a field; nothing when there is none. */
export function FieldError({ id, className, children, ...props }: ComponentProps<'p'> & { id: string }) {
  if (!children) return null;
  return (
    <p id={`${id}-error`} className={cn('mt-1 text-sm text-red-700', className)} {...props}>
      {children}
    </p>
  );
}

/**
 * A labelled control with its hint and error. `children` renders the control
 * from the props that wire it up:
 *
 *   <Field id="email" label="Email" error={errors.email}>
 *     {(control) => <Input {...control} name="email" type="email" />}
 *   </Field>
 */
export function Field({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  return (
    <div className={className}>
      <Label htmlFor={id}>{label}</Label>
      {children(fieldControlProps(id, { hint, error }))}
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      <FieldError id={id}>{error}</FieldError>
    </div>
  );
}

export function Input({ className, ...props }: ComponentProps<'input'>) {
  return <input className={cn(INPUT_CLASS, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<'select'>) {
  return <select className={cn(INPUT_CLASS, className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<'textarea'>) {
  return <textarea className={cn(INPUT_CLASS, className)} {...props} />;
}

/**
 * A labelled text input named after its id, for server-action forms: it
 * re-mounts when the kept value changes, so a failed submission shows what was typed.
 */
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
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <Input
          key={defaultValue}
          {...control}
          name={id}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
        />
      )}
    </Field>
  );
}
