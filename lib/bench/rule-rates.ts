/**
 * Flags per patient-month, by archetype, under two versions of the rule
 * catalog (docs/rule-versions.md). Pure and in memory: generated patients, the
 * engine, and a simple model of the clinic working through its flags.
 */
import type { DemoPatient } from '../demo/generate';
import type { DiaryEntry } from '../diary/types';
import { type RuleId, addDays, daysBetween, evaluateNight, isHigherTier, type Tier } from '../rules';
import { RULE_CHECKS } from '../rules/rules';
import type { RuleCheck } from '../rules/rule-types';

/** A catalog as the engine runs it: one check per rule id. */
export type RuleChecks = Readonly<Record<RuleId, RuleCheck>>;

/**
 * Nights after a flag is raised (or escalated) until the clinic resolves it in
 * the model: each tier's overdue mark (an hour, a day, 7 days, 30 days), in
 * whole nights, so an emergency or urgent flag is dealt with before the next night.
 */
export const REVIEW_NIGHTS: Record<Tier, number> = { emergency: 1, urgent: 1, soon: 7, routine: 30 };

/** Nights in a patient-month. */
export const NIGHTS_PER_MONTH = 30;

/** One flag of the simulation: its rule and the tier it ended on. */
export interface SimulatedFlag {
  ruleId: RuleId;
  tier: Tier;
  raisedNight: string;
}

interface LiveFlag extends SimulatedFlag {
  resolveNight: string;
}

/**
 * The flags one patient's diary raises, night by night in submission order, as
 * the flag store would keep them (docs/rules.md, "Behaviour"): one live flag
 * per rule; a firing while it is live adds evidence, or escalates it; the clinic
 * resolves it REVIEW_NIGHTS after it reached its tier; a later firing opens a new one.
 */
export function simulateFlags(
  patient: Pick<DemoPatient, 'profile'> & { entries: readonly DiaryEntry[] },
  checks: RuleChecks = RULE_CHECKS,
): SimulatedFlag[] {
  const raised: LiveFlag[] = [];
  const live = new Map<RuleId, LiveFlag>();
  const { entries } = patient;
  entries.forEach((entry, index) => {
    // Only N−13 … N matter, and submissions come in night order, so nothing after N is known yet.
    const windowStart = addDays(entry.night_of, -13);
    let first = index;
    while (first > 0 && (entries[first - 1] as DiaryEntry).night_of >= windowStart) first -= 1;
    const window = entries.slice(first, index + 1);
    for (const firing of evaluateNight({ profile: patient.profile, entry, entries: window }, checks)) {
      const current = live.get(firing.ruleId);
      if (current && current.resolveNight > entry.night_of) {
        if (isHigherTier(firing.tier, current.tier)) {
          current.tier = firing.tier;
          current.resolveNight = addDays(entry.night_of, REVIEW_NIGHTS[firing.tier]);
        }
        continue;
      }
      const flag: LiveFlag = {
        ruleId: firing.ruleId,
        tier: firing.tier,
        raisedNight: entry.night_of,
        resolveNight: addDays(entry.night_of, REVIEW_NIGHTS[firing.tier]),
      };
      live.set(firing.ruleId, flag);
      raised.push(flag);
    }
  });
  return raised.map(({ ruleId, tier, raisedNight }) => ({ ruleId, tier, raisedNight }));
}

/** Flag counts for one archetype under one catalog version. */
export interface RateCounts {
  /** Flags of the rule being measured. */
  rule: number;
  /** Flags that ended at tier `soon`, any rule. */
  soon: number;
  /** Every flag. */
  all: number;
}

/** One archetype's row of the comparison. */
export interface ArchetypeRates {
  archetype: string;
  patients: number;
  patientMonths: number;
  before: RateCounts;
  after: RateCounts;
}

function countFlags(flags: readonly SimulatedFlag[], ruleId: RuleId): RateCounts {
  return {
    rule: flags.filter((f) => f.ruleId === ruleId).length,
    soon: flags.filter((f) => f.tier === 'soon').length,
    all: flags.length,
  };
}

function addCounts(a: RateCounts, b: RateCounts): RateCounts {
  return { rule: a.rule + b.rule, soon: a.soon + b.soon, all: a.all + b.all };
}

/** A patient's diary span in months: first to last entry night, both included, over 30. */
export function patientMonths(entries: readonly Pick<DiaryEntry, 'night_of'>[]): number {
  const first = entries[0]?.night_of;
  const last = entries.at(-1)?.night_of;
  if (!first || !last) return 0;
  return (daysBetween(first, last) + 1) / NIGHTS_PER_MONTH;
}

/**
 * Runs both catalogs over every patient and totals the flags per archetype
 * (in `order`, then any others in first-seen order), plus an "all" row last. Entry ids are made up
 * from the night: ids only matter to the flag store, which is not involved.
 */
export function compareRuleVersions(options: {
  patients: Iterable<DemoPatient>;
  before: RuleChecks;
  after: RuleChecks;
  ruleId: RuleId;
  order?: readonly string[];
}): ArchetypeRates[] {
  const rows = new Map<string, ArchetypeRates>();
  const zero = (): RateCounts => ({ rule: 0, soon: 0, all: 0 });
  const total: ArchetypeRates = { archetype: 'all', patients: 0, patientMonths: 0, before: zero(), after: zero() };
  for (const patient of options.patients) {
    const entries: DiaryEntry[] = patient.entries.map((fields) => ({
      ...fields,
      id: `${patient.email}/${fields.night_of}`,
    }));
    const input = { profile: patient.profile, entries };
    const before = countFlags(simulateFlags(input, options.before), options.ruleId);
    const after = countFlags(simulateFlags(input, options.after), options.ruleId);
    const months = patientMonths(entries);
    const row = rows.get(patient.archetype) ?? {
      archetype: patient.archetype,
      patients: 0,
      patientMonths: 0,
      before: zero(),
      after: zero(),
    };
    for (const target of [row, total]) {
      target.patients += 1;
      target.patientMonths += months;
      target.before = addCounts(target.before, before);
      target.after = addCounts(target.after, after);
    }
    rows.set(patient.archetype, row);
  }
  const order = options.order ?? [];
  const rank = (archetype: string) => (order.includes(archetype) ? order.indexOf(archetype) : order.length);
  // Array.prototype.sort is stable, so unlisted archetypes keep their first-seen order.
  return [...[...rows.values()].sort((a, b) => rank(a.archetype) - rank(b.archetype)), total];
}

/** A rate per patient-month to two decimals ("–" when there are no patient-months). */
export function perMonth(count: number, months: number): string {
  return months > 0 ? (count / months).toFixed(2) : '–';
}

/** The comparison as a Markdown table, rates per patient-month, version 1 → version 2. */
export function formatRatesTable(rows: readonly ArchetypeRates[], ruleId: RuleId): string {
  const header = [
    '| archetype | patients | patient-months | `' +
      ruleId +
      '` v1 → v2 | all `soon` flags v1 → v2 | all flags v1 → v2 |',
    '|---|--:|--:|--:|--:|--:|',
  ];
  const lines = rows.map((r) => {
    const pair = (key: keyof RateCounts) =>
      `${perMonth(r.before[key], r.patientMonths)} → ${perMonth(r.after[key], r.patientMonths)}`;
    const name = r.archetype === 'all' ? '**all**' : r.archetype;
    return `| ${name} | ${r.patients} | ${r.patientMonths.toFixed(1)} | ${pair('rule')} | ${pair('soon')} | ${pair('all')} |`;
  });
  return [...header, ...lines].join('\n');
}
