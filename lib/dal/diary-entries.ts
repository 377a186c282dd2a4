import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { diaryEntries, diaryEntryVersions, patients, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { rowToEntry } from '../diary/mapping';
import { saveDiaryEntryInTransaction } from '../diary/save-entry';
import type { DiaryEntry } from '../diary/types';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { tierRank } from '../rules';
import { isValidNight } from '../rules/nights';
import {
  isEditableNight,
  nightBounds,
  nightOfProblem,
  type NightBounds,
  type ValidDiaryEntry,
} from '../validation/diary';
import { assertCan, type Actor } from './actor';
import { auditInsert, recordAudit } from './audit';
import { findStoredResponse, storeResponseInsert, type IdempotentRequest } from './idempotency-keys';
import { inNightRange } from './night-range-sql';
import type { NightRange } from '../export/range';
import { toPatientFlag, type PatientFlag } from './patient-messages';

export type { NightRange };

/** The JSON answer to a saved night (docs/contract.md, "JSON API"): the entry and the flags it fired. */
export interface SavedEntryBody {
  entry: DiaryEntry;
  flags: PatientFlag[];
}

export interface SavedEntry {
  /** 201 when the night was created, 200 when an earlier entry was replaced. */
  status: 200 | 201;
  body: SavedEntryBody;
  /** True when this answers a retried request from its stored response. */
  replayed: boolean;
}

export interface OwnEntryDetail {
  entry: DiaryEntry;
  version: number;
  updatedAt: Date;
  /** Superseded versions, newest first (the entry keeps its history on every edit). */
  earlierVersions: Array<{ version: number; recordedAt: Date; supersededAt: Date }>;
}

function requirePatientId(actor: Actor): string {
  assertCan(actor, 'diary:own');
  if (!actor.patientId) throw new NotFoundError();
  return actor.patientId;
}

/** The actor's own diary entries, newest night first. Audited as a view of the record. */
export async function listOwnEntries(db: Database, actor: Actor, range: NightRange = {}) {
  const patientId = requirePatientId(actor);
  const rows = await db
    .select()
    .from(diaryEntries)
    .where(and(eq(diaryEntries.patientId, patientId), ...inNightRange(range)))
    .orderBy(desc(diaryEntries.nightOf));
  await recordAudit(db, actor, { action: 'diary.viewed', patientId, detail: { ...range, entries: rows.length } });
  return rows;
}

/** Which nights the actor may record and edit, from their account's creation date. */
export async function getOwnNightBounds(db: Database, actor: Actor, now = new Date()): Promise<NightBounds> {
  requirePatientId(actor);
  const [account] = await db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, actor.userId));
  if (!account) throw new NotFoundError();
  return nightBounds(account.createdAt, now);
}

/** One of the actor's own nights with its version history, or null when not recorded. */
export async function getOwnEntry(db: Database, actor: Actor, night: string): Promise<OwnEntryDetail | null> {
  const patientId = requirePatientId(actor);
  if (!isValidNight(night)) return null;
  const [row] = await db
    .select()
    .from(diaryEntries)
    .where(and(eq(diaryEntries.patientId, patientId), eq(diaryEntries.nightOf, night)));
  if (!row) return null;
  const versions = await db
    .select({
      version: diaryEntryVersions.version,
      recordedAt: diaryEntryVersions.recordedAt,
      supersededAt: diaryEntryVersions.supersededAt,
    })
    .from(diaryEntryVersions)
    .where(eq(diaryEntryVersions.entryId, row.id))
    .orderBy(desc(diaryEntryVersions.version));
  await recordAudit(db, actor, { action: 'diary.entry_viewed', patientId, targetId: row.id, detail: { night } });
  return { entry: rowToEntry(row), version: row.version, updatedAt: row.updatedAt, earlierVersions: versions };
}

/**
 * Creates or replaces one of the actor's own nights and runs the warning-sign
 * rules in the same transaction. Refuses nights in the future or from before
 * the account existed (minus 30 days) with 422, and edits of nights older than
 * 7 days with 403. With an idempotency key, a retry of the same request
 * answers the stored response without writing again; the same key with a
 * different request is refused (409). Every write is audited.
 */
export async function saveOwnEntry(
  db: Database,
  actor: Actor,
  input: { entry: ValidDiaryEntry; idempotency?: IdempotentRequest; now?: Date },
): Promise<SavedEntry> {
  const patientId = requirePatientId(actor);
  const now = input.now ?? new Date();
  const night = input.entry.night_of;
  return db.transaction(async (tx) => {
    // Serialises this patient's submissions, so a retry racing its original waits and then replays.
    const [locked] = await tx
      .select({ patient: patients, accountCreatedAt: users.createdAt })
      .from(patients)
      .innerJoin(users, eq(users.id, actor.userId))
      .where(eq(patients.id, patientId))
      .for('update', { of: patients });
    if (!locked) throw new NotFoundError();
    if (input.idempotency) {
      const stored = await findStoredResponse(tx, actor.userId, input.idempotency, now);
      if (stored) return { status: stored.status as 200 | 201, body: stored.body as SavedEntryBody, replayed: true };
    }

    const bounds = nightBounds(locked.accountCreatedAt, now);
    const problem = nightOfProblem(night, bounds);
    if (problem) throw new ValidationError('Some fields need attention.', { night_of: problem });
    const saved = await saveDiaryEntryInTransaction(tx, {
      patientId,
      fields: input.entry,
      now,
      locked: locked.patient,
      // Checked after the write, which then rolls back: one round trip fewer for every save.
      onReplace: () => {
        if (isEditableNight(night, bounds)) return;
        throw new ForbiddenError(
          `The night of ${night} is more than 7 days ago, so it can no longer be changed. Your saved entry is unchanged.`,
        );
      },
    });
    const flags = saved.flags
      .map((applied) => toPatientFlag(applied.flag))
      .sort((a, b) => tierRank(b.tier) - tierRank(a.tier));
    const result: SavedEntry = {
      status: saved.created ? 201 : 200,
      body: { entry: saved.entry, flags },
      replayed: false,
    };
    const audit = auditInsert(tx, actor, {
      action: saved.created ? 'diary.entry_created' : 'diary.entry_updated',
      patientId,
      targetId: saved.entry.id,
      detail: { night, flags: flags.map((flag) => `${flag.rule_id}:${flag.tier}`) },
    });
    if (input.idempotency) {
      // The audit row and the stored response in one statement.
      const store = storeResponseInsert(
        tx,
        actor.userId,
        input.idempotency,
        { status: result.status, body: result.body },
        now,
      );
      await tx.execute(sql`with audit as (${audit.getSQL()}) ${store.getSQL()}`);
    } else {
      await audit;
    }
    return result;
  });
}
