import { expect, test } from '@playwright/test';
import { seededIds, storageStateFor } from './support/accounts';
import { apiAs, clinicianListsPatient, createAccount, NEW_PASSWORD, uniqueEmail } from './admin-helpers';

test.use({ storageState: storageStateFor('admin') });

test('an admin creates a patient, assigns them to a clinician, and that clinician then sees them', async ({
  page,
  baseURL,
}) => {
  const email = uniqueEmail('patient');
  const name = `Ada Lovecalf ${Date.now()}`;
  await page.goto('/admin/users');
  await page.getByRole('link', { name: 'New account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New account' })).toBeVisible();

  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Role').selectOption({ label: 'Patient' });
  await page.getByLabel('First password').fill('password1234');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('This password is too common or too easy to guess.')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(email);
  await expect(page.getByLabel('First password')).toHaveValue('');

  await page.getByLabel('First password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByTestId('flash')).toContainText('Account created');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const patientId = (await page.getByTestId('patient-id').textContent())!.trim();
  await expect(page.getByText('No clinician cares for this patient yet.')).toBeVisible();

  const clinician = await apiAs('clinician', baseURL);
  expect(await clinicianListsPatient(clinician, email)).not.toBe(true);

  const clinicianUserId = seededIds()['clinician@example.org']!.userId;
  await page.getByLabel('Add to the care team of').selectOption(clinicianUserId);
  await page.getByRole('button', { name: 'Add to care team' }).click();
  const team = page.getByTestId('care-team-clinicians');
  await expect(team).toContainText('clinician@example.org');

  // The clinician's side: their patient list (clinician area) includes the new patient.
  const listed = await clinicianListsPatient(clinician, email);
  if (listed === null)
    test.info().annotations.push({ type: 'note', description: 'clinician patient API not built yet' });
  else expect(listed).toBe(true);

  // And the clinician's page in the admin area shows the patient on their team.
  await page.goto(`/admin/users/${clinicianUserId}`);
  await expect(page.getByTestId('care-team-patients')).toContainText(email);

  // Take them off again: access ends at once, and the demo panel is as it was.
  await page.getByRole('button', { name: `Remove ${name} from` }).click();
  await expect(page.getByTestId('care-team-patients')).not.toContainText(email);
  if (listed !== null) expect(await clinicianListsPatient(clinician, email)).toBe(false);
  await clinician.dispose();
  expect(patientId).toMatch(/^[0-9a-f-]{36}$/);
});

test("a clinician's page finds patients to add by search and lists them on the team", async ({ page, baseURL }) => {
  const admin = await apiAs('admin', baseURL);
  const clinicianEmail = uniqueEmail('clinician');
  const patientEmail = uniqueEmail('searchable');
  const clinician = await createAccount(admin, { email: clinicianEmail, name: 'Dr Searchwell', role: 'clinician' });
  await createAccount(admin, { email: patientEmail, name: 'Bea Findable', role: 'patient' });

  await page.goto(`/admin/users/${clinician.id}`);
  await expect(page.getByText('No patients on this care team yet.')).toBeVisible();
  await page.getByLabel('Add a patient: search by name or email').fill(patientEmail);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const candidates = page.getByTestId('patient-candidates');
  await expect(candidates).toContainText('Bea Findable');
  await candidates.getByRole('button', { name: "Add Bea Findable to Dr Searchwell's care team" }).click();
  await expect(page.getByTestId('care-team-patients')).toContainText(patientEmail);
  await expect(page.getByText('No patients outside this team match')).toBeVisible();

  await page.goto(`/admin/users?query=${encodeURIComponent(clinicianEmail)}`);
  await expect(page.getByTestId('users-table')).toContainText('1 patient');
  await admin.dispose();
});

test('the accounts list searches, filters by role and status, and pages', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await page.getByLabel('Name or email').fill('clinician2@');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/query=clinician2%40/);
  const rows = page.getByTestId('users-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Clinician');

  await page.goto('/admin/users?role=patient');
  await expect(page.getByLabel('Role')).toHaveValue('patient');
  await expect(page.getByTestId('users-table')).toContainText('patient003@example.org');
  await expect(page.getByTestId('users-table')).not.toContainText('Administrator');

  await page.goto('/admin/users?query=nobody-by-this-name');
  await expect(page.getByText('No accounts match these filters.')).toBeVisible();
});
