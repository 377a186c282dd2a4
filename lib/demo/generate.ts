/**
 * The demo cast (docs/contract.md, "Demo data") and the benchmark-scale patient stream. Pure and
 * deterministic: the same options always give deep-equal output, and nothing
 * reads the clock — callers pass the last night in.
 */
import type { DiaryFields, PatientProfile } from '../diary/types';
import { ARCHETYPES, ARCHETYPE_IDS, type Archetype, type ArchetypeHints, type ArchetypeId } from './archetypes';
import type { DemoExperiment } from './archetype-kit';
import { habitDehydrated, habitStretcher } from './archetypes-habits';
import { isValidNight } from '../rules/nights';
import { nightsEnding } from './dates';
import { castName, drawName } from './names';
import { createRng, deriveSeed } from './random';

/** A generated patient account with profile and diary. */
export interface DemoPatient {
  email: string;
  name: string;
  archetype: ArchetypeId;
  profile: PatientProfile;
  /** Ascending by `night_of`, one per night at most, none after the end night. */
  entries: DiaryFields[];
  /** A finished two-week experiment to store (patient045@, the stretcher). */
  experiment?: DemoExperiment;
}

/** A demo sign-in that is not a generated patient. */
export interface DemoAccount {
  email: string;
  name: string;
  role: 'admin' | 'clinician' | 'patient';
}

/** The seed used when the caller gives none; changing it reshuffles the whole demo. */
export const DEFAULT_DEMO_SEED = 20_240_611;

const PATIENT_EMAIL = 'patient@example.org';
const PATIENT2_EMAIL = 'patient2@example.org';
const CLINICIAN_EMAIL = 'clinician@example.org';
const CLINICIAN2_EMAIL = 'clinician2@example.org';
const MIN_DEMO_PATIENTS = 40;
const HISTORY_NIGHTS = 90;
const PATIENT_HISTORY_NIGHTS = 60;

/** Staff accounts of the demo: one admin and two clinicians (README.md, "Demo accounts"). */
export const DEMO_STAFF: DemoAccount[] = [
  { email: 'admin@example.org', name: 'Morgan Ellis', role: 'admin' },
  { email: CLINICIAN_EMAIL, name: 'Dr Helen Okoye', role: 'clinician' },
  { email: CLINICIAN2_EMAIL, name: 'Dr Samuel Reyes', role: 'clinician' },
];

interface CastMember {
  email: string;
  archetype: ArchetypeId;
  nights: readonly string[];
  hints?: ArchetypeHints;
  /** Builds this member instead of the archetype's own generator (the habit patients). */
  build?: Archetype;
}

/** The last two of the cast: simple cramps whose habits clearly matter (the insights page's examples). */
const HABIT_PATIENTS: ReadonlyArray<{ build: Archetype }> = [{ build: habitStretcher }, { build: habitDehydrated }];

const castEmail = (index: number) => `patient${String(index + 1).padStart(3, '0')}@example.org`;

/**
 * The demo's fixed cast, in order: patient@ (~60 nights of benign cramps),
 * patient2@ (restless legs), then patient003@… cycling through every archetype
 * so each appears at least three times, and last two simple-cramp patients
 * whose habits clearly matter (patient045@ stretches, patient046@ drinks too
 * little on some days). The first two clot patients have recent episodes, so
 * the clinician worklist opens on a live DVT flag.
 * @throws RangeError if `endNight` is not a date or `count` < 40.
 */
export function demoPatients(options: { endNight: string; count?: number; seed?: number }): DemoPatient[] {
  const { endNight, count = 46, seed = DEFAULT_DEMO_SEED } = options;
  if (!isValidNight(endNight)) throw new RangeError(`Not a YYYY-MM-DD night: ${endNight}`);
  if (!Number.isInteger(count) || count < MIN_DEMO_PATIENTS) {
    throw new RangeError(`The demo needs at least ${MIN_DEMO_PATIENTS} patients (got ${count})`);
  }
  const nights = nightsEnding(endNight, HISTORY_NIGHTS);
  const cast: CastMember[] = [
    {
      email: PATIENT_EMAIL,
      archetype: 'benign_cramps',
      nights: nights.slice(-PATIENT_HISTORY_NIGHTS),
      hints: { adherence: 0.9 },
    },
    { email: PATIENT2_EMAIL, archetype: 'restless_legs', nights, hints: { adherence: 0.85 } },
  ];
  // Episode starts for the first clot patients: one still unfolding, one from two weeks ago.
  const recentClots = [6, 16];
  for (let i = cast.length; i < count - HABIT_PATIENTS.length; i++) {
    const archetype = ARCHETYPE_IDS[(i - 2) % ARCHETYPE_IDS.length] as ArchetypeId;
    const start = archetype === 'dvt_episode' ? recentClots.shift() : undefined;
    cast.push({
      email: castEmail(i),
      archetype,
      nights,
      // The unfolding episode ends with breathlessness: the demo's one emergency.
      hints: start === undefined ? undefined : { episodeStartFromEnd: start, breathlessAtEpisodeEnd: start === 6 },
    });
  }
  for (const { build } of HABIT_PATIENTS) {
    cast.push({ email: castEmail(cast.length), archetype: 'benign_cramps', nights, build });
  }
  const nameOffset = createRng(seed).int(0, 1000);
  return cast.map((member, index) => {
    const rng = createRng(deriveSeed(seed, index));
    const { profile, entries, experiment } = (member.build ?? ARCHETYPES[member.archetype])(rng, {
      nights: member.nights,
      endNight,
      hints: member.hints,
    });
    const name = castName(index, profile.sex, nameOffset);
    return {
      email: member.email,
      name,
      archetype: member.archetype,
      profile,
      entries,
      ...(experiment ? { experiment } : {}),
    };
  });
}

/**
 * Splits the patients between the two demo clinicians, alternating, with
 * patient@ always on clinician@'s team and patient2@ always on clinician2@'s;
 * no patient is on both teams.
 */
export function demoCareTeam(
  patients: readonly DemoPatient[],
): Array<{ clinicianEmail: string; patientEmail: string }> {
  let turn = 0;
  return patients.map(({ email }) => {
    let clinicianEmail: string;
    if (email === PATIENT_EMAIL) clinicianEmail = CLINICIAN_EMAIL;
    else if (email === PATIENT2_EMAIL) clinicianEmail = CLINICIAN2_EMAIL;
    else clinicianEmail = turn++ % 2 === 0 ? CLINICIAN_EMAIL : CLINICIAN2_EMAIL;
    return { clinicianEmail, patientEmail: email };
  });
}

// Benchmark mix: common complaints common, red-flag patterns rare, as in a real clinic.
const BENCH_MIX: readonly (readonly [ArchetypeId, number])[] = [
  ['benign_cramps', 35],
  ['restless_legs', 15],
  ['medicine_cramps', 12],
  ['neuropathy', 10],
  ['claudication', 10],
  ['pregnancy', 8],
  ['pad_rest_pain', 5],
  ['dvt_episode', 5],
];

/**
 * Benchmark patients, one at a time, so 10,000 × 365 never sits in memory.
 * Patient k depends only on (seed, k), so the stream is lazy and repeatable.
 * Emails are `${emailPrefix}000001@example.org` and up.
 * @throws RangeError on a malformed `endNight` or non-positive `nights`.
 */
export function generatePatients(options: {
  count: number;
  nights: number;
  endNight: string;
  seed?: number;
  emailPrefix?: string;
}): Generator<DemoPatient> {
  const { count, nights, endNight, seed = DEFAULT_DEMO_SEED, emailPrefix = 'bench-' } = options;
  // Validated here, not inside the generator, so bad options fail at the call rather than at the first next().
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0 (got ${count})`);
  if (!Number.isInteger(nights) || nights < 1)
    throw new RangeError(`nights must be a whole number ≥ 1 (got ${nights})`);
  // Shared by every patient: the strings are immutable and this saves a Date per entry.
  return streamPatients(count, nightsEnding(endNight, nights), endNight, seed, emailPrefix);
}

function* streamPatients(
  count: number,
  nightList: readonly string[],
  endNight: string,
  seed: number,
  emailPrefix: string,
): Generator<DemoPatient> {
  // A different stream from the demo cast, so bench-000001 is not a copy of patient@.
  const benchSeed = deriveSeed(seed, -1);
  for (let index = 0; index < count; index++) {
    const rng = createRng(deriveSeed(benchSeed, index));
    const archetype = rng.weighted(BENCH_MIX);
    const { profile, entries } = ARCHETYPES[archetype](rng, { nights: nightList, endNight });
    yield {
      email: `${emailPrefix}${String(index + 1).padStart(6, '0')}@example.org`,
      name: drawName(rng, profile.sex),
      archetype,
      profile,
      entries,
    };
  }
}
