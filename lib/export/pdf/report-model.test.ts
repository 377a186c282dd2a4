import { describe, expect, it } from 'vitest';
import { testEntry, testExportData, testFlag } from '../test-data';
import { buildReportModel, summarizeNights } from './report-model';

describe('buildReportModel', () => {
  const data = testExportData({
    range: { from: '2026-03-01', to: '2026-03-05' },
    entries: [
      testEntry('2026-03-01', { worst_pain: 8, patterns: ['sudden_cramp'], symptoms: ['numbness'] }),
      testEntry('2026-03-03', { worst_pain: 0, episodes: 0, woke_from_pain: false, patterns: [] }),
      testEntry('2026-03-04', {
        worst_pain: 3,
        patterns: ['sudden_cramp', 'restless_urge'],
        symptoms: ['numbness', 'tingling'],
      }),
    ],
    flags: [
      testFlag({
        id: 'r',
        ruleId: 'routine-medicine-review',
        tier: 'routine',
        evidenceNights: ['2026-03-01', '2026-03-04'],
      }),
      testFlag({
        id: 'u',
        ruleId: 'urgent-foot-weakness',
        tier: 'urgent',
        evidenceNights: ['2026-03-04'],
        firstSeenAt: new Date('2026-03-05T00:00:00Z'),
      }),
      testFlag({ id: 'x', ruleId: 'soon-numbness', tier: 'soon', status: 'resolved', evidenceNights: ['2026-03-01'] }),
    ],
  });
  const model = buildReportModel(data);

  it('lists unresolved flags only, highest tier first', () => {
    expect(model.liveFlags.map((flag) => flag.id)).toEqual(['u', 'r']);
  });

  it('charts every night of the range, with gaps and the highest live tier citing each night', () => {
    expect(model.chart).toEqual([
      { night: '2026-03-01', worstPain: 8, flagTier: 'routine' },
      { night: '2026-03-02', worstPain: null, flagTier: null },
      { night: '2026-03-03', worstPain: 0, flagTier: null },
      { night: '2026-03-04', worstPain: 3, flagTier: 'urgent' },
      { night: '2026-03-05', worstPain: null, flagTier: null },
    ]);
  });

  it('counts nights per pattern and reported warning symptoms', () => {
    expect(model.patternCounts.find((c) => c.pattern === 'sudden_cramp')?.nights).toBe(2);
    expect(model.patternCounts.find((c) => c.pattern === 'restless_urge')?.nights).toBe(1);
    expect(model.patternCounts).toHaveLength(7);
    expect(model.symptomCounts).toEqual([
      { symptom: 'numbness', nights: 2 },
      { symptom: 'tingling', nights: 1 },
    ]);
  });

  it('summarizes the nights', () => {
    expect(model.stats).toEqual({
      nightsInRange: 5,
      nightsRecorded: 3,
      painNights: 2,
      averageWorstPain: 3.7,
      severeNights: 1,
      warningSignNights: 2,
    });
  });

  it('puts the newest night first in the table', () => {
    expect(model.tableEntries.map((e) => e.night_of)).toEqual(['2026-03-04', '2026-03-03', '2026-03-01']);
  });

  it('gives the age on the day the report was made', () => {
    expect(model.ageYears).toBe(64);
  });

  it('starts a very long chart at the first entry', () => {
    const long = buildReportModel(
      testExportData({ range: { from: '2000-01-01', to: '2026-03-05' }, entries: [testEntry('2026-03-01')] }),
    );
    expect(long.chart[0]?.night).toBe('2026-03-01');
    expect(long.chart).toHaveLength(5);
  });
});

describe('summarizeNights', () => {
  it('collapses runs of three or more nights', () => {
    expect(summarizeNights(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-05', '2026-03-07', '2026-03-08'])).toBe(
      '2026-03-01 to 2026-03-03, 2026-03-05, 2026-03-07, 2026-03-08',
    );
    expect(summarizeNights([])).toBe('');
    expect(summarizeNights(['2026-02-28', '2026-03-01', '2026-03-02'])).toBe('2026-02-28 to 2026-03-02');
  });
});
