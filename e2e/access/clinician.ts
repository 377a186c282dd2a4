import fs from 'node:fs';
import path from 'node:path';
import type { SeededIds } from '../support/accounts';
import { PAGE_OWNED_BY } from './foundation';
import type { AccessCase, Outcome } from './types';

type Ids = Record<string, SeededIds>;

const patientOf = (email: string) => (ids: Ids) => ids[email]?.patientId ?? 'missing-seed-id';
const patient1 = patientOf('patient@example.org');
const patient2 = patientOf('patient2@example.org');
const MISSING = '00000000-0000-4000-8000-000000000000';

/** A resolved flag on the clinician's team (written by the e2e server): acting on it changes nothing. */
function resolvedFlagOf(clinicianEmail: string): string {
  const file = path.join('.test-data', 'e2e', 'resolved-flags.json');
  const flags = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  return flags[clinicianEmail] ?? MISSING;
}

/**
 * The URL of a flag action on a team's resolved flag. `why` only names the
 * case: the matrix titles its tests with the path function's source text.
 */
function onResolvedFlag(clinicianEmail: string, action: 'acknowledge' | 'resolve', why: string): string {
  void why;
  return `/api/v1/flags/${resolvedFlagOf(clinicianEmail)}/${action}`;
}

/** A clinician page or endpoint about one patient: only that patient's care team sees it. */
function teamOnly(team: 'clinician' | 'clinician2', page: boolean): Record<string, Outcome> {
  return {
    anonymous: page ? 'login' : 401,
    patient: 403,
    patient2: 403,
    clinician: team === 'clinician' ? 200 : 404,
    clinician2: team === 'clinician2' ? 200 : 404,
    admin: 403,
  };
}

/** The same answer for both clinicians; the usual refusals for everyone else. */
function clinicians(status: number, page = false): AccessCase['expect'] {
  return {
    anonymous: page ? 'login' : 401,
    patient: 403,
    patient2: 403,
    clinician: status,
    clinician2: status,
    admin: 403,
  };
}

const API = clinicians(200);

/** The clinician dashboard: worklist, patient table, patient page, and their API. */
export const clinicianCases: AccessCase[] = [
  // Pages. Malformed filters fall back to defaults instead of failing.
  { path: '/clinician?tier=severe&status=x&rule=nope&page=-3', expect: PAGE_OWNED_BY('clinician') },
  { path: '/clinician/patients', expect: PAGE_OWNED_BY('clinician') },
  {
    path: '/clinician/patients?sort=password_hash&dir=up&flag=x&trend=y&page=0&size=9999',
    expect: PAGE_OWNED_BY('clinician'),
  },
  { path: (ids) => `/clinician/patients/${patient1(ids)}`, expect: teamOnly('clinician', true) },
  { path: (ids) => `/clinician/patients/${patient1(ids)}?range=7`, expect: teamOnly('clinician', true) },
  { path: (ids) => `/clinician/patients/${patient2(ids)}`, expect: teamOnly('clinician2', true) },
  { path: `/clinician/patients/${MISSING}`, expect: clinicians(404, true) },
  { path: '/clinician/patients/not-a-uuid', expect: clinicians(404, true) },

  // Patients API.
  { path: '/api/v1/patients', expect: API },
  { path: '/api/v1/patients?query=example&sort=-highest_flag&limit=5', expect: API },
  { path: '/api/v1/patients?sort=password_hash', expect: clinicians(422) },
  { path: (ids) => `/api/v1/patients/${patient1(ids)}/diary-entries`, expect: teamOnly('clinician', false) },
  { path: (ids) => `/api/v1/patients/${patient2(ids)}/diary-entries`, expect: teamOnly('clinician2', false) },
  { path: (ids) => `/api/v1/patients/${patient1(ids)}/diary-entries?from=2026-02-30`, expect: clinicians(422) },
  { path: (ids) => `/api/v1/patients/${patient1(ids)}/flags`, expect: teamOnly('clinician', false) },
  {
    path: (ids) => `/api/v1/patients/${patient2(ids)}/flags?status=open,acknowledged`,
    expect: teamOnly('clinician2', false),
  },
  { path: `/api/v1/patients/${MISSING}/flags`, expect: clinicians(404) },
  { path: (ids) => `/api/v1/patients/${patient1(ids)}/insights`, expect: teamOnly('clinician', false) },
  {
    path: (ids) => `/api/v1/patients/${patient2(ids)}/insights?from=2026-01-01`,
    expect: teamOnly('clinician2', false),
  },
  { path: (ids) => `/api/v1/patients/${patient1(ids)}/insights?to=9999-01-01`, expect: clinicians(422) },
  { path: '/api/v1/patients/not-a-uuid/diary-entries', expect: clinicians(404) },

  // Two-week experiments: the team reads them; a start with an unknown factor changes nothing, and the
  // team check comes before the factor, so an outsider gets 404, never 422.
  { path: (ids) => `/api/v1/patients/${patient1(ids)}/experiments`, expect: teamOnly('clinician', false) },
  { path: (ids) => `/api/v1/patients/${patient2(ids)}/experiments`, expect: teamOnly('clinician2', false) },
  { path: `/api/v1/patients/${MISSING}/experiments`, expect: clinicians(404) },
  {
    method: 'POST',
    path: (ids) => `/api/v1/patients/${patient1(ids)}/experiments`,
    body: { factor: 'yoga' },
    expect: { ...clinicians(422), clinician2: 404 },
  },
  {
    method: 'POST',
    path: (ids) => `/api/v1/patients/${patient2(ids)}/experiments`,
    body: { factor: 'yoga' },
    expect: { ...clinicians(422), clinician: 404 },
  },
  {
    method: 'POST',
    path: `/api/v1/patients/${MISSING}/experiments`,
    body: { factor: 'stretched_before_bed' },
    expect: clinicians(404),
  },

  // Flag actions, on resolved flags so nothing changes: 409 for the team, 404 for anyone else.
  {
    method: 'POST',
    path: () => onResolvedFlag('clinician@example.org', 'acknowledge', 'already resolved'),
    expect: { ...clinicians(409), clinician2: 404 },
  },
  {
    method: 'POST',
    path: () => onResolvedFlag('clinician2@example.org', 'acknowledge', 'already resolved'),
    expect: { ...clinicians(409), clinician: 404 },
  },
  {
    method: 'POST',
    path: () => onResolvedFlag('clinician@example.org', 'resolve', 'with a note'),
    body: { note: 'Already handled.' },
    expect: { ...clinicians(409), clinician2: 404 },
  },
  // The team check comes before the note: an outsider learns nothing from a 422.
  {
    method: 'POST',
    path: () => onResolvedFlag('clinician@example.org', 'resolve', 'empty note'),
    body: { note: '' },
    expect: { ...clinicians(422), clinician2: 404 },
  },
  {
    method: 'POST',
    path: () => onResolvedFlag('clinician2@example.org', 'resolve', 'note not text'),
    body: { note: 42 },
    expect: clinicians(422),
  },
  {
    method: 'POST',
    path: () => onResolvedFlag('clinician@example.org', 'resolve', 'malformed JSON'),
    body: '{"note": ',
    expect: clinicians(400),
  },
  { method: 'POST', path: `/api/v1/flags/${MISSING}/acknowledge`, expect: clinicians(404) },
  { method: 'POST', path: '/api/v1/flags/not-a-uuid/resolve', body: { note: 'x' }, expect: clinicians(404) },
];
