import type { DiaryEntry, PatientProfile } from '../diary/types';
import { compareNights, isWithin, lastSevenNights, sevenNightsBefore } from './nights';
import { isPregnantOn } from './predicates';

/** Everything a rule may look at when night N is evaluated, precomputed once. */
export interface NightContext {
  /** Night N, `YYYY-MM-DD`. */
  readonly night: string;
  /** The entry for night N. */
  readonly entry: DiaryEntry;
  readonly profile: PatientProfile;
  /** Entries for N−6 … N, one per night, ascending; always contains `entry`. */
  readonly lastSeven: readonly DiaryEntry[];
  /** Entries for N−13 … N−7, one per night, ascending. Missing nights are simply absent. */
  readonly sevenBefore: readonly DiaryEntry[];
  /** Pregnant on night N (due date strictly after N). */
  readonly isPregnant: boolean;
}

/**
 * Builds the context for night N. Entries outside N−13 … N are ignored. There
 * is one entry per night: `entry` always wins its night (it may be a fresh edit
 * of a stored row), and among other duplicates the later one in the list wins.
 */
export function buildNightContext(
  profile: PatientProfile,
  entry: DiaryEntry,
  entries: readonly DiaryEntry[],
): NightContext {
  const night = entry.night_of;
  const last = lastSevenNights(night);
  const before = sevenNightsBefore(night);
  const byNight = new Map<string, DiaryEntry>();
  for (const candidate of entries) {
    if (isWithin(candidate.night_of, before) || isWithin(candidate.night_of, last)) {
      byNight.set(candidate.night_of, candidate);
    }
  }
  byNight.set(night, entry);
  const sorted = [...byNight.values()].sort((a, b) => compareNights(a.night_of, b.night_of));
  return {
    night,
    entry,
    profile,
    lastSeven: sorted.filter((e) => isWithin(e.night_of, last)),
    sevenBefore: sorted.filter((e) => isWithin(e.night_of, before)),
    isPregnant: isPregnantOn(profile, night),
  };
}
