import { expect, test, type APIResponse } from '@playwright/test';
import { PANEL_CSV_HEADER, PATIENT_CSV_HEADER } from '../lib/export/diary-csv';
import { parseCsv } from '../lib/export/test-data';
import { seededIds, storageStateFor } from './support/accounts';
import { extractPdfText } from '../lib/testing/pdf-text';

function patientId(email: string): string {
  const id = seededIds()[email]?.patientId;
  if (!id) throw new Error(`no seeded patient id for ${email}`);
  return id;
}

const exportUrl = (email: string, route: string, query = '') =>
  `/clinician/patients/${patientId(email)}/${route}${query}`;

function expectDownload(response: APIResponse, contentType: RegExp, fileName: RegExp): void {
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toMatch(contentType);
  expect(headers['content-disposition']).toMatch(/^attachment; filename="/);
  expect(headers['content-disposition']).toMatch(fileName);
  expect(headers['cache-control']).toContain('no-store');
}

test.describe('a clinician exporting a patient on their team', () => {
  test.use({ storageState: storageStateFor('clinician') });

  test('downloads the diary as CSV: contract codes as headers, one row per night', async ({ page }) => {
    const response = await page.request.get(exportUrl('patient@example.org', 'export.csv'));
    expectDownload(response, /^text\/csv; charset=utf-8/, /calfwatch-diary-[a-z-]+\.csv"$/);
    const text = await response.text();
    expect(text.split('\r\n')[0]).toBe(PATIENT_CSV_HEADER.join(','));
    const rows = parseCsv(text);
    const nights = rows.slice(1).map((row) => row[0] ?? '');
    // About 60 nights of history, one row each, oldest first.
    expect(nights.length).toBeGreaterThan(40);
    expect(nights).toEqual([...nights].sort());
    expect(new Set(nights).size).toBe(nights.length);
    expect(rows.every((row) => row.length === PATIENT_CSV_HEADER.length)).toBe(true);
  });

  test('narrows the CSV to the nights asked for', async ({ page }) => {
    const full = parseCsv(await (await page.request.get(exportUrl('patient@example.org', 'export.csv'))).text());
    const recent = full.slice(-5).map((row) => row[0] ?? '');
    const [from, to] = [recent[0], recent.at(-1)];
    const response = await page.request.get(exportUrl('patient@example.org', 'export.csv', `?from=${from}&to=${to}`));
    expectDownload(response, /^text\/csv/, new RegExp(`from-${from}-to-${to}\\.csv"$`));
    const nights = parseCsv(await response.text())
      .slice(1)
      .map((row) => row[0]);
    expect(nights).toEqual(recent);
  });

  test('the browser saves the CSV as a file', async ({ page }) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      // Navigating to an attachment starts a download instead of a page load.
      page.goto(exportUrl('patient@example.org', 'export.csv')).catch(() => null),
    ]);
    expect(download.suggestedFilename()).toMatch(/^calfwatch-diary-.+\.csv$/);
  });

  test('downloads the visit report as a PDF', async ({ page }) => {
    const response = await page.request.get(exportUrl('patient@example.org', 'report.pdf'));
    expectDownload(
      response,
      /^application\/pdf$/,
      /calfwatch-visit-report-.+-from-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const body = await response.body();
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.length).toBeGreaterThan(5000);
    // The server found and embedded its fonts: the text reads back (lib/export/pdf/fonts.ts).
    const text = await extractPdfText(body);
    expect(text).toContain('Night calf pain — visit report');
    expect(text).toContain('patient@example.org');
  });

  test('downloads a FHIR R4 bundle whose nights match the CSV', async ({ page }) => {
    const response = await page.request.get(exportUrl('patient@example.org', 'fhir'));
    expectDownload(response, /^application\/fhir\+json/, /\.json"$/);
    const bundle = (await response.json()) as {
      resourceType: string;
      type: string;
      entry: Array<{
        fullUrl: string;
        resource: { resourceType: string; id: string; code?: { coding?: Array<{ code: string }> } };
      }>;
    };
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    const byType = (type: string) => bundle.entry.filter((entry) => entry.resource.resourceType === type);
    expect(byType('Patient').map((entry) => entry.resource.id)).toEqual([patientId('patient@example.org')]);
    const csvRows = parseCsv(await (await page.request.get(exportUrl('patient@example.org', 'export.csv'))).text());
    expect(byType('QuestionnaireResponse')).toHaveLength(csvRows.length - 1);
    const pain = byType('Observation').filter((entry) => entry.resource.code?.coding?.[0]?.code === '72514-3');
    expect(pain).toHaveLength(csvRows.length - 1);
    expect(bundle.entry.every((entry) => entry.fullUrl === `urn:uuid:${entry.resource.id}`)).toBe(true);
  });

  test('streams the whole panel as CSV: own patients only', async ({ page }) => {
    const response = await page.request.get('/clinician/export.csv');
    expectDownload(response, /^text\/csv/, /calfwatch-panel\.csv"$/);
    const rows = parseCsv(await response.text());
    expect(rows[0]).toEqual([...PANEL_CSV_HEADER]);
    const emails = new Set(rows.slice(1).map((row) => row[2]));
    expect(emails).toContain('patient@example.org');
    expect(emails).not.toContain('patient2@example.org');
    expect(emails.size).toBeGreaterThan(10);
  });

  test('answers a malformed or reversed range with 400 and a clear message', async ({ page }) => {
    for (const url of [
      exportUrl('patient@example.org', 'export.csv', '?from=2026-13-01'),
      exportUrl('patient@example.org', 'report.pdf', '?to=last-week'),
      exportUrl('patient@example.org', 'fhir', '?from=2026-03-02&to=2026-03-01'),
      '/clinician/export.csv?from=2026-03-02&to=2026-03-01',
    ]) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(400);
      expect(response.headers()['content-type']).toContain('application/json');
      expect((await response.json()).error).toMatch(/"(from|to)" date/);
    }
  });
});

test.describe('a clinician outside the care team', () => {
  test.use({ storageState: storageStateFor('clinician2') });

  test('gets 404 for every export of that patient, revealing nothing', async ({ page }) => {
    for (const route of ['export.csv', 'report.pdf', 'fhir']) {
      const response = await page.request.get(exportUrl('patient@example.org', route));
      expect(response.status(), route).toBe(404);
      expect(await response.json()).toEqual({ error: 'Patient not found' });
    }
  });
});

test.describe('without a session', () => {
  test('exports answer 401 JSON rather than a sign-in page', async ({ request }) => {
    for (const url of [exportUrl('patient@example.org', 'fhir'), '/clinician/export.csv']) {
      const response = await request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(401);
      expect(await response.json()).toEqual({ error: 'Sign in required' });
    }
  });
});
