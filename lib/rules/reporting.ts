import { addDays } from './nights';

/**
 * Nights a patient may miss in a row before reminders pause and the care
 * team sees "not reporting" (docs/notifications.md). One definition: the
 * reminder sweep uses `isNotReporting`, the patient table and the worklist
 * its SQL form (lib/notify/not-reporting.ts); a test holds them together.
 */
export const MISSED_NIGHTS_PAUSE = 3;

/**
 * The night from which a patient must have recorded something, seen from
 * `today` (clinic time): last night's reminder day is still running, so the
 * missed nights are the three before it. For today 2026-03-10 that is
 * 2026-03-06 (the 6th, 7th and 8th missed, and nothing since).
 */
export function reportingCutoff(today: string): string {
  return addDays(today, -1 - MISSED_NIGHTS_PAUSE);
}

export interface ReportingFacts {
  /**
   * Nights before this one never count as missed: the night before reminders
   * were last turned on, or, for a patient who never set a reminder, the day
   * they were enrolled.
   */
  countFrom: string;
  /** The latest night with an entry, or null for none. */
  lastRecordedNight: string | null;
}

/** Whether the patient has missed `MISSED_NIGHTS_PAUSE` nights in a row (and recorded none since), counted from `countFrom`. */
export function isNotReporting(facts: ReportingFacts, today: string): boolean {
  const cutoff = reportingCutoff(today);
  if (facts.countFrom > cutoff) return false;
  return facts.lastRecordedNight === null || facts.lastRecordedNight < cutoff;
}
