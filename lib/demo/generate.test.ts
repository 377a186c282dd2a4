import { describe, expect, it } from 'vitest';
import { ARCHETYPE_IDS } from './archetypes';
import { entryProblems } from './check-entry';
import { daysBetween } from '../rules/nights';
import { DEMO_STAFF, demoCareTeam, demoPatients, generatePatients, type DemoPatient } from './generate';

const END = '2025-03-10';
const demo = demoPatients({ endNight: END });
const byEmail = (email: string): DemoPatient => {
  const found = demo.find((p) => p.email === email);
  if (!found) throw new Error(`missing ${email}`);
  return found;
};

function expectWellFormed(patient: DemoPatient, windowNights: number): void {
  const nights = patient.entries.map((e) => e.night_of);
  expect(nights, patient.email).toEqual([...new Set(nights)].sort());
  for (const entry of patient.entries) expect(entryProblems(entry), `${patient.email} ${entry.night_of}`).toEqual([]);
  if (nights.length === 0) return;
  expect(daysBetween(nights[nights.length - 1]!, END)).toBeGreaterThanOrEqual(0);
  expect(daysBetween(nights[0]!, END)).toBeLessThan(windowNights);
}

describe('demoPatients', () => {
  it('is deterministic: same options give deep-equal output, another seed differs', () => {
    expect(demoPatients({ endNight: END })).toEqual(demo);
    expect(demoPatients({ endNight: END, seed: 7 })).not.toEqual(demo);
  });

  it('has the fixed cast and at least 40 patients with unique emails and names', () => {
    expect(demo.length).toBeGreaterThanOrEqual(40);
    expect(demo.slice(0, 3).map((p) => p.email)).toEqual([
      'patient@example.org',
      'patient2@example.org',
      'patient003@example.org',
    ]);
    expect(new Set(demo.map((p) => p.email)).size).toBe(demo.length);
    expect(new Set(demo.map((p) => p.name)).size).toBe(demo.length);
    expect(demoPatients({ endNight: END, count: 50 })).toHaveLength(50);
    expect(() => demoPatients({ endNight: END, count: 39 })).toThrow(RangeError);
    expect(() => demoPatients({ endNight: '2025-13-01' })).toThrow(RangeError);
  });

  it('keeps every entry valid, ascending, unique and not after the end night', () => {
    for (const patient of demo) expectWellFormed(patient, patient.email === 'patient@example.org' ? 60 : 90);
  });

  it('gives patient@ about 60 nights of mostly benign cramps and the rest about 90', () => {
    const patient = byEmail('patient@example.org');
    expect(patient.archetype).toBe('benign_cramps');
    expect(patient.entries.length).toBeGreaterThanOrEqual(45);
    expect(patient.entries.length).toBeLessThanOrEqual(60);
    for (const other of demo.slice(1)) {
      expect(other.entries.length, other.email).toBeGreaterThanOrEqual(40);
      expect(other.entries.length, other.email).toBeLessThanOrEqual(90);
    }
    expect(demo.filter((p) => p.entries.length > 60).length).toBeGreaterThan(demo.length / 2);
  });

  it('covers every archetype at least three times', () => {
    for (const id of ARCHETYPE_IDS) expect(demo.filter((p) => p.archetype === id).length, id).toBeGreaterThanOrEqual(3);
  });

  it('includes a clot patient with one-sided calf signs in the last three weeks', () => {
    const live = demo.filter(
      (p) =>
        p.archetype === 'dvt_episode' &&
        p.entries.some(
          (e) => e.symptoms.includes('calf_swelling') && e.side !== 'both' && daysBetween(e.night_of, END) <= 21,
        ),
    );
    expect(live.length).toBeGreaterThanOrEqual(1);
  });

  it('has exactly one emergency night: breathlessness at the end of the unfolding clot episode', () => {
    const emergencies = demo.flatMap((patient) =>
      patient.entries.filter((entry) => entry.symptoms.includes('breathlessness')).map((entry) => ({ patient, entry })),
    );
    expect(emergencies).toHaveLength(1);
    const [{ patient, entry }] = emergencies as [(typeof emergencies)[number]];
    expect(patient.archetype).toBe('dvt_episode');
    expect(entry.symptoms).toContain('calf_swelling');
    expect(daysBetween(entry.night_of, END)).toBeLessThan(7);
  });

  it('gives plausible ages: rest pain older, pregnancy 20s–30s', () => {
    const age = (p: DemoPatient): number => daysBetween(p.profile.date_of_birth!, END) / 365.25;
    for (const p of demo.filter((x) => x.archetype === 'pad_rest_pain')) expect(age(p)).toBeGreaterThan(60);
    for (const p of demo.filter((x) => x.archetype === 'pregnancy')) {
      expect(age(p)).toBeGreaterThan(19);
      expect(age(p)).toBeLessThan(41);
    }
  });
});

describe('DEMO_STAFF and demoCareTeam', () => {
  it('lists the admin and both clinicians', () => {
    expect(DEMO_STAFF.map((s) => [s.email, s.role])).toEqual([
      ['admin@example.org', 'admin'],
      ['clinician@example.org', 'clinician'],
      ['clinician2@example.org', 'clinician'],
    ]);
  });

  it('splits patients in half, patient@ with clinician@ only, patient2@ with clinician2@', () => {
    const team = demoCareTeam(demo);
    const of = (clinician: string): string[] =>
      team.filter((t) => t.clinicianEmail === clinician).map((t) => t.patientEmail);
    const first = of('clinician@example.org');
    const second = of('clinician2@example.org');
    expect(first).toContain('patient@example.org');
    expect(second).not.toContain('patient@example.org');
    expect(second).toContain('patient2@example.org');
    expect(first).not.toContain('patient2@example.org');
    expect(Math.abs(first.length - second.length)).toBeLessThanOrEqual(2);
    expect([...first, ...second].sort()).toEqual(demo.map((p) => p.email).sort());
  });
});

describe('generatePatients', () => {
  it('is lazy: the first patients of a billion-patient stream arrive at once', () => {
    const stream = generatePatients({ count: 1_000_000_000, nights: 365, endNight: END });
    const firstFive: DemoPatient[] = [];
    for (const patient of stream) {
      firstFive.push(patient);
      if (firstFive.length === 5) break;
    }
    expect(firstFive.map((p) => p.email)).toEqual([1, 2, 3, 4, 5].map((n) => `bench-00000${n}@example.org`));
    // Patient k depends only on (seed, k): a shorter stream yields the same people.
    expect([...generatePatients({ count: 5, nights: 365, endNight: END })]).toEqual(firstFive);
  });

  it('streams 1,000 × 365 valid patients with a realistic mix', () => {
    const mix = new Map<string, number>();
    let entries = 0;
    for (const patient of generatePatients({
      count: 1000,
      nights: 365,
      endNight: END,
      seed: 3,
      emailPrefix: 'load-',
    })) {
      expect(patient.email).toMatch(/^load-\d{6}@example\.org$/);
      mix.set(patient.archetype, (mix.get(patient.archetype) ?? 0) + 1);
      let previous = '';
      for (const entry of patient.entries) {
        if (entry.night_of <= previous || entry.night_of > END || entryProblems(entry).length > 0) {
          throw new Error(`${patient.email} ${entry.night_of}: ${entryProblems(entry).join(', ') || 'order'}`);
        }
        previous = entry.night_of;
      }
      entries += patient.entries.length;
    }
    expect(entries).toBeGreaterThan(1000 * 365 * 0.6);
    for (const id of ARCHETYPE_IDS) expect(mix.get(id) ?? 0, id).toBeGreaterThan(20);
    expect(mix.get('benign_cramps')).toBeGreaterThan(mix.get('dvt_episode')!);
  });

  it('rejects nonsense options at the call', () => {
    expect(() => generatePatients({ count: -1, nights: 10, endNight: END })).toThrow(RangeError);
    expect(() => generatePatients({ count: 1, nights: 0, endNight: END })).toThrow(RangeError);
    expect(() => generatePatients({ count: 1, nights: 10, endNight: 'soon' })).toThrow(RangeError);
  });
});
