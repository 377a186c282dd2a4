import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, PERSONAS } from './support/accounts';
import { signInViaApi } from './support/sign-in';

const HOMES = {
  patient: { path: '/diary', heading: 'My diary' },
  clinician: { path: '/clinician', heading: 'Worklist' },
  admin: { path: '/admin/users', heading: 'Accounts' },
} as const;

for (const [role, home] of Object.entries(HOMES)) {
  test(`${role} signs in with the form and lands home`, async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(PERSONAS[role as keyof typeof HOMES]);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(home.path);
    await expect(page.getByRole('heading', { level: 1, name: home.heading })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(home.path);
    await expect(page).toHaveURL(/\/login/);
  });
}

test('a wrong password is refused with a clear message and the password is not kept', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('clinician2@example.org');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('login-error')).toHaveText('That email and password do not match an active account.');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel('Email')).toHaveValue('clinician2@example.org');
  await expect(page.getByLabel('Password')).toHaveValue('');
});

test('the sixth failure in a row is throttled, even with the right password', async ({ page, request }) => {
  const email = 'patient044@example.org';
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const location = await signInViaApi(request, email, `wrong-password-${attempt}`);
    expect(location).toContain('error=CredentialsSignin');
    expect(location).not.toContain('code=throttled');
  }
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('login-error')).toContainText('Too many failed attempts');
  await expect(page).toHaveURL(/\/login/);
});

test('anonymous page requests go to /login and anonymous API requests get 401 JSON', async ({ page, request }) => {
  await page.goto('/clinician');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

  const response = await request.get('/api/v1/diary-entries');
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: 'Sign in required' });
});

test('the sign-in page has no serious accessibility problems and fits a 375 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/login');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(serious.map((violation) => violation.id)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
