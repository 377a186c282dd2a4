import { expect, request, test, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { apiAs, createAccount, NEW_PASSWORD, uniqueEmail } from './admin-helpers';
import { signInViaApi } from './support/sign-in';

/** The code an authenticator app shows `offsetSteps` 30-second steps from now. */
function codeFor(secret: string, offsetSteps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}

async function createClinician(baseURL: string | undefined, label: string): Promise<{ email: string; id: string }> {
  const admin = await apiAs('admin', baseURL);
  const email = uniqueEmail(label);
  const { id } = await createAccount(admin, { email, name: `MFA ${label}`, role: 'clinician' });
  await admin.dispose();
  return { email, id };
}

async function signInWithPassword(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Enrols the signed-in user on /account/security; returns the secret and the recovery codes shown. */
async function enrol(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.goto('/account/security');
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
  await page.getByLabel('Code from the app').fill(await codeFor(secret));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  const list = page.getByRole('list', { name: 'Recovery codes' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const recoveryCodes = await list.getByRole('listitem').allInnerTexts();
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await expect(page.getByText('Two-step sign-in is on')).toBeVisible();
  return { secret, recoveryCodes };
}

test('a clinician enrols with a QR code, then signs in with password and code; a wrong code is refused', async ({
  page,
  baseURL,
}) => {
  const { email } = await createClinician(baseURL, 'enrol');
  await signInWithPassword(page, email);
  await expect(page).toHaveURL('/clinician');
  const { secret } = await enrol(page);
  await expect(page.getByText('10 recovery codes left')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  // The password step never says whether the password was right: the code step follows either way.
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Authentication code').fill(await codeFor(secret, 1));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('login-error')).toHaveText(
    'That did not work: the password or the code was wrong. Try again.',
  );

  await signInWithPassword(page, email);
  await page.getByLabel('Authentication code').fill('000000' === (await codeFor(secret, 1)) ? '111111' : '000000');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByTestId('login-error')).toContainText('the password or the code was wrong');

  await signInWithPassword(page, email);
  await page.getByLabel('Authentication code').fill(await codeFor(secret, 1));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL('/clinician');
  await expect(page.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible();
});

test('scripts sign in with the otp field; a recovery code works once', async ({ page, baseURL }) => {
  const { email } = await createClinician(baseURL, 'script');
  await signInWithPassword(page, email);
  await expect(page).toHaveURL('/clinician');
  const { recoveryCodes } = await enrol(page);

  const script = await request.newContext({ baseURL });
  expect(await signInViaApi(script, email, NEW_PASSWORD)).toContain('code=otp_required');
  expect((await script.get('/api/v1/patients')).status()).toBe(401);

  const recoveryCode = recoveryCodes[0]!;
  const location = await signInViaApi(script, email, NEW_PASSWORD, recoveryCode);
  expect(location).not.toContain('error=');
  expect((await script.get('/api/v1/patients')).status()).toBe(200);

  const again = await request.newContext({ baseURL });
  expect(await signInViaApi(again, email, NEW_PASSWORD, recoveryCode)).toContain('error=CredentialsSignin');
  await Promise.all([script.dispose(), again.dispose()]);
});

test('an administrator resets a clinician’s second factor: their sessions end and the password alone signs in', async ({
  page,
  browser,
  baseURL,
}) => {
  const { email, id } = await createClinician(baseURL, 'reset');
  await signInWithPassword(page, email);
  await expect(page).toHaveURL('/clinician');
  const { secret } = await enrol(page);
  const clinician = await request.newContext({ baseURL });
  expect(await signInViaApi(clinician, email, NEW_PASSWORD, await codeFor(secret, 1))).not.toContain('error=');
  expect((await clinician.get('/api/v1/patients')).status()).toBe(200);

  const adminContext = await browser.newContext({ storageState: '.test-data/e2e/auth/admin.json' });
  const adminPage = await adminContext.newPage();
  await adminPage.goto(`/admin/users/${id}`);
  const section = adminPage.getByRole('region', { name: 'Two-step sign-in' });
  await expect(section).toContainText('On since');
  await section.getByRole('button', { name: 'Reset second factor' }).click();
  await expect(adminPage.getByTestId('flash')).toContainText('Second factor removed');
  await expect(section).toContainText('Not set up');

  expect((await clinician.get('/api/v1/patients')).status()).toBe(401);
  await page.goto('/clinician');
  await expect(page).toHaveURL(/\/login/);
  const fresh = await request.newContext({ baseURL });
  expect(await signInViaApi(fresh, email, NEW_PASSWORD)).not.toContain('error=');
  expect((await fresh.get('/api/v1/patients')).status()).toBe(200);

  // The API does the same, and says whether there was a factor to remove.
  const admin = await apiAs('admin', baseURL);
  const response = await admin.delete(`/api/v1/admin/users/${id}/mfa`);
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ id, had_second_factor: false });
  await Promise.all([clinician.dispose(), fresh.dispose(), admin.dispose(), adminContext.close()]);
});
