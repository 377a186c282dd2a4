import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as audit from '@/app/api/v1/admin/audit/route';
import * as deliveryLog from '@/app/api/v1/admin/deliveries/route';
import * as careTeam from '@/app/api/v1/admin/care-team/[clinicianUserId]/[patientId]/route';
import * as ruleStats from '@/app/api/v1/admin/rule-stats/route';
import * as deactivate from '@/app/api/v1/admin/users/[id]/deactivate/route';
import * as secondFactor from '@/app/api/v1/admin/users/[id]/mfa/route';
import * as password from '@/app/api/v1/admin/users/[id]/password/route';
import * as reactivate from '@/app/api/v1/admin/users/[id]/reactivate/route';
import * as users from '@/app/api/v1/admin/users/route';
import * as night from '@/app/api/v1/diary-entries/[night]/route';
import * as diary from '@/app/api/v1/diary-entries/route';
import * as abandonExperiment from '@/app/api/v1/experiments/[id]/abandon/route';
import * as experimentList from '@/app/api/v1/experiments/route';
import * as acknowledge from '@/app/api/v1/flags/[id]/acknowledge/route';
import * as resolve from '@/app/api/v1/flags/[id]/resolve/route';
import * as health from '@/app/api/v1/health/route';
import * as insights from '@/app/api/v1/insights/route';
import * as preferences from '@/app/api/v1/notification-preferences/route';
import * as markRead from '@/app/api/v1/notifications/[id]/read/route';
import * as notificationList from '@/app/api/v1/notifications/route';
import * as patientEntries from '@/app/api/v1/patients/[id]/diary-entries/route';
import * as patientExperiments from '@/app/api/v1/patients/[id]/experiments/route';
import * as patientFlags from '@/app/api/v1/patients/[id]/flags/route';
import * as patientInsights from '@/app/api/v1/patients/[id]/insights/route';
import * as patients from '@/app/api/v1/patients/route';
import * as profile from '@/app/api/v1/profile/route';
import * as reminders from '@/app/api/v1/reminders/route';
import { deliveries, notifications } from '@/db/schema';
import type { Database, DatabaseHandle } from '@/db/types';
import { saveDiaryEntry } from '../diary/save-entry';
import type { Actor } from '../dal/actor';
import { addDays } from '../rules';
import { assignToCareTeam, createActor, night as diaryNight } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';
import { buildOpenApiDocument } from './document';
import { RESPONSE_SCHEMAS } from './schemas';

// The real handlers on a real database; only the session lookup (Auth.js cookies) is replaced.
const session = vi.hoisted(() => ({ db: undefined as Database | undefined, actor: null as Actor | null }));
vi.mock('@/db/client', () => ({ getDb: async () => session.db }));
vi.mock('@/lib/dal/session', async () =>
  (await import('@/lib/testing/session-mock')).sessionModuleFor(() => session.actor),
);

type Handler = (request: NextRequest, context: { params: Promise<never> }) => Promise<Response>;
type Json = Record<string, unknown>;
type Documented = { responses: Record<string, { content?: { 'application/json'?: { schema?: { $ref?: string } } } }> };
const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Documented>> };

/**
 * Calls a handler as `actor` and checks the answer against the document: its
 * status must be listed for the operation, and its body must parse with the
 * documented (strict) schema, so an undocumented field fails too.
 */
async function call(
  actor: Actor | null,
  method: string,
  path: string,
  handler: Handler,
  options: { params?: Record<string, string>; query?: string; body?: unknown } = {},
): Promise<{ status: number; body: Json }> {
  session.actor = actor;
  const params = options.params ?? {};
  const concrete = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
  const url = `http://localhost/api/v1${concrete}${options.query ? `?${options.query}` : ''}`;
  const body =
    typeof options.body === 'string' || options.body === undefined ? options.body : JSON.stringify(options.body);
  const response = await handler(
    new NextRequest(url, { method, body, headers: { 'content-type': 'application/json' } }),
    {
      params: Promise.resolve(params as never),
    },
  );
  const json = (await response.json()) as Json;
  const documented = doc.paths[path]?.[method.toLowerCase()]?.responses[String(response.status)];
  expect(documented, `${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`).toBeDefined();
  const name = documented?.content?.['application/json']?.schema?.$ref?.split('/').pop() ?? '';
  const schema = RESPONSE_SCHEMAS[name as keyof typeof RESPONSE_SCHEMAS];
  expect(schema, `${method} ${path} ${response.status} names no response schema`).toBeDefined();
  const parsed = schema.safeParse(json);
  expect(parsed.success ? [] : parsed.error.issues, `${method} ${path} ${response.status}`).toEqual([]);
  return { status: response.status, body: json };
}

describe.each(testDatabases())('API answers match the OpenAPI document on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let patient: Actor;
  let other: Actor;
  let clinician: Actor;
  let admin: Actor;
  const lastNight = addDays(todayIso(), -1);

  beforeAll(async () => {
    handle = await open();
    session.db = handle.db;
    patient = await createActor(handle.db, 'patient');
    other = await createActor(handle.db, 'patient');
    clinician = await createActor(handle.db, 'clinician');
    admin = await createActor(handle.db, 'admin');
    await assignToCareTeam(handle.db, clinician, patient);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('health', async () => {
    const response = await health.GET();
    expect(response.status).toBe(200);
    expect(RESPONSE_SCHEMAS.Health.parse(await response.json())).toEqual({ status: 'ok', database: 'ok' });
  });

  it('patient: diary and profile', async () => {
    const entry = { worst_pain: 8, side: 'left', symptoms: ['chest_pain'], notes: 'Woke twice.' };
    const put = (body: unknown) =>
      call(patient, 'PUT', '/diary-entries/{night}', night.PUT, { params: { night: lastNight }, body });
    expect((await put(entry)).status).toBe(201);
    const replaced = await put({ ...entry, worst_pain: 9 });
    expect(replaced.status).toBe(200);
    expect((replaced.body.flags as Json[])[0]).toMatchObject({ rule_id: 'emergency-chest-or-breathing' });
    expect((await put({ side: 'left' })).status).toBe(422);
    expect((await put('{"worst_pain":')).status).toBe(400);
    expect((await call(patient, 'GET', '/diary-entries', diary.GET, { query: `from=${lastNight}` })).status).toBe(200);
    expect((await call(patient, 'GET', '/diary-entries', diary.GET, { query: 'from=yesterday' })).status).toBe(422);
    expect((await call(clinician, 'GET', '/diary-entries', diary.GET)).status).toBe(403);
    expect((await call(null, 'GET', '/diary-entries', diary.GET)).status).toBe(401);
    expect((await call(patient, 'GET', '/profile', profile.GET)).status).toBe(200);
    const changed = await call(patient, 'PUT', '/profile', profile.PUT, { body: { conditions: ['diabetes'] } });
    expect(changed.body).toMatchObject({ conditions: ['diabetes'] });
  });

  it('clinician: panel, diary, flags and flag actions', async () => {
    const list = await call(clinician, 'GET', '/patients', patients.GET, { query: 'sort=-highest_flag&limit=1' });
    expect(list.body.patients).toEqual([expect.objectContaining({ id: patient.patientId })]);
    expect((await call(clinician, 'GET', '/patients', patients.GET, { query: 'sort=age' })).status).toBe(422);
    const params = { id: patient.patientId! };
    const entries = await call(clinician, 'GET', '/patients/{id}/diary-entries', patientEntries.GET, { params });
    expect(entries.body.entries).toEqual([expect.objectContaining({ version: 2, edited: true })]);
    const flags = await call(clinician, 'GET', '/patients/{id}/flags', patientFlags.GET, {
      params,
      query: 'status=open',
    });
    const flag = (flags.body.flags as Json[]).find((item) => item.rule_id === 'emergency-chest-or-breathing');
    expect(flag).toMatchObject({ status: 'open', history: [expect.objectContaining({ type: 'raised' })] });
    const elsewhere = { id: other.patientId! };
    expect((await call(clinician, 'GET', '/patients/{id}/flags', patientFlags.GET, { params: elsewhere })).status).toBe(
      404,
    );

    const flagParams = { id: String(flag?.id) };
    const acknowledged = await call(clinician, 'POST', '/flags/{id}/acknowledge', acknowledge.POST, {
      params: flagParams,
    });
    expect(acknowledged.body.flag).toMatchObject({ status: 'acknowledged', acknowledged_by: clinician.name });
    expect(
      (await call(clinician, 'POST', '/flags/{id}/acknowledge', acknowledge.POST, { params: flagParams })).status,
    ).toBe(409);
    expect((await call(clinician, 'POST', '/flags/{id}/resolve', resolve.POST, { params: flagParams })).status).toBe(
      422,
    );
    expect(
      (await call(clinician, 'POST', '/flags/{id}/resolve', resolve.POST, { params: flagParams, body: '[' })).status,
    ).toBe(400);
    const resolved = await call(clinician, 'POST', '/flags/{id}/resolve', resolve.POST, {
      params: flagParams,
      body: { note: 'Seen in clinic.' },
    });
    expect(resolved.body.flag).toMatchObject({ status: 'resolved', resolution_note: 'Seen in clinic.' });
    expect((await call(patient, 'POST', '/flags/{id}/resolve', resolve.POST, { params: flagParams })).status).toBe(403);
  });

  it('insights: the patient’s own and a care-team patient’s, in the shape of issue 13', async () => {
    const own = await call(patient, 'GET', '/insights', insights.GET);
    expect(own.status).toBe(200);
    expect(own.body.window).toEqual({ from: addDays(todayIso(), -89), to: todayIso() });
    expect((own.body.comparisons as Json[]).map((c) => c.factor)).toEqual([
      'stretched_before_bed',
      'hydration',
      'long_standing_or_exercise',
      'new_medicine',
    ]);
    const windowed = await call(patient, 'GET', '/insights', insights.GET, {
      query: `from=${lastNight}&to=${lastNight}`,
    });
    expect(windowed.body.window).toEqual({ from: lastNight, to: lastNight });
    for (const query of [
      'from=yesterday',
      'to=2026-02-30',
      'from=2026-03-02&to=2026-03-01',
      'from=0000-01-01',
      'to=9999-01-01',
    ]) {
      const bad = await call(patient, 'GET', '/insights', insights.GET, { query });
      expect(bad.status, query).toBe(422);
    }
    expect((await call(clinician, 'GET', '/insights', insights.GET)).status).toBe(403);
    expect((await call(null, 'GET', '/insights', insights.GET)).status).toBe(401);

    const params = { id: patient.patientId! };
    const theirs = await call(clinician, 'GET', '/patients/{id}/insights', patientInsights.GET, { params });
    expect(theirs.body).toEqual(own.body);
    const path = '/patients/{id}/insights';
    expect((await call(clinician, 'GET', path, patientInsights.GET, { params: { id: other.patientId! } })).status).toBe(
      404,
    );
    expect((await call(clinician, 'GET', path, patientInsights.GET, { params, query: 'to=tomorrow' })).status).toBe(
      422,
    );
    expect((await call(patient, 'GET', path, patientInsights.GET, { params })).status).toBe(403);
    expect((await call(admin, 'GET', path, patientInsights.GET, { params })).status).toBe(403);
  });

  it('experiments: start, 409, 422, abandon, and the care team’s read and start, in the shapes of issue 13', async () => {
    const keys = (value: unknown) => Object.keys(value as Json).sort();
    const start = (actor: Actor | null, body: unknown) =>
      call(actor, 'POST', '/experiments', experimentList.POST, { body });
    const started = await start(patient, { factor: 'stretched_before_bed' });
    expect(started.status).toBe(201);
    const experiment = started.body.experiment as Json;
    expect(keys(experiment)).toEqual(['end_night', 'factor', 'id', 'result', 'start_night', 'status']);
    expect(experiment).toMatchObject({
      factor: 'stretched_before_bed',
      start_night: todayIso(),
      end_night: addDays(todayIso(), 13),
      status: 'running',
      result: null,
    });
    expect((await start(patient, { factor: 'stretched_before_bed' })).status).toBe(409);
    const unknown = await start(patient, { factor: 'yoga' });
    expect(unknown.status).toBe(422);
    expect(keys(unknown.body.fields)).toEqual(['factor']);
    expect((await start(patient, '{"factor":')).status).toBe(400);
    expect((await start(clinician, { factor: 'stretched_before_bed' })).status).toBe(403);
    expect((await start(null, { factor: 'stretched_before_bed' })).status).toBe(401);

    const list = await call(patient, 'GET', '/experiments', experimentList.GET);
    expect(list.body.experiments).toEqual([experiment]);
    const params = { id: String(experiment.id) };
    const path = '/experiments/{id}/abandon';
    expect((await call(other, 'POST', path, abandonExperiment.POST, { params })).status).toBe(404);
    expect((await call(clinician, 'POST', path, abandonExperiment.POST, { params })).status).toBe(403);
    const stopped = await call(patient, 'POST', path, abandonExperiment.POST, { params });
    expect(stopped.status).toBe(200);
    expect(stopped.body.experiment).toMatchObject({ id: experiment.id, status: 'abandoned' });
    expect((await call(patient, 'POST', path, abandonExperiment.POST, { params })).status).toBe(409);

    const team = { id: patient.patientId! };
    const teamPath = '/patients/{id}/experiments';
    const forPatient = await call(clinician, 'POST', teamPath, patientExperiments.POST, {
      params: team,
      body: { factor: 'stretched_before_bed' },
    });
    expect(forPatient.status).toBe(201);
    const theirs = await call(clinician, 'GET', teamPath, patientExperiments.GET, { params: team });
    expect((theirs.body.experiments as Json[]).map((e) => e.status)).toEqual(['running', 'abandoned']);
    const elsewhere = { id: other.patientId! };
    expect((await call(clinician, 'GET', teamPath, patientExperiments.GET, { params: elsewhere })).status).toBe(404);
    expect(
      (
        await call(clinician, 'POST', teamPath, patientExperiments.POST, {
          params: elsewhere,
          body: { factor: 'stretched_before_bed' },
        })
      ).status,
    ).toBe(404);
    expect(
      (await call(clinician, 'POST', teamPath, patientExperiments.POST, { params: team, body: { factor: 'x' } }))
        .status,
    ).toBe(422);
    expect((await call(patient, 'GET', teamPath, patientExperiments.GET, { params: team })).status).toBe(403);
    expect((await call(admin, 'GET', teamPath, patientExperiments.GET, { params: team })).status).toBe(403);
  });

  it('admin: accounts, care teams, audit log and rule statistics', async () => {
    expect((await call(admin, 'GET', '/admin/users', users.GET, { query: 'role=patient&status=active' })).status).toBe(
      200,
    );
    expect((await call(admin, 'GET', '/admin/users', users.GET, { query: 'status=gone' })).status).toBe(422);
    const account = {
      email: `new-${Date.now()}@test.example`,
      name: 'New Patient',
      role: 'patient',
      password: 'a long unusual phrase 91',
    };
    const created = await call(admin, 'POST', '/admin/users', users.POST, { body: account });
    expect(created.status).toBe(201);
    expect((await call(admin, 'POST', '/admin/users', users.POST, { body: account })).status).toBe(409);
    expect((await call(admin, 'POST', '/admin/users', users.POST, { body: [] })).status).toBe(400);
    const user = { id: String(created.body.id) };
    expect(
      (await call(admin, 'POST', '/admin/users/{id}/deactivate', deactivate.POST, { params: user })).body.user,
    ).toMatchObject({ active: false });
    expect(
      (await call(admin, 'POST', '/admin/users/{id}/reactivate', reactivate.POST, { params: user })).body.user,
    ).toMatchObject({ active: true });
    const reset = await call(admin, 'POST', '/admin/users/{id}/password', password.POST, {
      params: user,
      body: { password: 'another odd phrase 73' },
    });
    expect(reset.status).toBe(200);
    expect((await call(admin, 'DELETE', '/admin/users/{id}/mfa', secondFactor.DELETE, { params: user })).body).toEqual({
      ...user,
      had_second_factor: false,
    });
    const self = { id: admin.userId };
    expect((await call(admin, 'DELETE', '/admin/users/{id}/mfa', secondFactor.DELETE, { params: self })).status).toBe(
      403,
    );
    expect((await call(admin, 'POST', '/admin/users/{id}/deactivate', deactivate.POST, { params: self })).status).toBe(
      403,
    );
    expect(
      (await call(admin, 'POST', '/admin/users/{id}/reactivate', reactivate.POST, { params: { id: 'x' } })).status,
    ).toBe(404);

    const pair = { clinicianUserId: clinician.userId, patientId: String(created.body.patient_id) };
    const path = '/admin/care-team/{clinicianUserId}/{patientId}';
    expect((await call(admin, 'PUT', path, careTeam.PUT, { params: pair })).body).toMatchObject({
      assigned: true,
      changed: true,
    });
    expect((await call(admin, 'DELETE', path, careTeam.DELETE, { params: pair })).body).toMatchObject({
      assigned: false,
      changed: true,
    });
    expect(
      (await call(admin, 'PUT', path, careTeam.PUT, { params: { ...pair, clinicianUserId: admin.userId } })).status,
    ).toBe(404);

    // The flag actions of the clinician test above.
    const events = await call(admin, 'GET', '/admin/audit', audit.GET, {
      query: `patientId=${patient.patientId}&action=flag.*`,
    });
    expect(events.body.events).toEqual([
      expect.objectContaining({ action: 'flag.resolve', patient_email: patient.email }),
      expect.objectContaining({ action: 'flag.acknowledge', detail: expect.objectContaining({ tier: 'emergency' }) }),
    ]);
    expect((await call(admin, 'GET', '/admin/audit', audit.GET, { query: 'cursor=abc' })).status).toBe(422);
    expect((await call(admin, 'GET', '/admin/rule-stats', ruleStats.GET, { query: 'period=30' })).status).toBe(200);
    expect((await call(clinician, 'GET', '/admin/rule-stats', ruleStats.GET)).status).toBe(403);
  });

  it('notifications, alert channels, reminders and the delivery log, in the shapes of issue 12', async () => {
    const keys = (value: unknown) => Object.keys(value as Json).sort();
    // An urgent flag for a patient of the clinician's, and the alert the workers would write for it.
    const alerted = await createActor(handle.db, 'patient');
    await assignToCareTeam(handle.db, clinician, alerted);
    const saved = await saveDiaryEntry(handle.db, {
      patientId: alerted.patientId!,
      fields: diaryNight(lastNight, { worst_pain: 5, side: 'left', symptoms: ['calf_swelling', 'calf_warmth'] }),
    });
    const flag = saved.flags[0]!.flag;
    const [alert] = await handle.db
      .insert(notifications)
      .values({
        userId: clinician.userId,
        kind: 'flag_raised',
        flagId: flag.id,
        patientId: alerted.patientId!,
        tier: flag.tier,
      })
      .returning();
    await handle.db.insert(deliveries).values({
      kind: 'flag_raised',
      channel: 'email',
      eventKey: `flag_raised:${flag.id}:${flag.tier}`,
      recipientUserId: clinician.userId,
      flagId: flag.id,
      tier: flag.tier,
      status: 'failed',
      attempts: 5,
      lastError: 'connect ECONNREFUSED',
    });

    const list = await call(clinician, 'GET', '/notifications', notificationList.GET);
    expect(keys(list.body)).toEqual(['notifications', 'unread_count']);
    expect(list.body.unread_count).toBe(1);
    const [first] = list.body.notifications as Json[];
    expect(keys(first)).toEqual(['created_at', 'flag_id', 'id', 'kind', 'patient_id', 'read_at', 'tier']);
    expect(first).toMatchObject({
      id: alert!.id,
      kind: 'flag_raised',
      flag_id: flag.id,
      patient_id: alerted.patientId,
      tier: 'urgent',
      read_at: null,
    });
    const params = { id: alert!.id };
    expect((await call(other, 'POST', '/notifications/{id}/read', markRead.POST, { params })).status).toBe(403);
    const stranger = await createActor(handle.db, 'clinician');
    expect((await call(stranger, 'POST', '/notifications/{id}/read', markRead.POST, { params })).status).toBe(404);
    expect((await call(clinician, 'POST', '/notifications/{id}/read', markRead.POST, { params })).status).toBe(200);
    expect((await call(clinician, 'GET', '/notifications', notificationList.GET)).body.unread_count).toBe(0);
    expect((await call(null, 'GET', '/notifications', notificationList.GET)).status).toBe(401);

    const prefs = await call(clinician, 'GET', '/notification-preferences', preferences.GET);
    expect(keys(prefs.body)).toEqual(['channels', 'routed_tiers']);
    expect(prefs.body.channels).toEqual({
      emergency: ['in_app', 'email'],
      urgent: ['in_app', 'email'],
      soon: [],
      routine: [],
    });
    const changed = await call(clinician, 'PUT', '/notification-preferences', preferences.PUT, {
      body: { channels: { urgent: ['in_app'] } },
    });
    expect((changed.body.channels as Json).urgent).toEqual(['in_app']);
    const refused = await call(clinician, 'PUT', '/notification-preferences', preferences.PUT, {
      body: { channels: { urgent: ['pager'] } },
    });
    expect(refused.status).toBe(422);
    expect(keys(refused.body.fields)).toEqual(['channels']);
    expect((await call(clinician, 'PUT', '/notification-preferences', preferences.PUT, { body: '{' })).status).toBe(
      400,
    );
    expect((await call(patient, 'GET', '/notification-preferences', preferences.GET)).status).toBe(403);

    const reminder = await call(patient, 'GET', '/reminders', reminders.GET);
    expect(keys(reminder.body)).toEqual(['channels', 'enabled', 'quiet_hours', 'time']);
    const wanted = {
      time: '20:30',
      channels: ['email', 'push'],
      quiet_hours: { start: '22:00', end: '07:00' },
      enabled: true,
    };
    expect((await call(patient, 'PUT', '/reminders', reminders.PUT, { body: wanted })).body).toEqual(wanted);
    const invalid = await call(patient, 'PUT', '/reminders', reminders.PUT, {
      body: { time: '25:00', channels: ['fax'], quiet_hours: { start: '22:00', end: '7am' }, enabled: 'yes' },
    });
    expect(invalid.status).toBe(422);
    expect(keys(invalid.body.fields)).toEqual(['channels', 'enabled', 'quiet_hours', 'time']);
    expect((await call(clinician, 'PUT', '/reminders', reminders.PUT, { body: wanted })).status).toBe(403);

    const log = await call(admin, 'GET', '/admin/deliveries', deliveryLog.GET, {
      query: 'status=failed&channel=email',
    });
    expect(keys(log.body)).toEqual(['deliveries', 'next_cursor']);
    const [failed] = log.body.deliveries as Json[];
    expect(keys(failed)).toEqual(['attempts', 'channel', 'created_at', 'id', 'last_error', 'sent_at', 'status']);
    expect(failed).toMatchObject({
      channel: 'email',
      status: 'failed',
      attempts: 5,
      last_error: 'connect ECONNREFUSED',
      sent_at: null,
    });
    expect((await call(admin, 'GET', '/admin/deliveries', deliveryLog.GET, { query: 'status=lost' })).status).toBe(422);
    expect((await call(admin, 'GET', '/admin/deliveries', deliveryLog.GET, { query: 'cursor=abc' })).status).toBe(422);
    expect((await call(clinician, 'GET', '/admin/deliveries', deliveryLog.GET)).status).toBe(403);
  });
});
