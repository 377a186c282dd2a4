import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './support/accounts';
import { signInViaApi } from './support/sign-in';

/**
 * Demo patients that only the patient suites write to, so other suites'
 * expectations about the shared demo data hold. All are benign-cramp or
 * otherwise quiet patients; none is used by the sign-in throttling test.
 */
export const PATIENT_SUITE_ACCOUNTS = {
  diaryFlow: 'patient027@example.org',
  emergency: 'patient035@example.org',
  draft: 'patient019@example.org',
  profile: 'patient011@example.org',
  apiDiary: 'patient043@example.org',
  apiProfile: 'patient003@example.org',
  /** Starts and stops a two-week experiment (e2e/experiments.spec.ts). */
  experiment: 'patient041@example.org',
} as const;

/** Signs a browser page (and its request context) in as a demo account. */
export async function signInAs(target: Page | APIRequestContext, email: string): Promise<void> {
  const request = 'request' in target ? target.request : target;
  const location = await signInViaApi(request, email, DEMO_PASSWORD);
  expect(location, `sign-in as ${email}`).not.toContain('error=');
}

/** Today and nearby nights in the server's zone (tests and server share the machine). */
export function isoDay(offsetDays = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Fails on any serious or critical axe violation, listing what and where. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** The nights a patient has recorded, via the API. */
export async function recordedNights(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/api/v1/diary-entries');
  expect(response.status()).toBe(200);
  const { entries } = (await response.json()) as { entries: Array<{ night_of: string }> };
  return entries.map((entry) => entry.night_of);
}
