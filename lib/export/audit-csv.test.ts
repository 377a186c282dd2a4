import { describe, expect, it } from 'vitest';
import type { AuditEventView } from '../views/audit-event';
import { auditCsvChunk, auditCsvFilename } from './audit-csv';

const event: AuditEventView = {
  id: 7,
  at: new Date('2026-03-01T09:30:00Z'),
  actor_user_id: null,
  actor_email: '=HYPERLINK("http://evil")@x',
  action: 'auth.sign_in_failed',
  patient_id: null,
  patient_email: null,
  target_id: null,
  ip: '10.0.0.1',
  detail: { reason: 'bad_credentials' },
};

describe('audit CSV', () => {
  it('writes a header once, then one formula-safe row per event', () => {
    expect(auditCsvChunk([event], true)).toBe(
      'id,at,actor_email,actor_user_id,action,patient_id,patient_email,target_id,ip,detail\r\n' +
        '7,2026-03-01T09:30:00.000Z,"\'=HYPERLINK(""http://evil"")@x",,auth.sign_in_failed,,,,10.0.0.1,' +
        '"{""reason"":""bad_credentials""}"\r\n',
    );
    expect(auditCsvChunk([event], false).startsWith('7,')).toBe(true);
  });

  it('names the file by date', () => {
    expect(auditCsvFilename('2026-03-01')).toBe('audit-log-2026-03-01.csv');
  });
});
