import { expect, request, type APIRequestContext } from '@playwright/test';
import { storageStateFor, type Persona } from './support/accounts';

/** A strong password that is on no list, for accounts the admin suites create. */
export const NEW_PASSWORD = 'copper lantern drifts east';

/** An API client signed in as a demo persona. */
export function apiAs(persona: Persona, baseURL: string | undefined): Promise<APIRequestContext> {
  return request.newContext({ baseURL, storageState: storageStateFor(persona) });
}

/** A unique, recognisable email for an account a test creates. */
export function uniqueEmail(label: string): string {
  return `e2e-${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
}

/** Creates an account through the admin API and returns its ids. */
export async function createAccount(
  admin: APIRequestContext,
  account: { email: string; name: string; role: 'patient' | 'clinician' | 'admin'; password?: string },
): Promise<{ id: string; patient_id: string | null }> {
  const response = await admin.post('/api/v1/admin/users', { data: { password: NEW_PASSWORD, ...account } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; patient_id: string | null };
}

/**
 * Whether a clinician's own patient list (docs/contract.md, "JSON API"; built in the clinician
 * area) includes a patient. Null while that endpoint does not exist yet.
 */
export async function clinicianListsPatient(clinician: APIRequestContext, email: string): Promise<boolean | null> {
  const response = await clinician.get(`/api/v1/patients?query=${encodeURIComponent(email)}`);
  if (response.status() === 404) return null;
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { patients: { email: string }[] };
  return body.patients.some((patient) => patient.email === email);
}
