import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { flags, type Flag } from '@/db/schema';
import type { Database } from '@/db/types';
import { loadEvidenceNights } from '../flags/evidence-nights';
import { NotFoundError } from '../errors';
import { isRuleId, LIVE_FLAG_STATUSES, patientMessage, TIER_INSTRUCTIONS, type Tier } from '../rules';
import { assertCan, type Actor } from './actor';

/** A flag as the patient sees it: what to do, in plain words, never the clinical reason. */
export interface PatientFlag {
  id: string;
  rule_id: string;
  tier: Tier;
  status: Flag['status'];
  message: string;
}

/** A live flag shown on the patient's diary until a clinician resolves it. */
export interface PatientMessage extends PatientFlag {
  heading: string;
  first_seen_at: string;
  last_seen_at: string;
  /** The nights that raised it, newest first. */
  nights: string[];
}

/** The patient-facing form of a flag (the API's `flags[]` item). */
export function toPatientFlag(flag: Pick<Flag, 'id' | 'ruleId' | 'tier' | 'status'>): PatientFlag {
  const message = isRuleId(flag.ruleId) ? patientMessage(flag.ruleId, flag.tier) : TIER_INSTRUCTIONS[flag.tier].action;
  return { id: flag.id, rule_id: flag.ruleId, tier: flag.tier, status: flag.status, message };
}

/**
 * The actor's own open or acknowledged flags as plain messages, highest tier
 * first, then most recently seen. Resolved flags are no longer shown.
 */
export async function listOwnMessages(db: Database, actor: Actor): Promise<PatientMessage[]> {
  assertCan(actor, 'diary:own');
  if (!actor.patientId) throw new NotFoundError();
  const live = await db
    .select()
    .from(flags)
    .where(and(eq(flags.patientId, actor.patientId), inArray(flags.status, LIVE_FLAG_STATUSES)))
    .orderBy(desc(flags.tier), desc(flags.lastSeenAt));
  if (live.length === 0) return [];
  const evidence = await loadEvidenceNights(
    db,
    live.map((flag) => flag.id),
  );
  return live.map((flag) => ({
    ...toPatientFlag(flag),
    heading: TIER_INSTRUCTIONS[flag.tier].heading,
    first_seen_at: flag.firstSeenAt.toISOString(),
    last_seen_at: flag.lastSeenAt.toISOString(),
    // Newest night first, as the patient reads them.
    nights: [...(evidence.get(flag.id) ?? [])].reverse(),
  }));
}
