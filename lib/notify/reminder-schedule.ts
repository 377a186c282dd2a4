import { format } from 'date-fns';
import { addDays } from '../rules';
import { isNotReporting } from '../rules/reporting';

export interface ReminderPlan {
  enabled: boolean;
  /** `HH:MM`, clinic time. */
  time: string;
  quietStart: string | null;
  quietEnd: string | null;
  /** Nights before this one never count as missed. */
  countFrom: string;
  lastRemindedNight: string | null;
}

/** Minutes since midnight of `HH:MM`. */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Whether a clock time lies in quiet hours [start, end), which may wrap past midnight. Equal ends mean none. */
export function inQuietHours(minute: number, start: string | null, end: string | null): boolean {
  if (!start || !end) return false;
  const from = minutesOf(start);
  const to = minutesOf(end);
  if (from === to) return false;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

export type ReminderDecision =
  | { send: true; night: string }
  | { send: false; why: 'disabled' | 'not_yet' | 'quiet_hours' | 'already_sent' | 'recorded' | 'paused' };

/**
 * Whether a reminder for last night goes out now (clinic time): at or after
 * the chosen time, outside quiet hours, once a night, only if last night is
 * not recorded, and not once the patient is "not reporting" (three missed
 * nights in a row, lib/rules/reporting.ts). `recorded` holds the nights with
 * an entry from the reporting cutoff on.
 */
export function decideReminder(plan: ReminderPlan, now: Date, recorded: ReadonlySet<string>): ReminderDecision {
  if (!plan.enabled) return { send: false, why: 'disabled' };
  const today = format(now, 'yyyy-MM-dd');
  const night = addDays(today, -1);
  const minute = now.getHours() * 60 + now.getMinutes();
  if (minute < minutesOf(plan.time)) return { send: false, why: 'not_yet' };
  if (plan.lastRemindedNight && plan.lastRemindedNight >= night) return { send: false, why: 'already_sent' };
  if (recorded.has(night)) return { send: false, why: 'recorded' };
  if (isNotReporting({ countFrom: plan.countFrom, lastRecordedNight: latest(recorded) }, today)) {
    return { send: false, why: 'paused' };
  }
  if (inQuietHours(minute, plan.quietStart, plan.quietEnd)) return { send: false, why: 'quiet_hours' };
  return { send: true, night };
}

function latest(nights: ReadonlySet<string>): string | null {
  let newest: string | null = null;
  for (const night of nights) if (newest === null || night > newest) newest = night;
  return newest;
}
