import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as auditCsv from '@/app/(admin)/admin/audit/export.csv/route';
import * as audit from '@/app/api/v1/admin/audit/route';
import * as users from '@/app/api/v1/admin/users/route';
import * as night from '@/app/api/v1/diary-entries/[night]/route';
import * as diary from '@/app/api/v1/diary-entries/route';
import * as resolve from '@/app/api/v1/flags/[id]/resolve/route';
import * as patients from '@/app/api/v1/patients/route';
import * as profile from '@/app/api/v1/profile/route';
import { auditEvents } from '@/db/schema';
import type { Database, DatabaseHandle } from '@/db/types';
import { NextRequest } from 'next/server';
import type { Actor } from '../dal/actor';
import { addDays } from '../rules';
import { callRoute } from '../testing/call-route';
import { assignToCareTeam, createActor } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';

// The attacks of issue 11 ("hostile input gets a 500", "the audit log leaks"), against the real handlers.
const session = vi.hoisted(() => ({ db: undefined as Database | undefined, actor: null as Actor | null }));
vi.mock('@/db/client', () => ({ getDb: async () => session.db }));
vi.mock('@/lib/dal/session', async () =>
  (await import('@/lib/testing/session-mock')).sessionModuleFor(() => session.actor),
);

const NUL = 'before\u0000after';
const LONE_SURROGATE = 'before\uD800after';

describe.each(testDatabases())('hostile input on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let patient: Actor;
  let clinician: Actor;
  let admin: Actor;
  const lastNight = addDays(todayIso(), -1);
  const as = (actor: Actor) => {
    session.actor = actor;
  };

  beforeAll(async () => {
    handle = await open();
    session.db = handle.db;
    patient = await createActor(handle.db, 'patient');
    clinician = await createActor(handle.db, 'clinician');
    admin = await createActor(handle.db, 'admin');
    await assignToCareTeam(handle.db, clinician, patient);
  });
  afterAll(async () => {
    await handle.close();
  });

  it.each([
    ['a NUL character', NUL],
    ['a lone surrogate', LONE_SURROGATE],
  ])('refuses %s in a diary note with 422 naming the field, and keeps the saved night', async (_, notes) => {
    as(patient);
    const path = `/diary-entries/${lastNight}`;
    const saved = await callRoute(night.PUT, 'PUT', path, {
      params: { night: lastNight },
      body: { worst_pain: 2, side: 'left', notes: 'first' },
    });
    expect(saved.status).toBeLessThan(300);
    const hostile = await callRoute(night.PUT, 'PUT', path, {
      params: { night: lastNight },
      body: { worst_pain: 9, side: 'right', notes },
    });
    expect(hostile).toMatchObject({ status: 422, body: { fields: { notes: expect.any(String) } } });
    const list = await callRoute(diary.GET, 'GET', '/diary-entries', { query: `from=${lastNight}` });
    expect(list.body.entries).toEqual([expect.objectContaining({ worst_pain: 2, side: 'left', notes: 'first' })]);
  });

  it('refuses a NUL character in a profile field name with 422', async () => {
    as(patient);
    const answer = await callRoute(profile.PUT, 'PUT', '/profile', { body: { [`sex${NUL}`]: 'female' } });
    expect(answer.status).toBe(422);
  });

  it('answers a NUL character in a search with 422, not 500', async () => {
    as(clinician);
    const answer = await callRoute(patients.GET, 'GET', '/patients', { query: 'query=a%00b' });
    expect(answer).toMatchObject({ status: 422, body: { fields: { query: expect.any(String) } } });
    as(admin);
    const accounts = await callRoute(users.GET, 'GET', '/admin/users', { query: 'query=a%00b' });
    expect(accounts).toMatchObject({ status: 422, body: { fields: { query: expect.any(String) } } });
  });

  it('refuses a NUL character in an account name with 422', async () => {
    as(admin);
    const answer = await callRoute(users.POST, 'POST', '/admin/users', {
      body: { email: 'nul@test.example', name: NUL, role: 'patient', password: 'a long unusual phrase 91' },
    });
    expect(answer).toMatchObject({ status: 422, body: { fields: { name: expect.any(String) } } });
  });

  it('answers from=0000-01-01 on the diary API with 422', async () => {
    as(patient);
    const answer = await callRoute(diary.GET, 'GET', '/diary-entries', { query: 'from=0000-01-01' });
    expect(answer).toMatchObject({ status: 422, body: { fields: { from: expect.any(String) } } });
  });

  it('answers to=9999-12-31 on the audit API with 422', async () => {
    as(admin);
    const answer = await callRoute(audit.GET, 'GET', '/admin/audit', { query: 'to=9999-12-31' });
    expect(answer).toMatchObject({ status: 422, body: { fields: { to: expect.any(String) } } });
    expect((await callRoute(audit.GET, 'GET', '/admin/audit', { query: 'to=9998-12-31' })).status).toBe(200);
  });

  it('refuses a NUL character in a flag note with 422 naming the note', async () => {
    as(patient);
    await callRoute(night.PUT, 'PUT', `/diary-entries/${lastNight}`, {
      params: { night: lastNight },
      body: { worst_pain: 8, side: 'left', symptoms: ['chest_pain'] },
    });
    as(clinician);
    const flagId = await openFlagId();
    const answer = await callRoute(resolve.POST, 'POST', `/flags/${flagId}/resolve`, {
      params: { id: flagId },
      body: { note: NUL },
    });
    expect(answer).toMatchObject({ status: 422, body: { fields: { note: expect.any(String) } } });
  });

  it('never shows a flag note in the audit log, its API or its CSV: only that a note was written', async () => {
    const note = 'Patient disclosed a private matter on the phone.';
    as(clinician);
    const flagId = await openFlagId();
    const resolved = await callRoute(resolve.POST, 'POST', `/flags/${flagId}/resolve`, {
      params: { id: flagId },
      body: { note },
    });
    expect(resolved.status).toBe(200);
    // A row written before this change, holding the text itself.
    await handle.db.insert(auditEvents).values({
      action: 'flag.resolve',
      patientId: patient.patientId,
      detail: { rule_id: 'x', note: 'An older private note.' },
    });

    as(admin);
    const api = await callRoute(audit.GET, 'GET', '/admin/audit', {
      query: `patientId=${patient.patientId}&action=flag.resolve`,
    });
    const text = JSON.stringify(api.body);
    expect(text).not.toContain('private');
    expect(api.body.events).toEqual([
      expect.objectContaining({
        detail: expect.objectContaining({ note_characters: 'An older private note.'.length }),
      }),
      expect.objectContaining({ detail: expect.objectContaining({ note_characters: note.length }) }),
    ]);
    const csv = await auditCsv.GET(
      new NextRequest(`http://localhost/admin/audit/export.csv?patient=${patient.patientId}`),
    );
    const body = await csv.text();
    expect(body).toContain('note_characters');
    expect(body).not.toContain('private');
  });

  async function openFlagId(): Promise<string> {
    const { listPatientFlags } = await import('../dal/flags');
    const list = await listPatientFlags(handle.db, clinician, patient.patientId!, { statuses: ['open'] });
    const flag = list.find((item) => item.rule_id === 'emergency-chest-or-breathing');
    if (!flag) throw new Error('no open flag');
    return flag.id;
  }
});
