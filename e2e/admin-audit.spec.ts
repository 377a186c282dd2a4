import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { seededIds, storageStateFor } from './support/accounts';
import { signInViaApi } from './support/sign-in';
import { apiAs, createAccount, NEW_PASSWORD, uniqueEmail } from './admin-helpers';

test.use({ storageState: storageStateFor('admin') });

test('the audit viewer shows the sign-ins, views and exports that happened', async ({ page, browser, baseURL }) => {
  const admin = await apiAs('admin', baseURL);
  const email = uniqueEmail('auditor');
  await createAccount(admin, { email, name: 'Avery Auditor', role: 'admin' });

  // A second administrator signs in, looks at a patient's account and exports the log.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const other = await context.newPage();
  await other.goto('/login');
  await other.getByLabel('Email').fill(email);
  await other.getByLabel('Password').fill(NEW_PASSWORD);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other).toHaveURL('/admin/users');
  const patient = seededIds()['patient2@example.org']!;
  await other.goto(`/admin/users/${patient.userId}`);
  await expect(other.getByRole('heading', { level: 2, name: 'Care team' })).toBeVisible();
  const download = other.waitForEvent('download');
  await other.goto('/admin/audit');
  await other.getByRole('link', { name: 'Download CSV' }).click();
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    '\uFEFFid,at,actor_email,actor_user_id,action,patient_id,patient_email,target_id,ip,detail',
  );
  expect(csv).toContain(`,${email},`);
  await context.close();

  // The first administrator finds all three in the log, newest first.
  await page.goto('/admin/audit');
  await page.getByLabel('Done by').fill(email);
  await page.getByRole('button', { name: 'Filter' }).click();
  const rows = page.getByTestId('audit-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('audit.export');
  await expect(rows.nth(1)).toContainText('user.view');
  await expect(rows.nth(1)).toContainText('patient2@example.org');
  await expect(rows.nth(2)).toContainText('auth.sign_in');

  // Filtering by the patient shows the view too; by action family, only sign-ins.
  await rows.nth(1).getByRole('link', { name: 'patient2@example.org' }).click();
  await expect(page.getByLabel('Patient')).toHaveValue(patient.patientId!);
  await expect(page.getByTestId('audit-table')).toContainText(email);
  await page.goto(`/admin/audit?actor=${encodeURIComponent(email)}&action=auth.*`);
  await expect(page.getByTestId('audit-table').locator('tbody tr')).toHaveCount(1);
  await admin.dispose();
});

test('the CSV export neutralises formulas typed into the sign-in form', async ({ page, request }) => {
  const hostile = `=hyperlink("http://evil.test")@${Date.now()}.test`;
  await signInViaApi(request, hostile, 'not-a-password');

  await page.goto(`/admin/audit?actor=${encodeURIComponent(hostile)}`);
  await expect(page.getByTestId('audit-table')).toContainText('auth.sign_in_failed');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`"'=hyperlink(""http://evil.test"")@`);
  expect(lines[1]).toContain(',auth.sign_in_failed,');
});

test('the audit log pages back through older events and survives bad filters', async ({ page }) => {
  await page.goto('/admin/audit?from=not-a-date&cursor=abc');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByLabel('From')).toHaveValue('');
  await page.goto('/admin/audit?to=2000-01-01');
  await expect(page.getByText('No events match these filters.')).toBeVisible();
});

test('rule statistics list every rule with what clinicians did about its flags', async ({ page }) => {
  await page.goto('/admin/users');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rule statistics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rule statistics' })).toBeVisible();
  const table = page.getByTestId('rule-stats-table');
  await expect(table.locator('tbody tr')).toHaveCount(21);
  await expect(table).toContainText('urgent-possible-dvt');
  // The demo clinic acknowledged its older flags about 20 hours after they were last seen.
  await expect(table.locator('tbody tr').filter({ hasText: 'soon-recurrent-night-pain' })).toContainText(/\d+ of \d+/);

  await page.getByLabel('Flags raised in').selectOption('30');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/period=30/);
});
