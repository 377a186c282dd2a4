import { PATTERNS, SYMPTOMS, type Pattern, type Symptom } from '../../diary/codes';
import { addDays, daysBetween, nightsBetween, tierRank, type Tier } from '../../rules';
import { isPainNight } from '../../rules/predicates';
import { ageOn } from '../../presentation/format';
import { isLiveFlag } from '../../rules/flag-statuses';
import type { ExportEntry, ExportFlag, PatientExportData } from '../types';

/** One bar of the nightly chart: null when the night has no entry. */
export interface ChartNight {
  night: string;
  worstPain: number | null;
  /** Highest tier of the unresolved flags citing this night, if any. */
  flagTier: Tier | null;
}

export interface ReportStats {
  nightsInRange: number;
  nightsRecorded: number;
  painNights: number;
  averageWorstPain: number | null;
  severeNights: number;
  warningSignNights: number;
}

/** What the visit report shows, computed from the export data without drawing anything. */
export interface ReportModel {
  ageYears: number | null;
  stats: ReportStats;
  /** Unresolved flags, highest tier first, then oldest. */
  liveFlags: ExportFlag[];
  chart: ChartNight[];
  patternCounts: Array<{ pattern: Pattern; nights: number }>;
  /** Warning-checklist symptoms reported at least once, most frequent first. */
  symptomCounts: Array<{ symptom: Symptom; nights: number }>;
  /** Newest night first, as a clinician reads a diary. */
  tableEntries: ExportEntry[];
  flagTierByNight: Map<string, Tier>;
}

/** Charts wider than this start at the first entry instead of an early `from`. */
const MAX_CHART_NIGHTS = 400;

export function buildReportModel(data: PatientExportData): ReportModel {
  const liveFlags = data.flags
    .filter(isLiveFlag)
    .sort((a, b) => tierRank(b.tier) - tierRank(a.tier) || a.firstSeenAt.getTime() - b.firstSeenAt.getTime());
  const flagTierByNight = new Map<string, Tier>();
  for (const flag of liveFlags) {
    for (const night of flag.evidenceNights) {
      const current = flagTierByNight.get(night);
      if (!current || tierRank(flag.tier) > tierRank(current)) flagTierByNight.set(night, flag.tier);
    }
  }
  const nights = chartNights(data);
  const byNight = new Map(data.entries.map((entry) => [entry.night_of, entry]));
  return {
    ageYears: ageOn(data.patient.profile.date_of_birth, data.generatedAt.toISOString().slice(0, 10)),
    stats: statsOf(data.entries, nights.length),
    liveFlags,
    chart: nights.map((night) => ({
      night,
      worstPain: byNight.get(night)?.worst_pain ?? null,
      flagTier: flagTierByNight.get(night) ?? null,
    })),
    patternCounts: PATTERNS.map((pattern) => ({
      pattern,
      nights: data.entries.filter((entry) => entry.patterns.includes(pattern)).length,
    })),
    symptomCounts: SYMPTOMS.map((symptom) => ({
      symptom,
      nights: data.entries.filter((entry) => entry.symptoms.includes(symptom)).length,
    }))
      .filter((count) => count.nights > 0)
      .sort((a, b) => b.nights - a.nights),
    tableEntries: [...data.entries].reverse(),
    flagTierByNight,
  };
}

/** Every night the chart spans: the range, or from the first entry when the range is very long. */
function chartNights(data: PatientExportData): string[] {
  const first = data.entries[0]?.night_of;
  const last = data.entries.at(-1)?.night_of;
  const to = data.range.to ?? last;
  let from = data.range.from ?? first;
  if (!from || !to) return [];
  if (first && daysBetween(from, to) + 1 > MAX_CHART_NIGHTS && first > from) from = first;
  return nightsBetween(from, to).slice(0, 4001);
}

function statsOf(entries: readonly ExportEntry[], nightsInRange: number): ReportStats {
  const total = entries.reduce((sum, entry) => sum + entry.worst_pain, 0);
  return {
    nightsInRange,
    nightsRecorded: entries.length,
    painNights: entries.filter(isPainNight).length,
    averageWorstPain: entries.length > 0 ? Math.round((total / entries.length) * 10) / 10 : null,
    severeNights: entries.filter((entry) => entry.worst_pain >= 7).length,
    warningSignNights: entries.filter((entry) => entry.symptoms.length > 0).length,
  };
}

/**
 * Evidence nights in few words: runs of three or more consecutive nights
 * collapse to "first to last", e.g. "2026-01-03 to 2026-01-07, 2026-01-09".
 */
export function summarizeNights(nights: readonly string[]): string {
  const sorted = [...new Set(nights)].sort();
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const previous = sorted[i - 1] as string;
    if (i < sorted.length && sorted[i] === addDays(previous, 1)) continue;
    const run = sorted.slice(runStart, i);
    if (run.length >= 3) parts.push(`${run[0]} to ${previous}`);
    else parts.push(...run);
    runStart = i;
  }
  return parts.join(', ');
}
