import type { AuditEventView } from '../views/audit-event';
import { toCsv } from './csv-safe';

export const AUDIT_CSV_HEADER = [
  'id',
  'at',
  'actor_email',
  'actor_user_id',
  'action',
  'patient_id',
  'patient_email',
  'target_id',
  'ip',
  'detail',
] as const;

/** One audit event as a CSV row; times in UTC (ISO 8601), detail as compact JSON. */
export function auditCsvRow(event: AuditEventView): unknown[] {
  return [
    event.id,
    event.at,
    event.actor_email,
    event.actor_user_id,
    event.action,
    event.patient_id,
    event.patient_email,
    event.target_id,
    event.ip,
    event.detail ? JSON.stringify(event.detail) : null,
  ];
}

/** A batch of the export; the header only with the first. */
export function auditCsvChunk(events: readonly AuditEventView[], isFirst: boolean): string {
  return toCsv(events.map(auditCsvRow), isFirst ? { header: AUDIT_CSV_HEADER } : {});
}

/** `audit-log-2026-03-01.csv` */
export function auditCsvFilename(today: string): string {
  return `audit-log-${today}.csv`;
}
