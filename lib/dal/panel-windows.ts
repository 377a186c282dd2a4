import { addDays } from '../rules';
import type { Trend } from '../views/types';

/**
 * The nights the panel's figures look at, relative to today (the clinic's
 * date). "The last 7 nights" are the seven nights ending last night, so the
 * figures do not change during the day as tonight's entry cannot exist yet.
 */
export interface PanelWindows {
  /** Tonight: nights from here on are excluded. */
  today: string;
  /** First night of the last 7 (today − 7). */
  last7From: string;
  /** First night of the 7 before those (today − 14); they end the night before last7From. */
  previous7From: string;
  /** First night of the last 14 (adherence). */
  last14From: string;
  /** First night of the last 30. */
  last30From: string;
}

export function panelWindows(today: string): PanelWindows {
  return {
    today,
    last7From: addDays(today, -7),
    previous7From: addDays(today, -14),
    last14From: addDays(today, -14),
    last30From: addDays(today, -30),
  };
}

/** Mean worst pain must move by at least this much, week on week, to count as rising or falling. */
export const TREND_THRESHOLD = 1;
/** Entries each week needs before a trend is shown: fewer would be noise. */
export const TREND_MIN_ENTRIES = 3;

/** The trend for a week-on-week change in mean worst pain, or null when there is too little data. */
export function classifyTrend(delta: number | null): Trend | null {
  if (delta === null) return null;
  if (delta >= TREND_THRESHOLD) return 'rising';
  if (delta <= -TREND_THRESHOLD) return 'falling';
  return 'steady';
}
