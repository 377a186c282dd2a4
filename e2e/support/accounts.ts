import fs from 'node:fs';
import path from 'node:path';

export const DEMO_PASSWORD = 'calfwatch-demo';

/** The demo sign-ins the suites act as; `anonymous` has no session. */
export const PERSONAS = {
  patient: 'patient@example.org',
  patient2: 'patient2@example.org',
  clinician: 'clinician@example.org',
  clinician2: 'clinician2@example.org',
  admin: 'admin@example.org',
} as const;
export type Persona = keyof typeof PERSONAS;
export type Visitor = Persona | 'anonymous';

/** Saved session for a persona, written by global setup. */
export function storageStateFor(persona: Persona): string {
  return path.join('.test-data', 'e2e', 'auth', `${persona}.json`);
}

export interface SeededIds {
  userId: string;
  patientId: string | null;
}

/** Ids of the seeded demo records, written by the e2e server before it starts. */
export function seededIds(): Record<string, SeededIds> {
  return JSON.parse(fs.readFileSync(path.join('.test-data', 'e2e', 'ids.json'), 'utf8')) as Record<string, SeededIds>;
}
