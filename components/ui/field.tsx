import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

/**
 * Form fields, shadcn/ui style: a label, a control, an optional hint and an
 * error, with the hint and error tied to the control (aria-describedby) and
 * the control marked aria-invalid while it has an error. The ids are derived
 * from the control's: `<id>-hint`, `<id>-error`.
 */

export const INPUT_CLASS =
  'mt-1 block rounded-md border bg-white px-3 py-2 shadow-sm focus:border-brand-600 aria-invalid:border-red-600 aria-invalid:ring-1 aria-invalid:ring-red-600';

/**
 * Staff screens use small print; the patient's diary and profile (`large`) use the page's
 * size, a darker border and the hint above the control, where it is read first.
 */
const CONTROL_SIZES = { small: 'border-slate-300 text-sm', large: 'border-slate-400 text-base' } as const;

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

export function Label({ large = false, className, ...props }: ComponentProps<'label'> & { large?: boolean }) {
  return <label className={cn('block font-medium text-slate-800', !large && 'text-sm', className)} {...props} />;
}

export function FieldHint({
  id,
  large = false,
  className,
  ...props
}: ComponentProps<'p'> & { id: string; large?: boolean }) {
  return (
    <p id={`${id}-hint`} className={cn('text-slate-600', large ? 'text-sm' : 'mt-1 text-xs', className)} {...props} />
  );
}

/** The message under a field; nothing when there is none. */
export function FieldError({ id, className, children, ...props }: ComponentProps<'p'> & { id: string }) {
  if (!children) return null;
  return (
    <p id={`${id}-error`} className={cn('mt-1 text-sm font-medium text-red-700', className)} {...props}>
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
  large = false,
  className,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  /** Patient pages: see CONTROL_SIZES. Give the control `large` too. */
  large?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const hintNode = hint ? (
    <FieldHint id={id} large={large}>
      {hint}
    </FieldHint>
  ) : null;
  return (
    <div className={className}>
      <Label htmlFor={id} large={large}>
        {label}
      </Label>
      {large ? hintNode : null}
      {children(fieldControlProps(id, { hint, error }))}
      {large ? null : hintNode}
      <FieldError id={id}>{error}</FieldError>
    </div>
  );
}

/** `fit` keeps a control as wide as its content (a date, a time) instead of its container; `large`: see CONTROL_SIZES. */
type ControlLook = { fit?: boolean; large?: boolean };

function controlClass({ fit = false, large = false }: ControlLook, className?: string): string {
  return cn(INPUT_CLASS, CONTROL_SIZES[large ? 'large' : 'small'], !fit && 'w-full', className);
}

export function Input({ fit, large, className, ...props }: ComponentProps<'input'> & ControlLook) {
  return <input className={controlClass({ fit, large }, className)} {...props} />;
}

export function Select({ fit, large, className, ...props }: ComponentProps<'select'> & ControlLook) {
  return <select className={controlClass({ fit, large }, className)} {...props} />;
}

export function Textarea({ large, className, ...props }: ComponentProps<'textarea'> & { large?: boolean }) {
  return <textarea className={controlClass({ large }, className)} {...props} />;
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

/** A tick box with its words beside it, the label wrapping both (for short options in a row). */
export function CheckboxLabel({
  label,
  className,
  ...props
}: Omit<ComponentProps<'input'>, 'type'> & { label: ReactNode }) {
  return (
    <label className={cn('flex items-center gap-2 text-sm', className)}>
      <input type="checkbox" {...props} />
      {label}
    </label>
  );
}
