/** The one colour set of every chart, the patient's and the clinician's. */
export const CHART_COLORS = {
  line: '#185a54',
  bar: '#1f6f68',
  grid: '#e2e8f0',
  axis: '#475569',
  /** The sleep chart's second series pair: minutes awake (bars) and sleep quality (line). */
  awake: '#94a3b8',
  quality: '#4338ca',
} as const;

/** Axis tick text, for charts that style ticks rather than the whole axis. */
export const AXIS_TICK = { fontSize: 12, fill: CHART_COLORS.axis };

/** Tier colours and marker shapes on charts; shape and legend text tell tiers apart without colour. */
export const TIER_MARKERS = {
  emergency: { color: '#b91c1c', shape: 'triangle' },
  urgent: { color: '#c2410c', shape: 'diamond' },
  soon: { color: '#a16207', shape: 'square' },
  routine: { color: '#475569', shape: 'circle' },
} as const;

/** The space around a plot; the negative left margin pulls the y-axis labels in to the card's edge. */
export const PLOT_MARGIN = { top: 10, right: 10, bottom: 0, left: -20 };

/** The x-axis of a chart whose rows carry a `label` (a night or a week): first and last label always shown. */
export const LABEL_X_AXIS = {
  dataKey: 'label',
  tick: AXIS_TICK,
  interval: 'preserveStartEnd',
  minTickGap: 24,
} as const;
