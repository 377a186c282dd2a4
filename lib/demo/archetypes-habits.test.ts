import { describe, expect, it } from 'vitest';
import { computeInsights, defaultWindow } from '../insights/compare';
import { computeExperimentResult } from '../insights/experiment';
import type { InsightFactor } from '../insights/types';
import { demoPatients } from './generate';

const END = '2026-03-31';
const demo = demoPatients({ endNight: END });

function verdicts(email: string): Record<InsightFactor, string> {
  const patient = demo.find((p) => p.email === email);
  if (!patient) throw new Error(`no ${email}`);
  const report = computeInsights(patient.entries, defaultWindow(END));
  return Object.fromEntries(report.comparisons.map((c) => [c.factor, c.verdict])) as Record<InsightFactor, string>;
}

describe('the demo patients whose habits matter', () => {
  it('patient045@: nights after stretching have clearly fewer pain nights', () => {
    expect(verdicts('patient045@example.org').stretched_before_bed).toBe('fewer_pain_nights');
  });

  it('patient046@: days at or above their median water have clearly fewer pain nights', () => {
    expect(verdicts('patient046@example.org').hydration).toBe('fewer_pain_nights');
  });

  it('patient045@ ran a two-week stretching experiment a month ago that shows fewer pain nights', () => {
    const stretcher = demo.find((p) => p.email === 'patient045@example.org')!;
    expect(stretcher.experiment).toEqual({ factor: 'stretched_before_bed', startNight: '2026-03-01' });
    const result = computeExperimentResult('stretched_before_bed', '2026-03-01', stretcher.entries);
    expect(result.with.nights).toBe(14);
    expect(result.without.nights).toBe(14);
    expect(result.followed_nights).toBe(14);
    expect(result.verdict).toBe('fewer_pain_nights');
    expect(demo.filter((p) => p.experiment).map((p) => p.email)).toEqual(['patient045@example.org']);
  });

  it('are the last of the cast, simple cramps with no risk conditions', () => {
    expect(demo.slice(-2).map((p) => [p.email, p.archetype, p.profile.conditions])).toEqual([
      ['patient045@example.org', 'benign_cramps', []],
      ['patient046@example.org', 'benign_cramps', []],
    ]);
  });
});
