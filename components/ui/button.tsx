import type { ComponentProps } from 'react';
import { cn } from './cn';

/**
 * The app's buttons, shadcn/ui style: one component, variant and size maps.
 * Focus rings come from the global `:focus-visible` rule (app/globals.css).
 */
export const BUTTON_VARIANTS = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  secondary: 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
  danger: 'border border-red-300 bg-white text-red-800 hover:bg-red-50',
  outline: 'border border-brand-700 bg-white text-brand-800 hover:bg-brand-50',
} as const;

export const BUTTON_SIZES = {
  sm: 'px-3 py-1.5 text-sm font-medium',
  md: 'px-4 py-2 text-sm font-medium',
  /** The diary form's main actions: full width on a phone. */
  lg: 'w-full px-4 py-3 text-lg font-semibold sm:w-auto',
} as const;

export type ButtonVariant = keyof typeof BUTTON_VARIANTS;
export type ButtonSize = keyof typeof BUTTON_SIZES;

/** The classes of a button, for links that look like one (`<Link className={buttonVariants()}>`). */
export function buttonVariants({
  variant = 'primary',
  size = 'md',
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cn(
    'inline-flex items-center justify-center rounded-md disabled:opacity-60',
    BUTTON_VARIANTS[variant],
    BUTTON_SIZES[size],
    className,
  );
}

/** A `<button>`; like the element, it submits its form unless given another `type`. */
export function Button({
  variant,
  size,
  className,
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button className={buttonVariants({ variant, size, className })} {...props} />;
}
