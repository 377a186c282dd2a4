import { PATTERNS, type Pattern } from '../diary/codes';
import { addDays, tierRank, type Tier } from '../rules';
import { isPainNight } from '../rules/predicates';
import { formatNight } from './format';
import { PATTERN_LABELS } from './labels';
import type { ClinicianEntry, ClinicianFlag } from '../views/types';

/** One night on the patient page's timelines; null where the patient made no entry. */
export interface NightPoint {
  night: string;
  label: string;
  worst_pain: number | null;
  episodes: number | null;
  minutes_awake: number | null;
  sleep_quality: number | null;
  /** Highest tier of the flags citing this night as evidence, if any. */
  flag_tier: Tier | null;
}

export interface WeekPoint {
  /** Last night of the 7-night week. */
  week_end: string;
  label: string;
  pain_nights: number;
  entries: number;
}

export interface PatternPoint {
  pattern: Pattern;
  label: string;
  nights: number;
}

/**
 * The nights charted for a range: `days` nights ending last night, plus
 * tonight when an entry for it already exists.
 */
export function chartNights(today: string, days: number, entries: readonly ClinicianEntry[]): string[] {
  const nights = Array.from({ length: days }, (_, i) => addDays(today, i - days));
  if (entries.some((entry) => entry.night_of === today)) nights.push(today);
  return nights;
}

/** Highest flag tier per evidence night. */
export function flaggedNights(flags: readonly ClinicianFlag[]): Map<string, Tier> {
  const byNight = new Map<string, Tier>();
  for (const flag of flags) {
    for (const night of flag.evidence_nights) {
      const current = byNight.get(night);
      if (!current || tierRank(flag.tier) > tierRank(current)) byNight.set(night, flag.tier);
    }
  }
  return byNight;
}

/** One point per night, in order, for the pain, episode and sleep charts. */
export function nightlySeries(
  nights: readonly string[],
  entries: readonly ClinicianEntry[],
  flags: readonly ClinicianFlag[],
): NightPoint[] {
  const byNight = new Map(entries.map((entry) => [entry.night_of, entry]));
  const flagged = flaggedNights(flags);
  return nights.map((night) => {
    const entry = byNight.get(night);
    return {
      night,
      label: formatNight(night),
      worst_pain: entry?.worst_pain ?? null,
      episodes: entry?.episodes ?? null,
      minutes_awake: entry?.minutes_awake ?? null,
      sleep_quality: entry?.sleep_quality ?? null,
      flag_tier: flagged.get(night) ?? null,
    };
  });
}

/**
 * The nightly series as the page sends it to the browser: one array per field
 * over consecutive nights from `first`, rather than an object per night with
 * its field names and label. For 90 nights that is about 1.5 KB of the page's
 * RSC payload instead of about 12.6 KB (BENCHMARKS.md); `expandNightColumns`
 * rebuilds the points in the browser.
 */
export interface NightColumns {
  first: string;
  worst_pain: (number | null)[];
  episodes: (number | null)[];
  minutes_awake: (number | null)[];
  sleep_quality: (number | null)[];
  flag_tier: (Tier | null)[];
}

/** Packs points over consecutive nights (as `chartNights` gives them) into columns. */
export function packNightColumns(points: readonly NightPoint[]): NightColumns {
  points.forEach((point, i) => {
    if (point.night !== addDays(points[0]!.night, i)) throw new Error('night columns need consecutive nights');
  });
  return {
    first: points[0]?.night ?? '',
    worst_pain: points.map((point) => point.worst_pain),
    episodes: points.map((point) => point.episodes),
    minutes_awake: points.map((point) => point.minutes_awake),
    sleep_quality: points.map((point) => point.sleep_quality),
    flag_tier: points.map((point) => point.flag_tier),
  };
}

/** The points again, labels included: what `nightlySeries` returned. */
export function expandNightColumns(columns: NightColumns): NightPoint[] {
  return columns.worst_pain.map((worstPain, i) => {
    const night = addDays(columns.first, i);
    return {
      night,
      label: formatNight(night),
      worst_pain: worstPain,
      episodes: columns.episodes[i] ?? null,
      minutes_awake: columns.minutes_awake[i] ?? null,
      sleep_quality: columns.sleep_quality[i] ?? null,
      flag_tier: columns.flag_tier[i] ?? null,
    };
  });
}

/** Pain nights per 7-night week, oldest week first, the last week ending with the last charted night. */
export function weeklyPainNights(nights: readonly string[], entries: readonly ClinicianEntry[]): WeekPoint[] {
  const byNight = new Map(entries.map((entry) => [entry.night_of, entry]));
  const weeks: WeekPoint[] = [];
  for (let end = nights.length - 1; end >= 0; end -= 7) {
    const week = nights.slice(Math.max(0, end - 6), end + 1);
    const weekEntries = week.map((night) => byNight.get(night)).filter((entry) => entry !== undefined);
    const weekEnd = nights[end] as string;
    weeks.unshift({
      week_end: weekEnd,
      label: formatNight(weekEnd),
      pain_nights: weekEntries.filter(isPainNight).length,
      entries: weekEntries.length,
    });
  }
  return weeks;
}

/**
 * How many nights each pattern was reported, most frequent first (ties in
 * catalog order); patterns never reported are left out. The patient's diary
 * passes its own plain-words labels.
 */
export function patternMix(
  entries: ReadonlyArray<{ patterns: readonly Pattern[] }>,
  labels: Record<Pattern, string> = PATTERN_LABELS,
): PatternPoint[] {
  const counts = new Map<Pattern, number>();
  for (const entry of entries) {
    for (const pattern of new Set(entry.patterns)) counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  }
  return PATTERNS.filter((pattern) => counts.has(pattern))
    .map((pattern) => ({ pattern, label: labels[pattern], nights: counts.get(pattern) ?? 0 }))
    .sort((a, b) => b.nights - a.nights);
}

/** A one-sentence text summary of the pain timeline, for screen readers and as the chart's caption. */
export function describePain(points: readonly NightPoint[]): string {
  const recorded = points.filter((point) => point.worst_pain !== null);
  if (recorded.length === 0) return `No entries in these ${points.length} nights.`;
  const values = recorded.map((point) => point.worst_pain ?? 0);
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const highest = Math.max(...values);
  const worstNight = recorded.find((point) => point.worst_pain === highest);
  const flagged = points.filter((point) => point.flag_tier !== null).length;
  return (
    `${recorded.length} of ${points.length} nights recorded; mean worst pain ${mean.toFixed(1)} of 10, ` +
    `highest ${highest} (${worstNight?.label ?? ''}); ${flagged} night${flagged === 1 ? '' : 's'} cited by flags.`
  );
}
