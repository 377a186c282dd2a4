import type { ComponentProps } from 'react';
import type { Tier } from '@/lib/rules';
import type { FlagStatus } from '@/lib/views/types';
import { cn } from './cn';

/**
 * Pills, shadcn/ui style: one component and a variant map. Every variant has a
 * border as well as a colour, and every badge has words, so none rests on
 * colour alone. Variants carry the font weight, so a caller's class never competes with it.
 */
/** The colours of each flag tier (docs/rules.md): badges, and the worklist's tier tiles. */
export const TIER_COLOURS: Record<Tier, string> = {
  emergency: 'border-red-800 bg-red-700 text-white',
  urgent: 'border-orange-400 bg-orange-100 text-orange-900',
  soon: 'border-amber-400 bg-amber-50 text-amber-900',
  routine: 'border-slate-300 bg-slate-100 text-slate-800',
};

export const BADGE_VARIANTS = {
  // Flag tiers, highest first.
  emergency: `${TIER_COLOURS.emergency} font-semibold`,
  urgent: `${TIER_COLOURS.urgent} font-semibold`,
  soon: `${TIER_COLOURS.soon} font-semibold`,
  routine: `${TIER_COLOURS.routine} font-semibold`,
  // Flag statuses.
  open: 'border-brand-600 bg-white font-medium text-brand-800',
  acknowledged: 'border-slate-400 bg-white font-medium text-slate-700',
  resolved: 'border-slate-300 bg-white font-medium text-slate-500',
  // Marks.
  active: 'border-brand-100 bg-brand-50 font-medium text-brand-800',
  neutral: 'border-slate-300 bg-slate-100 font-medium text-slate-700',
  overdue: 'border-red-700 bg-red-50 font-semibold text-red-800',
  escalated: 'border-purple-700 bg-purple-50 font-semibold text-purple-900',
  withdrawn: 'border-violet-400 bg-violet-50 font-medium text-violet-900',
  info: 'border-sky-300 bg-sky-100 font-medium text-sky-950',
  success: 'border-green-300 bg-green-100 font-semibold text-green-900',
  caution: 'border-amber-300 bg-amber-100 font-semibold text-amber-900',
  danger: 'border-red-300 bg-red-100 font-semibold text-red-900',
  warning: 'border-amber-600 bg-amber-50 font-semibold whitespace-nowrap text-amber-900',
} as const satisfies Record<Tier | FlagStatus, string> & Record<string, string>;

export const BADGE_SIZES = {
  sm: 'px-2 py-0.5 text-xs',
  /** Patient pages: the page's reading size. */
  md: 'px-2.5 py-0.5 text-sm',
} as const;

export type BadgeVariant = keyof typeof BADGE_VARIANTS;
export type BadgeSize = keyof typeof BADGE_SIZES;

export function badgeVariants({
  variant = 'neutral',
  size = 'sm',
  className,
}: { variant?: BadgeVariant; size?: BadgeSize; className?: string } = {}): string {
  return cn('inline-flex items-center rounded-full border', BADGE_SIZES[size], BADGE_VARIANTS[variant], className);
}

export function Badge({
  variant,
  size,
  className,
  ...props
}: ComponentProps<'span'> & { variant?: BadgeVariant; size?: BadgeSize }) {
  return <span className={badgeVariants({ variant, size, className })} {...props} />;
}
