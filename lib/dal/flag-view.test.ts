import { describe, expect, it } from 'vitest';
import type { Flag } from '@/db/schema';
import { groupBy, latestEscalation, toClinicianFlag } from './flag-view';

const raised = new Date('2026-03-01T07:00:00Z');

function stored(overrides: Partial<Flag> = {}): Flag {
  return {
    id: 'f1',
    patientId: 'p1',
    ruleId: 'soon-claudication',
    tier: 'urgent',
    status: 'open',
    reason: 'Pain on walking',
    modifiers: ['diabetes'],
    rulesVersion: 'v1',
    firstSeenAt: raised,
    lastSeenAt: new Date('2026-03-03T07:00:00Z'),
    evidenceWithdrawnAt: null,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    resolvedBy: null,
    resolutionNote: null,
    overdueNotifiedAt: null,
    ...overrides,
  };
}

describe('toClinicianFlag', () => {
  it('has the contract fields, sorted unique evidence nights, and the overdue mark', () => {
    const view = toClinicianFlag(
      stored(),
      { evidenceNights: ['2026-03-02', '2026-02-28', '2026-03-02'], escalatedAt: null },
      new Date('2026-03-02T08:00:00Z'),
    );
    expect(view).toMatchObject({
      id: 'f1',
      rule_id: 'soon-claudication',
      tier: 'urgent',
      status: 'open',
      reason: 'Pain on walking',
      evidence_nights: ['2026-02-28', '2026-03-02'],
      first_seen_at: '2026-03-01T07:00:00.000Z',
      last_seen_at: '2026-03-03T07:00:00.000Z',
      rules_version: 'v1',
      modifiers: ['diabetes'],
      evidence_withdrawn: false,
      overdue: true,
    });
  });

  it('restarts the overdue clock at the latest escalation', () => {
    const escalatedAt = new Date('2026-03-02T07:30:00Z');
    const view = toClinicianFlag(stored(), { evidenceNights: [], escalatedAt }, new Date('2026-03-02T08:00:00Z'));
    expect(view.tier_since).toBe(escalatedAt.toISOString());
    expect(view.overdue).toBe(false);
  });

  it('shows evidence withdrawn by the patient', () => {
    const withdrawn = new Date('2026-03-04T09:00:00Z');
    const view = toClinicianFlag(
      stored({ evidenceWithdrawnAt: withdrawn }),
      { evidenceNights: [], escalatedAt: null },
      raised,
    );
    expect(view).toMatchObject({ evidence_withdrawn: true, evidence_withdrawn_at: withdrawn.toISOString() });
  });
});

describe('latestEscalation and groupBy', () => {
  it('find the last escalation and keep group order', () => {
    expect(
      latestEscalation([
        { type: 'raised', at: '2026-03-01T00:00:00Z' },
        { type: 'escalated', at: '2026-03-03T00:00:00Z' },
        { type: 'escalated', at: '2026-03-02T00:00:00Z' },
      ]),
    ).toEqual(new Date('2026-03-03T00:00:00Z'));
    expect(latestEscalation([])).toBeNull();
    expect([...groupBy([1, 2, 3, 4], (n) => n % 2)]).toEqual([
      [1, [1, 3]],
      [0, [2, 4]],
    ]);
  });
});
