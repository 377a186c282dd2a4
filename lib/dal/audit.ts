import { auditEvents } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Actor } from './actor';

export interface AuditInput {
  action: string;
  patientId?: string | null;
  targetId?: string | null;
  detail?: Record<string, unknown>;
}

/** Appends one row to the audit log on behalf of an actor (or an anonymous caller). */
export async function recordAudit(
  db: Database,
  who: Pick<Actor, 'userId' | 'email' | 'ip'> | { userId: null; email: string | null; ip: string | null },
  input: AuditInput,
): Promise<void> {
  await auditInsert(db, who, input);
}

/** The audit row's INSERT, to await or to embed in a statement that writes more (saves batch it). */
export function auditInsert(
  db: Database,
  who: Pick<Actor, 'userId' | 'email' | 'ip'> | { userId: null; email: string | null; ip: string | null },
  input: AuditInput,
) {
  return db.insert(auditEvents).values({
    actorUserId: who.userId,
    actorEmail: who.email,
    ip: who.ip,
    action: input.action,
    patientId: input.patientId ?? null,
    targetId: input.targetId ?? null,
    detail: input.detail ?? null,
  });
}
