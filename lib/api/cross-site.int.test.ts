import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as night from '@/app/api/v1/diary-entries/[night]/route';
import * as diary from '@/app/api/v1/diary-entries/route';
import * as resolve from '@/app/api/v1/flags/[id]/resolve/route';
import * as patientFlags from '@/app/api/v1/patients/[id]/flags/route';
import * as profile from '@/app/api/v1/profile/route';
import type { Database, DatabaseHandle } from '@/db/types';
import type { Actor } from '../dal/actor';
import { addDays } from '../rules';
import { callRoute, type RouteHandler } from '../testing/call-route';
import { assignToCareTeam, createActor } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';

// Issue 11, "cross-site writes": a `text/plain` PUT from a foreign Origin saved a diary night (201),
// and the same resolved a flag; a browser sends both from any page without a CORS preflight.
const session = vi.hoisted(() => ({ db: undefined as Database | undefined, actor: null as Actor | null }));
vi.mock('@/db/client', () => ({ getDb: async () => session.db }));
vi.mock('@/lib/dal/session', async () =>
  (await import('@/lib/testing/session-mock')).sessionModuleFor(() => session.actor),
);

const SITE = 'http://localhost';
const EVIL = 'https://evil.example';

/** A request as a browser would send it, headers and all. */
async function send(
  handler: RouteHandler,
  method: string,
  path: string,
  options: { params: Record<string, string>; body?: string; headers: Record<string, string> },
) {
  const request = new NextRequest(`${SITE}/api/v1${path}`, { method, body: options.body, headers: options.headers });
  const response = await handler(request, { params: Promise.resolve(options.params as never) });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
    headers: response.headers,
  };
}

describe.each(testDatabases())('cross-site writes on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let patient: Actor;
  let clinician: Actor;
  const lastNight = addDays(todayIso(), -1);
  const nightBody = JSON.stringify({ worst_pain: 8, side: 'left', symptoms: ['chest_pain'], notes: 'forged' });

  const savedNights = async () => {
    session.actor = patient;
    return (await callRoute(diary.GET, 'GET', '/diary-entries', { query: `from=${addDays(lastNight, -3)}` })).body
      .entries;
  };
  const flagsOf = async () => {
    session.actor = clinician;
    const answer = await callRoute(patientFlags.GET, 'GET', `/patients/${patient.patientId}/flags`, {
      params: { id: patient.patientId! },
    });
    return answer.body.flags as Array<{ id: string; status: string }>;
  };

  beforeAll(async () => {
    handle = await open();
    session.db = handle.db;
    patient = await createActor(handle.db, 'patient');
    clinician = await createActor(handle.db, 'clinician');
    await assignToCareTeam(handle.db, clinician, patient);
  });
  afterAll(async () => {
    await handle.close();
  });

  it.each([
    ['a text/plain PUT from a foreign Origin', { origin: EVIL, 'content-type': 'text/plain;charset=UTF-8' }, 403],
    ['a JSON PUT from a foreign Origin', { origin: EVIL, 'content-type': 'application/json' }, 403],
    [
      'a PUT with Sec-Fetch-Site: cross-site',
      { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      403,
    ],
    ['a text/plain PUT from this site', { origin: SITE, 'content-type': 'text/plain;charset=UTF-8' }, 415],
    ['a form-encoded PUT with no Origin', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
  ])('refuses %s of a diary night, and saves nothing', async (_, headers, status) => {
    session.actor = patient;
    const answer = await send(night.PUT, 'PUT', `/diary-entries/${lastNight}`, {
      params: { night: lastNight },
      body: nightBody,
      headers,
    });
    expect(answer.status).toBe(status);
    expect(Object.keys(answer.body)).toEqual(['error']);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await savedNights()).toEqual([]);
    expect(await flagsOf()).toEqual([]);
  });

  it('saves the same night sent as JSON from this site (201), which raises a flag', async () => {
    session.actor = patient;
    const answer = await send(night.PUT, 'PUT', `/diary-entries/${lastNight}`, {
      params: { night: lastNight },
      body: nightBody,
      headers: { origin: SITE, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await savedNights()).toHaveLength(1);
    expect(await flagsOf()).toEqual([expect.objectContaining({ status: 'open' })]);
  });

  it.each([
    ['a text/plain POST from a foreign Origin', { origin: EVIL, 'content-type': 'text/plain;charset=UTF-8' }, 403],
    ['a bodyless-looking POST from a foreign Origin', { origin: EVIL }, 403],
    ['a text/plain POST from this site', { origin: SITE, 'content-type': 'text/plain;charset=UTF-8' }, 415],
  ])('refuses %s resolving a flag, and the flag stays open', async (_, headers, status) => {
    const [flag] = await flagsOf();
    session.actor = clinician;
    const answer = await send(resolve.POST, 'POST', `/flags/${flag!.id}/resolve`, {
      params: { id: flag!.id },
      body: JSON.stringify({ note: 'forged' }),
      headers,
    });
    expect(answer.status).toBe(status);
    expect(await flagsOf()).toEqual([expect.objectContaining({ id: flag!.id, status: 'open' })]);
  });

  it('resolves the flag from this site with JSON', async () => {
    const [flag] = await flagsOf();
    session.actor = clinician;
    const answer = await send(resolve.POST, 'POST', `/flags/${flag!.id}/resolve`, {
      params: { id: flag!.id },
      body: JSON.stringify({ note: 'Called the patient.' }),
      headers: { origin: SITE, 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(200);
    expect(await flagsOf()).toEqual([expect.objectContaining({ id: flag!.id, status: 'resolved' })]);
  });

  it('marks reads no-store too', async () => {
    session.actor = patient;
    const request = new NextRequest(`${SITE}/api/v1/profile`);
    const response = await (profile.GET as RouteHandler)(request, { params: Promise.resolve({} as never) });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
