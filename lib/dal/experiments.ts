import 'server-only';
import { and, desc, eq, lt } from 'drizzle-orm';
import { experiments, users, type ExperimentRow } from '@/db/schema';
import type { Database } from '@/db/types';
import { isUniqueViolation } from '@/db/errors';
import {
  computeExperimentResult,
  experimentEndNight,
  experimentWindows,
  isExperimentDue,
  type ExperimentFactor,
  type ExperimentRecord,
} from '../insights/experiment';

export type { ExperimentRecord };
import { ConflictError, NotFoundError } from '../errors';
import { todayIso } from '../validation/dates';
import { experimentStartSchema } from '../validation/experiments';
import { parseOrThrow } from '../validation/issues';
import { isUuid } from '../validation/ids';
import { assertCan, type Actor } from './actor';
import { recordAudit } from './audit';
import { requireCareTeamPatient, type CareTeamAccess } from './care-team';
import { readInsightNights } from './insights';

export const RUNNING_EXPERIMENT_MESSAGE =
  'An experiment is already running. Finish or stop it before starting another.';

/**
 * Finishes the patient's running experiment if it is due (its 14 nights are
 * over, docs/insights.md): computes the comparison from the diary and stores
 * it with the nights used. Lazy: called by every read, so no job is needed.
 * The status guard makes a race with another reader (or an abandon) harmless.
 */
async function finishDueExperiments(db: Database, actor: Actor, patientId: string, now: Date): Promise<void> {
  const today = todayIso(now);
  const running = await db
    .select()
    .from(experiments)
    .where(
      and(eq(experiments.patientId, patientId), eq(experiments.status, 'running'), lt(experiments.endNight, today)),
    );
  for (const experiment of running) {
    const windows = experimentWindows(experiment.startNight);
    const nights = await readInsightNights(db, patientId, { from: windows.before.from, to: windows.during.to });
    const endRecorded = nights.some((night) => night.night_of === experiment.endNight);
    if (!isExperimentDue(experiment.endNight, today, endRecorded)) continue;
    const result = computeExperimentResult(experiment.factor, experiment.startNight, nights);
    await db.transaction(async (tx) => {
      const [finished] = await tx
        .update(experiments)
        .set({ status: 'finished', result, endedAt: now })
        .where(and(eq(experiments.id, experiment.id), eq(experiments.status, 'running')))
        .returning({ id: experiments.id });
      if (!finished) return;
      await recordAudit(tx, actor, {
        action: 'experiment.finish',
        patientId,
        targetId: experiment.id,
        detail: { verdict: result.verdict, nights: result.with.nights, nights_before: result.without.nights },
      });
    });
  }
}

/** The patient's experiments, newest first, after finishing any that are due. */
async function readExperiments(db: Database, actor: Actor, patientId: string, now: Date): Promise<ExperimentRecord[]> {
  await finishDueExperiments(db, actor, patientId, now);
  const rows = await db
    .select({ experiment: experiments, startedByName: users.name })
    .from(experiments)
    .innerJoin(users, eq(users.id, experiments.startedBy))
    .where(eq(experiments.patientId, patientId))
    .orderBy(desc(experiments.startNight), desc(experiments.startedAt));
  return rows.map(({ experiment, startedByName }) => toRecord(experiment, startedByName));
}

function toRecord(row: ExperimentRow, startedByName: string): ExperimentRecord {
  return {
    id: row.id,
    factor: row.factor,
    start_night: row.startNight,
    end_night: row.endNight,
    status: row.status,
    result: row.result ?? null,
    started_at: row.startedAt,
    started_by_name: startedByName,
    ended_at: row.endedAt,
    abandoned_at: row.abandonedAt,
  };
}

/**
 * Starts an experiment for `patientId` from tonight (today's date is its first
 * night). One at a time: checked here and, against a race, by the database's
 * partial unique index; either way a second one is a ConflictError (409).
 */
async function insertExperiment(
  db: Database,
  actor: Actor,
  patientId: string,
  factor: ExperimentFactor,
  now: Date,
): Promise<ExperimentRecord> {
  await finishDueExperiments(db, actor, patientId, now);
  const startNight = todayIso(now);
  try {
    return await db.transaction(async (tx) => {
      const [running] = await tx
        .select({ id: experiments.id })
        .from(experiments)
        .where(and(eq(experiments.patientId, patientId), eq(experiments.status, 'running')))
        .limit(1);
      if (running) throw new ConflictError(RUNNING_EXPERIMENT_MESSAGE);
      const [row] = await tx
        .insert(experiments)
        .values({
          patientId,
          factor,
          startNight,
          endNight: experimentEndNight(startNight),
          startedBy: actor.userId,
          startedAt: now,
        })
        .returning();
      if (!row) throw new Error('experiment insert returned no row');
      await recordAudit(tx, actor, {
        action: 'experiment.start',
        patientId,
        targetId: row.id,
        detail: { factor, start_night: row.startNight, end_night: row.endNight },
      });
      return toRecord(row, actor.name);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(RUNNING_EXPERIMENT_MESSAGE);
    throw error;
  }
}

function ownPatientId(actor: Actor): string {
  assertCan(actor, 'diary:own');
  if (!actor.patientId) throw new NotFoundError();
  return actor.patientId;
}

/** The patient's own experiments (`GET /api/v1/experiments`, /diary/insights, the diary form), audited as a view. */
export async function listOwnExperiments(db: Database, actor: Actor, now = new Date()): Promise<ExperimentRecord[]> {
  const patientId = ownPatientId(actor);
  const list = await readExperiments(db, actor, patientId, now);
  await recordAudit(db, actor, { action: 'experiments.viewed', patientId, detail: { experiments: list.length } });
  return list;
}

/** The patient starts an experiment for themselves (409 while one is running). */
export async function startOwnExperiment(
  db: Database,
  actor: Actor,
  factor: ExperimentFactor,
  now = new Date(),
): Promise<ExperimentRecord> {
  return insertExperiment(db, actor, ownPatientId(actor), factor, now);
}

/**
 * The patient stops their running experiment; the row stays, marked
 * abandoned, and the audit log records it. Another patient's experiment, or
 * an unknown id, is not found; one that is no longer running is a conflict.
 */
export async function abandonOwnExperiment(
  db: Database,
  actor: Actor,
  experimentId: string,
  now = new Date(),
): Promise<ExperimentRecord> {
  const patientId = ownPatientId(actor);
  if (!isUuid(experimentId)) throw new NotFoundError('Experiment not found');
  await finishDueExperiments(db, actor, patientId, now);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ experiment: experiments, startedByName: users.name })
      .from(experiments)
      .innerJoin(users, eq(users.id, experiments.startedBy))
      .where(and(eq(experiments.id, experimentId), eq(experiments.patientId, patientId)))
      .for('update', { of: experiments });
    if (!current) throw new NotFoundError('Experiment not found');
    if (current.experiment.status !== 'running') {
      throw new ConflictError(
        `This experiment has already ${current.experiment.status === 'finished' ? 'finished' : 'been stopped'}.`,
      );
    }
    const [row] = await tx
      .update(experiments)
      .set({ status: 'abandoned', abandonedAt: now, endedAt: now })
      .where(eq(experiments.id, experimentId))
      .returning();
    if (!row) throw new Error('experiment update returned no row');
    await recordAudit(tx, actor, {
      action: 'experiment.abandon',
      patientId,
      targetId: row.id,
      detail: { factor: row.factor, start_night: row.startNight },
    });
    return toRecord(row, current.startedByName);
  });
}

/**
 * A patient's experiments for a record the care-team gate already let through
 * (the patient page, the PDF): the caller audits the read of the record.
 */
export async function loadExperiments(
  db: Database,
  actor: Actor,
  access: CareTeamAccess,
  now = new Date(),
): Promise<ExperimentRecord[]> {
  return readExperiments(db, actor, access.patientId, now);
}

/** A patient's experiments for a clinician (`GET /api/v1/patients/{id}/experiments`): care team only, audited. */
export async function listPatientExperiments(
  db: Database,
  actor: Actor,
  patientId: string,
  now = new Date(),
): Promise<ExperimentRecord[]> {
  const { access } = await requireCareTeamPatient(db, actor, patientId);
  const list = await loadExperiments(db, actor, access, now);
  await recordAudit(db, actor, {
    action: 'patient.experiments.read',
    patientId,
    detail: { experiments: list.length },
  });
  return list;
}

/**
 * A clinician on the care team starts an experiment for the patient: 404 off
 * the team, then 422 for the input (`{ factor }`, checked after the team so an
 * outsider learns nothing from it), 409 while one runs.
 */
export async function startPatientExperiment(
  db: Database,
  actor: Actor,
  patientId: string,
  input: unknown,
  now = new Date(),
): Promise<ExperimentRecord> {
  const { access } = await requireCareTeamPatient(db, actor, patientId, 'experiments:start');
  const { factor } = parseOrThrow(experimentStartSchema, input);
  return insertExperiment(db, actor, access.patientId, factor, now);
}
