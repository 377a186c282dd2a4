import type { auditEvents } from '@/db/schema';
import type { Actor } from './actor';

type AuditRow = typeof auditEvents.$inferInsert;

/**
 * Audit rows for a listing that shows part of several patients' records (the
 * worklist's flag reasons, the panel's figures): one row per patient shown, so
 * "who has seen this patient" finds them, plus one row for the listing itself
 * so an empty page is on record too. Written with a single insert.
 */
export function listingAuditRows(
  actor: Pick<Actor, 'userId' | 'email' | 'ip'>,
  action: string,
  patientIds: readonly string[],
  detail: Record<string, unknown>,
): AuditRow[] {
  const base = { actorUserId: actor.userId, actorEmail: actor.email, ip: actor.ip, action };
  const shown = [...new Set(patientIds)];
  return [
    { ...base, patientId: null, detail: { ...detail, patients_shown: shown.length } },
    ...shown.map((patientId) => ({ ...base, patientId, detail: { listing: action } })),
  ];
}
