import { stringify } from 'csv-stringify/sync';
import type { DiaryEntry } from '../diary/types';
import { csvSafe } from './csv-safe';
import { isLiveFlag } from '../rules/flag-statuses';
import type { ExportFlag } from './types';

/** The diary columns: the codes of docs/contract.md ("Diary fields"), in the contract's order. */
export const DIARY_COLUMNS = [
  'night_of',
  'woke_from_pain',
  'episodes',
  'worst_pain',
  'longest_episode_minutes',
  'total_minutes',
  'minutes_awake',
  'sleep_quality',
  'side',
  'patterns',
  'relief',
  'symptoms',
  'hydration_glasses',
  'long_standing_or_exercise',
  'stretched_before_bed',
  'new_medicine',
  'recent_surgery_or_bedrest',
  'notes',
] as const satisfies readonly (keyof DiaryEntry)[];

/** Rule ids of the unresolved flags whose evidence includes the night, `;`-separated. */
export const OPEN_FLAGS_COLUMN = 'open_flags';

/** RFC 4180's media type, with the header row announced (RFC 4180 §3). */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8; header=present';

export const PATIENT_CSV_HEADER = [...DIARY_COLUMNS, OPEN_FLAGS_COLUMN] as const;
export const PANEL_CSV_HEADER = ['patient_id', 'patient_name', 'patient_email', ...PATIENT_CSV_HEADER] as const;

/** RFC 4180: CRLF line ends, and any cell holding a comma, quote or line break is quoted. */
const CSV_OPTIONS = { record_delimiter: 'windows', quote_record_delimiter: true } as const;

/** Rows of cells as RFC 4180 text. Cells must already be strings (see csvSafe). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return stringify(rows as string[][], CSV_OPTIONS);
}

/** One night's cells for the diary columns plus its open flags, formula-safe. */
export function diaryCells(entry: DiaryEntry, openFlagRuleIds: readonly string[]): string[] {
  return [...DIARY_COLUMNS.map((code) => csvSafe(entry[code])), csvSafe([...openFlagRuleIds].sort())];
}

/** For each night, the rule ids of the unresolved flags whose evidence includes it. */
export function openFlagsByNight(flags: readonly ExportFlag[]): Map<string, string[]> {
  const byNight = new Map<string, string[]>();
  for (const flag of flags) {
    if (!isLiveFlag(flag)) continue;
    for (const night of flag.evidenceNights) {
      const list = byNight.get(night) ?? [];
      if (!list.includes(flag.ruleId)) list.push(flag.ruleId);
      byNight.set(night, list);
    }
  }
  return byNight;
}

/** One patient's diary as a complete CSV document (header and one row per night). */
export function buildPatientCsv(entries: readonly DiaryEntry[], flags: readonly ExportFlag[]): string {
  const flagsByNight = openFlagsByNight(flags);
  const rows = entries.map((entry) => diaryCells(entry, flagsByNight.get(entry.night_of) ?? []));
  return toCsv([[...PATIENT_CSV_HEADER], ...rows]);
}
