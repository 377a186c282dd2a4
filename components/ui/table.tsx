import type { ComponentProps } from 'react';
import { cn } from './cn';

/**
 * Tables, shadcn/ui style: the elements with the app's classes, nothing more.
 * Sorting, paging and empty states stay with the feature (components/data-table
 * for TanStack tables).
 */

type Align = 'left' | 'right';
const ALIGN: Record<Align, string> = { left: 'text-left', right: 'text-right' };

/**
 * The bordered box a table scrolls in. Given a `label`, it becomes a focusable,
 * named region, so keyboard users can scroll a table wider than the screen.
 */
export function TableContainer({ label, className, ...props }: ComponentProps<'div'> & { label?: string }) {
  const region = label ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {};
  return (
    <div
      {...region}
      className={cn('overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm', className)}
      {...props}
    />
  );
}

/** `dense` (the default) sets small print for data tables; patient pages keep the page's size. */
export function Table({ dense = true, className, ...props }: ComponentProps<'table'> & { dense?: boolean }) {
  return <table className={cn('min-w-full', dense && 'text-sm', className)} {...props} />;
}

/** The table's name for screen readers; hidden unless `visible`. */
export function TableCaption({
  visible = false,
  className,
  ...props
}: ComponentProps<'caption'> & { visible?: boolean }) {
  return (
    <caption className={cn(visible ? 'mb-2 text-left text-sm text-slate-600' : 'sr-only', className)} {...props} />
  );
}

export function TableHeader({ sticky = false, className, ...props }: ComponentProps<'thead'> & { sticky?: boolean }) {
  return <thead className={cn('bg-slate-50 text-slate-700', sticky && 'sticky top-0 z-10', className)} {...props} />;
}

export function TableBody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody className={cn('divide-y divide-slate-100', className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('align-top', className)} {...props} />;
}

/** A header cell: a column's (`scope="col"`, the default) or a row's (`scope="row"`, whose weight the caller sets). */
export function TableHead({
  align = 'left',
  scope = 'col',
  className,
  ...props
}: ComponentProps<'th'> & { align?: Align }) {
  const look = scope === 'row' ? undefined : 'align-bottom font-semibold';
  return <th scope={scope} className={cn('px-3 py-2', ALIGN[align], look, className)} {...props} />;
}

export function TableCell({ align = 'left', className, ...props }: ComponentProps<'td'> & { align?: Align }) {
  return <td className={cn('px-3 py-2', ALIGN[align], align === 'right' && 'tabular-nums', className)} {...props} />;
}

/** What a list shows when it has no rows: a dashed box with one sentence. */
export function EmptyState({ className, ...props }: ComponentProps<'p'>) {
  return (
    <p
      className={cn(
        'rounded-lg border border-dashed border-slate-300 bg-white px-4 py-8 text-center text-slate-600',
        className,
      )}
      {...props}
    />
  );
}
