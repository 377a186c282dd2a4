export const CHART_COLORS = {
  line: '#185a54',
  bar: '#1f6f68',
  grid: '#e2e8f0',
  axis: '#475569',
} as const;
