import { useId, type ReactNode } from 'react';

/** A chart with a visible title and a text summary that says what the picture shows. */
export function ChartFrame({ title, summary, children }: { title: string; summary: string; children: ReactNode }) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id={titleId} className="font-semibold">
        {title}
      </h3>
      <p id={summaryId} className="mb-2 text-sm text-slate-600">
        {summary}
      </p>
      {children}
    </figure>
  );
}

/** Tier colours and marker shapes on charts; shape and legend text tell tiers apart without colour. */
export const TIER_MARKERS = {
  emergency: { color: '#b91c1c', shape: 'triangle' },
  urgent: { color: '#c2410c', shape: 'diamond' },
  soon: { color: '#a16207', shape: 'square' },
  routine: { color: '#475569', shape: 'circle' },
} as const;

export const BRAND = '#1f6f68';
export const AXIS_TICK = { fontSize: 12, fill: '#475569' };
