import { describe, expect, it } from 'vitest';
import { PATIENT_CSV_HEADER } from '../diary-csv';
import { testEntry, testExportData, testFlag } from '../test-data';
import type { PatientExportData } from '../types';
import { buildFhirBundle } from './bundle';
import { checkBundle } from './check-bundle';
import type { Bundle, Resource } from './types';

function resourcesOf(bundle: Bundle, type: string): Resource[] {
  return bundle.entry.map((entry) => entry.resource).filter((resource) => resource.resourceType === type);
}

const flagged: PatientExportData = testExportData({
  entries: [
    testEntry('2026-03-01', { notes: 'Cramp after walking', symptoms: ['calf_swelling', 'calf_warmth'] }),
    testEntry('2026-03-02', { sleep_quality: null, patterns: [], worst_pain: 0 }),
  ],
  flags: [
    testFlag({
      id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
      ruleId: 'urgent-possible-dvt',
      tier: 'urgent',
      reason: 'Calf swelling and warmth (left side)',
      evidenceNights: ['2026-02-20', '2026-03-01'],
    }),
    testFlag({
      id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb',
      ruleId: 'routine-medicine-review',
      tier: 'routine',
      status: 'resolved',
      resolvedAt: new Date('2026-03-03T10:00:00Z'),
      evidenceNights: ['2026-03-02'],
    }),
  ],
});

describe('buildFhirBundle', () => {
  it('is a valid collection bundle whose references all resolve', () => {
    const bundle = buildFhirBundle(flagged);
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe('2026-03-08T09:00:00.000Z');
    expect(checkBundle(bundle)).toEqual([]);
    // Survives a JSON round trip unchanged (no Dates or undefined left inside).
    expect(JSON.parse(JSON.stringify(bundle))).toEqual(bundle);
  });

  it('holds the patient, profile, one response and one observation per night, and a Flag and DetectedIssue per flag', () => {
    const bundle = buildFhirBundle(flagged);
    const counts = Object.fromEntries(
      [
        'Patient',
        'Condition',
        'MedicationStatement',
        'QuestionnaireResponse',
        'Observation',
        'Flag',
        'DetectedIssue',
      ].map((type) => [type, resourcesOf(bundle, type).length]),
    );
    expect(counts).toEqual({
      Patient: 1,
      Condition: 1,
      MedicationStatement: 2,
      QuestionnaireResponse: 2,
      Observation: 2,
      Flag: 2,
      DetectedIssue: 2,
    });
  });

  it('describes the patient', () => {
    const [patient] = resourcesOf(buildFhirBundle(flagged), 'Patient');
    expect(patient).toMatchObject({
      id: '22222222-2222-4222-8222-222222222222',
      name: [{ text: 'Ana Müller', family: 'Müller', given: ['Ana'] }],
      telecom: [{ system: 'email', value: 'ana@example.org' }],
      gender: 'female',
      birthDate: '1961-05-20',
    });
  });

  it('answers every given field by its contract code and leaves out unanswered ones', () => {
    const [first, second] = resourcesOf(buildFhirBundle(flagged), 'QuestionnaireResponse');
    expect(first).toMatchObject({
      status: 'completed',
      subject: { reference: 'urn:uuid:22222222-2222-4222-8222-222222222222' },
    });
    const items = first?.item as Array<{ linkId: string; answer: Array<Record<string, unknown>> }>;
    const linkIds = items.map((item) => item.linkId);
    expect(linkIds.every((id) => (PATIENT_CSV_HEADER as readonly string[]).includes(id))).toBe(true);
    expect(items.find((item) => item.linkId === 'night_of')?.answer).toEqual([{ valueDate: '2026-03-01' }]);
    expect(items.find((item) => item.linkId === 'worst_pain')?.answer).toEqual([{ valueInteger: 5 }]);
    expect(items.find((item) => item.linkId === 'new_medicine')?.answer).toEqual([{ valueBoolean: false }]);
    expect(items.find((item) => item.linkId === 'notes')?.answer).toEqual([{ valueString: 'Cramp after walking' }]);
    expect(
      items.find((item) => item.linkId === 'symptoms')?.answer.map((a) => (a.valueCoding as { code: string }).code),
    ).toEqual(['calf_swelling', 'calf_warmth']);
    const secondIds = (second?.item as Array<{ linkId: string }>).map((item) => item.linkId);
    expect(secondIds).not.toContain('sleep_quality');
    expect(secondIds).not.toContain('patterns');
    expect(secondIds).not.toContain('notes');
    expect(secondIds).toContain('worst_pain');
  });

  it('records pain severity with LOINC 72514-3 on the night, derived from the response', () => {
    const bundle = buildFhirBundle(flagged);
    const [observation] = resourcesOf(bundle, 'Observation');
    const [response] = resourcesOf(bundle, 'QuestionnaireResponse');
    expect(observation).toMatchObject({
      status: 'final',
      code: {
        coding: [
          {
            system: 'http://loinc.org',
            code: '72514-3',
            display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
          },
        ],
      },
      effectiveDateTime: '2026-03-01',
      valueInteger: 5,
      derivedFrom: [{ reference: `urn:uuid:${response?.id}` }],
    });
  });

  it('maps flag status and tier to Flag status and DetectedIssue severity', () => {
    const bundle = buildFhirBundle(flagged);
    const flags = resourcesOf(bundle, 'Flag');
    expect(flags.map((flag) => flag.status)).toEqual(['active', 'inactive']);
    expect(flags[0]).toMatchObject({
      code: {
        text: 'urgent-possible-dvt: Calf swelling and warmth (left side)',
        coding: [{ code: 'urgent-possible-dvt' }],
      },
      period: { start: '2026-03-02T07:30:00.000Z' },
    });
    expect(flags[1]).toMatchObject({ period: { end: '2026-03-03T10:00:00.000Z' } });
    const issues = resourcesOf(bundle, 'DetectedIssue');
    expect(issues.map((issue) => issue.severity)).toEqual(['high', 'low']);
    // Evidence outside the range is named in the text but not referenced.
    expect(issues[0]?.evidence).toEqual([
      { detail: [{ reference: `urn:uuid:${flagged.entries[0]?.id}`, display: 'Night of 2026-03-01' }] },
    ]);
    expect(issues[0]?.detail).toContain('2026-02-20, 2026-03-01');
  });

  it.each([
    ['emergency', 'high'],
    ['urgent', 'high'],
    ['soon', 'moderate'],
    ['routine', 'low'],
  ] as const)('gives a %s flag a %s DetectedIssue', (tier, severity) => {
    const bundle = buildFhirBundle(testExportData({ flags: [testFlag({ tier })] }));
    expect(resourcesOf(bundle, 'DetectedIssue')[0]?.severity).toBe(severity);
  });

  it('is the same for the same data, so exports are repeatable', () => {
    expect(buildFhirBundle(flagged)).toEqual(buildFhirBundle(flagged));
  });

  it('exports a patient with no nights, flags or profile', () => {
    const empty = testExportData({
      entries: [],
      flags: [],
      patient: {
        id: '33333333-3333-4333-8333-333333333333',
        name: 'Sam',
        email: 's@example.org',
        profile: { date_of_birth: null, sex: null, conditions: [], medicines: [], pregnancy_due_date: null },
      },
    });
    const bundle = buildFhirBundle(empty);
    expect(checkBundle(bundle)).toEqual([]);
    expect(bundle.entry).toHaveLength(1);
    expect(bundle.entry[0]?.resource).not.toHaveProperty('gender');
  });

  it('adds the estimated delivery date while pregnant', () => {
    const data = testExportData();
    data.patient.profile.pregnancy_due_date = '2026-06-01';
    const observations = resourcesOf(buildFhirBundle(data), 'Observation');
    expect(observations.find((o) => o.valueDateTime === '2026-06-01')).toMatchObject({
      code: { coding: [{ code: '11778-8' }] },
    });
  });
});

describe('checkBundle', () => {
  it('finds dangling references, bad fullUrls and missing required elements', () => {
    const bundle = buildFhirBundle(flagged);
    const broken = JSON.parse(JSON.stringify(bundle)) as Bundle;
    broken.entry.shift(); // drop the Patient everything points at
    const flag = broken.entry.find((entry) => entry.resource.resourceType === 'Flag');
    if (flag) {
      delete flag.resource.status;
      flag.fullUrl = 'urn:uuid:not-a-uuid';
    }
    const problems = checkBundle(broken);
    expect(problems.some((p) => p.includes('does not resolve'))).toBe(true);
    expect(problems.some((p) => p.includes('Flag lacks status'))).toBe(true);
    expect(problems.some((p) => p.includes('not a urn:uuid'))).toBe(true);
    expect(checkBundle({ resourceType: 'Patient' })).toEqual(['not a Bundle']);
  });
});
