import { describe, expect, it } from 'vitest';
import { listingAuditRows } from './audit-rows';

const actor = { userId: 'u1', email: 'dr@example.org', ip: '10.0.0.1' };

describe('listingAuditRows', () => {
  it('writes one row for the listing and one per distinct patient shown', () => {
    const rows = listingAuditRows(actor, 'worklist.view', ['p1', 'p2', 'p1'], { page: 2 });
    expect(rows).toEqual([
      {
        actorUserId: 'u1',
        actorEmail: 'dr@example.org',
        ip: '10.0.0.1',
        action: 'worklist.view',
        patientId: null,
        detail: { page: 2, patients_shown: 2 },
      },
      {
        actorUserId: 'u1',
        actorEmail: 'dr@example.org',
        ip: '10.0.0.1',
        action: 'worklist.view',
        patientId: 'p1',
        detail: { listing: 'worklist.view' },
      },
      {
        actorUserId: 'u1',
        actorEmail: 'dr@example.org',
        ip: '10.0.0.1',
        action: 'worklist.view',
        patientId: 'p2',
        detail: { listing: 'worklist.view' },
      },
    ]);
  });

  it('still records an empty listing', () => {
    expect(listingAuditRows(actor, 'patients.list', [], {})).toHaveLength(1);
  });
});
