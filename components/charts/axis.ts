import { format, parseISO } from 'date-fns';

/** Short night label for an axis tick or table row: "3 Nov". */
export function tickNight(night: string): string {
  return format(parseISO(night), 'd MMM');
}

/** Night label with the weekday, for tooltips and tables: "Mon 3 Nov". */
export function labelNight(night: string): string {
  return format(parseISO(night), 'EEE d MMM');
}

export const CHART_COLORS = {
  line: '#185a54',
  bar: '#1f6f68',
  grid: '#e2e8f0',
  axis: '#475569',
} as const;
