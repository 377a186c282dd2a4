import type { ComponentProps } from 'react';
import { cn } from './cn';

/** The panel's classes, for an element that is something else as well (a form, a fieldset, a list item). */
export function cardVariants({ compact = false, className }: { compact?: boolean; className?: string } = {}): string {
  return cn('rounded-lg border border-slate-200 bg-white shadow-sm', compact ? 'p-3' : 'p-4 sm:p-5', className);
}

/** A white bordered panel, shadcn/ui style; CardHeader/CardTitle/CardDescription/CardContent are optional parts. */
export function Card({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cardVariants({ className })} {...props} />;
}

/** The same panel as a landmark section (name it with aria-labelledby or aria-label). */
export function CardSection({ className, ...props }: ComponentProps<'section'>) {
  return <section className={cardVariants({ className })} {...props} />;
}

export function CardHeader({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('mb-3 space-y-1', className)} {...props} />;
}

/** The panel's heading; an h2 unless told otherwise. */
export function CardTitle({ as: Heading = 'h2', className, ...props }: ComponentProps<'h2'> & { as?: 'h2' | 'h3' }) {
  return <Heading className={cn('text-lg font-semibold', className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<'p'>) {
  return <p className={cn('text-sm text-slate-600', className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<'div'>) {
  return <div className={cn('space-y-3', className)} {...props} />;
}
