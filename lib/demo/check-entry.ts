/**
 * Checks a generated entry against the diary's bounds (docs/contract.md,
 * "Diary fields") and the demo's own consistency promises. Written straight from those bounds rather than reusing the app's
 * validators, so the tests catch a generator bug even if a validator has one.
 */
import { LIMITS, NOTES_MAX_LENGTH, PATTERNS, RELIEFS, SIDES, SYMPTOMS } from '../diary/codes';
import type { DiaryFields } from '../diary/types';

const NULLABLE = new Set<keyof typeof LIMITS>(['sleep_quality', 'hydration_glasses']);

function codeProblems(field: string, values: readonly string[], allowed: readonly string[]): string[] {
  const problems: string[] = [];
  if (new Set(values).size !== values.length) problems.push(`${field} has duplicates`);
  for (const value of values) if (!allowed.includes(value)) problems.push(`${field} has unknown code ${value}`);
  return problems;
}

/** Every way `entry` breaks the diary's bounds or demo consistency; empty when it is fine. */
export function entryProblems(entry: DiaryFields): string[] {
  const problems: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.night_of)) problems.push(`night_of ${entry.night_of}`);
  for (const field of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    const value = entry[field];
    if (value === null && NULLABLE.has(field)) continue;
    const { min, max } = LIMITS[field];
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      problems.push(`${field}=${String(value)} outside ${min}–${max}`);
    }
  }
  if (entry.longest_episode_minutes > entry.total_minutes) problems.push('longest episode exceeds total minutes');
  if (!(SIDES as readonly string[]).includes(entry.side)) problems.push(`side ${entry.side}`);
  problems.push(...codeProblems('patterns', entry.patterns, PATTERNS));
  problems.push(...codeProblems('relief', entry.relief, RELIEFS));
  problems.push(...codeProblems('symptoms', entry.symptoms, SYMPTOMS));
  if (entry.relief.includes('nothing_helped') && entry.relief.length > 1) problems.push('nothing_helped with a remedy');
  if (entry.notes !== null && (typeof entry.notes !== 'string' || entry.notes.length > NOTES_MAX_LENGTH))
    problems.push('notes');
  const isPain = entry.worst_pain > 0 || entry.episodes > 0 || entry.woke_from_pain;
  if (isPain && (entry.worst_pain < 1 || entry.episodes < 1))
    problems.push('pain night without both pain and an episode');
  if (!isPain) {
    if (entry.side !== 'none') problems.push('quiet night with a side');
    if (entry.patterns.length > 0 || entry.relief.length > 0) problems.push('quiet night with patterns or relief');
    if (entry.total_minutes > 0 || entry.longest_episode_minutes > 0) problems.push('quiet night with pain minutes');
  }
  return problems;
}
