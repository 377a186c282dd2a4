import 'server-only';
import { eq } from 'drizzle-orm';
import { patients } from '@/db/schema';
import type { Database } from '@/db/types';
import { rowToProfile } from '../diary/mapping';
import type { PatientProfile } from '../diary/types';
import { NotFoundError } from '../errors';
import { updatePatientProfile } from '../profile/update-profile';
import { tierRank } from '../rules';
import type { ValidProfileChanges } from '../validation/profile';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { toPatientFlag, type PatientFlag } from './patient-messages';

function requirePatientId(actor: Actor): string {
  assertCan(actor, 'profile:own');
  if (!actor.patientId) throw new NotFoundError();
  return actor.patientId;
}

/** The actor's own profile (codes as in docs/contract.md, "Diary fields"). Audited as a view of the record. */
export async function getOwnProfile(db: Database, actor: Actor): Promise<PatientProfile> {
  const patientId = requirePatientId(actor);
  const [row] = await db.select().from(patients).where(eq(patients.id, patientId));
  if (!row) throw new NotFoundError();
  await recordAudit(db, actor, { action: 'profile.viewed', patientId });
  return rowToProfile(row);
}

/**
 * Applies the actor's own profile changes (omitted fields keep their value)
 * and re-runs the warning-sign rules over recent nights in the same
 * transaction. Returns the new profile and the flags the change raised or
 * escalated, as patient messages, highest tier first. Audited with the
 * names of the fields that changed, in the same transaction as the change.
 */
export async function updateOwnProfile(
  db: Database,
  actor: Actor,
  changes: ValidProfileChanges,
  now = new Date(),
): Promise<{ profile: PatientProfile; flags: PatientFlag[] }> {
  const patientId = requirePatientId(actor);
  // The change and its audit row commit together, or neither does.
  return db.transaction(async (tx) => {
    const result = await updatePatientProfile(tx, { patientId, changes, now });
    const flags = dedupeById(
      result.flags
        .filter((applied) => applied.change !== 'unchanged')
        .map((applied) => toPatientFlag(applied.flag))
        .sort((a, b) => tierRank(b.tier) - tierRank(a.tier)),
    );
    await recordAudit(tx, actor, {
      action: 'profile.updated',
      patientId,
      detail: { fields: Object.keys(changes), flags: flags.map((flag) => `${flag.rule_id}:${flag.tier}`) },
    });
    return { profile: result.profile, flags };
  });
}

/** Re-evaluation walks several nights; a flag touched on more than one night is reported once. */
function dedupeById(flags: PatientFlag[]): PatientFlag[] {
  const seen = new Set<string>();
  return flags.filter((flag) => (seen.has(flag.id) ? false : (seen.add(flag.id), true)));
}
