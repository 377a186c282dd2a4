import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as audit from '@/app/api/v1/admin/audit/route';
import * as careTeam from '@/app/api/v1/admin/care-team/[clinicianUserId]/[patientId]/route';
import * as deliveries from '@/app/api/v1/admin/deliveries/route';
import * as ruleStats from '@/app/api/v1/admin/rule-stats/route';
import * as deactivate from '@/app/api/v1/admin/users/[id]/deactivate/route';
import * as password from '@/app/api/v1/admin/users/[id]/password/route';
import * as users from '@/app/api/v1/admin/users/route';
import * as night from '@/app/api/v1/diary-entries/[night]/route';
import * as diary from '@/app/api/v1/diary-entries/route';
import * as insights from '@/app/api/v1/insights/route';
import * as acknowledge from '@/app/api/v1/flags/[id]/acknowledge/route';
import * as resolve from '@/app/api/v1/flags/[id]/resolve/route';
import * as preferences from '@/app/api/v1/notification-preferences/route';
import * as readNotification from '@/app/api/v1/notifications/[id]/read/route';
import * as patientEntries from '@/app/api/v1/patients/[id]/diary-entries/route';
import * as patientFlags from '@/app/api/v1/patients/[id]/flags/route';
import * as patientInsights from '@/app/api/v1/patients/[id]/insights/route';
import * as patients from '@/app/api/v1/patients/route';
import * as profile from '@/app/api/v1/profile/route';
import * as reminders from '@/app/api/v1/reminders/route';
import type { Database, DatabaseHandle } from '@/db/types';
import type { Actor } from '../dal/actor';
import { addDays } from '../rules';
import { callRoute, type RouteHandler } from '../testing/call-route';
import { assignToCareTeam, createActor } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';

// Property-based: whatever arrives in a body, a query string or a path, the API answers below 500,
// and a refused request (4xx) leaves every saved row as it was. Runs on PGlite, bounded in time.
const session = vi.hoisted(() => ({ db: undefined as Database | undefined, actor: null as Actor | null }));
vi.mock('@/db/client', () => ({ getDb: async () => session.db }));
vi.mock('@/lib/dal/session', async () =>
  (await import('@/lib/testing/session-mock')).sessionModuleFor(() => session.actor),
);

/** Tables a refused request may still write to: the audit log (and nothing else). */
const MAY_CHANGE_ON_REFUSAL = new Set(['audit_events']);
const RUNS = 30;
/** Per endpoint: the whole file stays within a few seconds on a busy machine. */
const TIME_LIMIT_MS = 300;

const awkwardChar = fc.oneof(
  fc.constantFrom('\u0000', '\uD800', '\uDFFF', '%', '_', '\\', "'", '"', '*', '-', ' ', '\u202E', '0', '9'),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
);
const hostileString = fc.oneof(
  fc.string({ unit: awkwardChar, maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('0000-01-01', '9999-12-31', '10000-01-01', '2026-02-30', '-1', '1e309', 'NaN', 'null', '[]', '{}'),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.string({ maxLength: 2000 }).map((s) => s.repeat(3)),
);
const hostileScalar = fc.oneof(
  hostileString,
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const hostileValue = fc.oneof(
  { depthSize: 'small' },
  hostileScalar,
  fc.array(hostileScalar, { maxLength: 4 }),
  fc.dictionary(hostileString, hostileScalar, { maxKeys: 3 }),
);

/** A body shaped like the real one, with some fields hostile, or anything at all. */
function bodyFor(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.record(Object.fromEntries(keys.map((key) => [key, fc.oneof(fc.constant(valid[key]), hostileValue)])), {
      requiredKeys: [],
    }),
    fc.jsonValue().map((value) => JSON.stringify(value)),
    fc.string({ unit: awkwardChar, maxLength: 40 }),
    fc.dictionary(hostileString, hostileValue, { maxKeys: 4 }),
  );
}

/** A query string over the real parameter names (and one stray), values hostile, sometimes raw-encoded. */
function queryFor(names: string[]) {
  return fc
    .tuple(
      fc.dictionary(fc.constantFrom(...names, 'stray'), hostileString, { maxKeys: names.length }),
      fc.constantFrom('', '&from=%00', '&cursor=%FF%FE', '&query=%ED%A0%80', '&limit=%2B1'),
    )
    .map(([values, raw]) => new URLSearchParams(values).toString() + raw);
}

interface Endpoint {
  name: string;
  actor: () => Actor;
  method: string;
  handler: RouteHandler;
  path: fc.Arbitrary<Record<string, string>>;
  query?: string[];
  body?: Record<string, unknown>;
}

describe.each(testDatabases().filter((database) => database.name === 'pglite'))(
  'no 5xx for any input on $name',
  ({ open }) => {
    let handle: DatabaseHandle;
    let patient: Actor;
    let clinician: Actor;
    let admin: Actor;
    const lastNight = addDays(todayIso(), -1);

    beforeAll(async () => {
      handle = await open();
      session.db = handle.db;
      patient = await createActor(handle.db, 'patient');
      clinician = await createActor(handle.db, 'clinician');
      admin = await createActor(handle.db, 'admin');
      await assignToCareTeam(handle.db, clinician, patient);
      session.actor = patient;
      await callRoute(night.PUT, 'PUT', `/diary-entries/${lastNight}`, {
        params: { night: lastNight },
        body: { worst_pain: 8, side: 'left', symptoms: ['chest_pain'] },
      });
    });
    afterAll(async () => {
      await handle.close();
    });

    const idOr = (real: () => string) =>
      fc.oneof(
        fc.constant(null).map(() => real()),
        hostileString,
      );
    const none = fc.constant({});
    const endpoints = (): Endpoint[] => [
      {
        name: 'GET /diary-entries',
        actor: () => patient,
        method: 'GET',
        handler: diary.GET,
        path: none,
        query: ['from', 'to'],
      },
      {
        name: 'GET /insights',
        actor: () => patient,
        method: 'GET',
        handler: insights.GET,
        path: none,
        query: ['from', 'to'],
      },
      {
        name: 'PUT /diary-entries/{night}',
        actor: () => patient,
        method: 'PUT',
        handler: night.PUT,
        path: fc.record({ night: fc.oneof(fc.constant(lastNight), hostileString) }),
        body: {
          night_of: lastNight,
          worst_pain: 3,
          side: 'left',
          episodes: 1,
          patterns: ['sudden_cramp'],
          notes: 'ok',
          sleep_quality: 3,
        },
      },
      {
        name: 'PUT /profile',
        actor: () => patient,
        method: 'PUT',
        handler: profile.PUT,
        path: none,
        body: {
          date_of_birth: '1970-01-01',
          sex: 'female',
          conditions: ['diabetes'],
          pregnancy_due_date: null,
          medicines: [],
        },
      },
      {
        name: 'PUT /reminders',
        actor: () => patient,
        method: 'PUT',
        handler: reminders.PUT,
        path: none,
        body: { enabled: true, time: '21:00', channel: 'email' },
      },
      {
        name: 'GET /patients',
        actor: () => clinician,
        method: 'GET',
        handler: patients.GET,
        path: none,
        query: ['query', 'sort', 'cursor', 'limit', 'flag', 'trend'],
      },
      {
        name: 'GET /patients/{id}/diary-entries',
        actor: () => clinician,
        method: 'GET',
        handler: patientEntries.GET,
        path: fc.record({ id: idOr(() => patient.patientId!) }),
        query: ['from', 'to'],
      },
      {
        name: 'GET /patients/{id}/flags',
        actor: () => clinician,
        method: 'GET',
        handler: patientFlags.GET,
        path: fc.record({ id: idOr(() => patient.patientId!) }),
        query: ['status'],
      },
      {
        name: 'GET /patients/{id}/insights',
        actor: () => clinician,
        method: 'GET',
        handler: patientInsights.GET,
        path: fc.record({ id: idOr(() => patient.patientId!) }),
        query: ['from', 'to'],
      },
      {
        name: 'POST /flags/{id}/acknowledge',
        actor: () => clinician,
        method: 'POST',
        handler: acknowledge.POST,
        path: fc.record({ id: hostileString }),
        body: { note: 'seen' },
      },
      {
        name: 'POST /flags/{id}/resolve',
        actor: () => clinician,
        method: 'POST',
        handler: resolve.POST,
        path: fc.record({ id: hostileString }),
        body: { note: 'done' },
      },
      {
        name: 'POST /notifications/{id}/read',
        actor: () => clinician,
        method: 'POST',
        handler: readNotification.POST,
        path: fc.record({ id: hostileString }),
      },
      {
        name: 'PUT /notification-preferences',
        actor: () => clinician,
        method: 'PUT',
        handler: preferences.PUT,
        path: none,
        body: { channels: { emergency: ['in_app', 'email'] } },
      },
      {
        name: 'GET /admin/users',
        actor: () => admin,
        method: 'GET',
        handler: users.GET,
        path: none,
        query: ['role', 'status', 'query', 'cursor'],
      },
      {
        name: 'POST /admin/users',
        actor: () => admin,
        method: 'POST',
        handler: users.POST,
        path: none,
        body: {
          email: 'someone@test.example',
          name: 'Some One',
          role: 'clinician',
          password: 'a long unusual phrase 91',
        },
      },
      {
        name: 'POST /admin/users/{id}/password',
        actor: () => admin,
        method: 'POST',
        handler: password.POST,
        path: fc.record({ id: idOr(() => clinician.userId) }),
        body: { password: 'another odd phrase 73' },
      },
      {
        name: 'POST /admin/users/{id}/deactivate',
        actor: () => admin,
        method: 'POST',
        handler: deactivate.POST,
        path: fc.record({ id: hostileString }),
      },
      {
        name: 'PUT /admin/care-team/{c}/{p}',
        actor: () => admin,
        method: 'PUT',
        handler: careTeam.PUT,
        path: fc.record({ clinicianUserId: idOr(() => clinician.userId), patientId: hostileString }),
      },
      {
        name: 'DELETE /admin/care-team/{c}/{p}',
        actor: () => admin,
        method: 'DELETE',
        handler: careTeam.DELETE,
        path: fc.record({ clinicianUserId: hostileString, patientId: idOr(() => patient.patientId!) }),
      },
      {
        name: 'GET /admin/audit',
        actor: () => admin,
        method: 'GET',
        handler: audit.GET,
        path: none,
        query: ['patientId', 'actorId', 'action', 'from', 'to', 'cursor'],
      },
      {
        name: 'GET /admin/deliveries',
        actor: () => admin,
        method: 'GET',
        handler: deliveries.GET,
        path: none,
        query: ['status', 'channel', 'cursor'],
      },
      {
        name: 'GET /admin/rule-stats',
        actor: () => admin,
        method: 'GET',
        handler: ruleStats.GET,
        path: none,
        query: ['period'],
      },
    ];

    it.each(endpoints().map((endpoint) => [endpoint.name, endpoint] as const))('%s', async (_, endpoint) => {
      const request = fc.record({
        params: endpoint.path,
        query: endpoint.query ? queryFor(endpoint.query) : fc.constant(''),
        body: endpoint.body ? bodyFor(endpoint.body) : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ params, query, body }) => {
          session.actor = endpoint.actor();
          const before = await savedState(handle.db);
          // A URL cannot carry a lone surrogate; the handler still gets the raw value as its param.
          const path = `/${Object.values(params)
            .map((value) => encodeURIComponent(value.toWellFormed()))
            .join('/')}`;
          const answer = await callRoute(endpoint.handler, endpoint.method, path, { params, query, body });
          expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
          if (answer.status >= 400) expect(await savedState(handle.db)).toEqual(before);
        }),
        { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
      );
    });
  },
);

/** A digest of every table's rows (those a refusal must not touch), to compare before and after a request. */
async function savedState(db: Database): Promise<Record<string, string>> {
  tableNames ??= rowsOf<{ name: string }>(
    await db.execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    ),
  )
    .map((row) => row.name)
    .filter((table) => !MAY_CHANGE_ON_REFUSAL.has(table));
  const digests = sql.join(
    tableNames.map(
      (name) =>
        sql`select ${name}::text as name, (select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from ${sql.identifier(name)} t) as digest`,
    ),
    sql` union all `,
  );
  const rows = rowsOf<{ name: string; digest: string }>(await db.execute(digests));
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}
let tableNames: string[] | undefined;

/** postgres.js answers an array, PGlite an object with `rows`. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}
