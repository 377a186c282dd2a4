import { expect, test, type Browser, type Page } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { apiAs, createAccount, NEW_PASSWORD, uniqueEmail } from './admin-helpers';

test.use({ storageState: storageStateFor('admin') });

/** A fresh browser (no saved session) signed in through the login form. */
async function signInFresh(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

/** Unknown API paths answer 404 to a live session and 401 to a dead one. */
async function apiSessionStatus(page: Page): Promise<number> {
  return (await page.request.get('/api/v1/no-such-endpoint')).status();
}

test('a deactivated user is locked out on their next request, and back in once reactivated', async ({
  page,
  browser,
  baseURL,
}) => {
  const admin = await apiAs('admin', baseURL);
  const email = uniqueEmail('deactivated');
  const { id } = await createAccount(admin, { email, name: 'Dr Soon Gone', role: 'clinician' });
  const user = await signInFresh(browser, email, NEW_PASSWORD);
  await expect(user).toHaveURL('/clinician');
  expect(await apiSessionStatus(user)).toBe(404);

  await page.goto(`/admin/users/${id}`);
  await page.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(page.getByText('Deactivate Dr Soon Gone? They are signed out at once')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, deactivate' }).click();
  await expect(page.getByRole('button', { name: 'Reactivate account' })).toBeVisible();
  await expect(page.locator('header').getByText('Deactivated', { exact: true })).toBeVisible();

  // Their very next request: the page sends them to sign in, the API answers 401.
  await user.goto('/clinician');
  await expect(user).toHaveURL(/\/login/);
  expect(await apiSessionStatus(user)).toBe(401);
  await user.getByLabel('Email').fill(email);
  await user.getByLabel('Password').fill(NEW_PASSWORD);
  await user.getByRole('button', { name: 'Sign in' }).click();
  await expect(user.getByTestId('login-error')).toHaveText('That email and password do not match an active account.');

  await page.getByRole('button', { name: 'Reactivate account' }).click();
  await expect(page.getByRole('button', { name: 'Deactivate account' })).toBeVisible();
  await user.getByLabel('Password').fill(NEW_PASSWORD);
  await user.getByRole('button', { name: 'Sign in' }).click();
  await expect(user).toHaveURL('/clinician');
  await user.context().close();
  await admin.dispose();
});

test('a password reset signs the user out everywhere and only the new password works', async ({
  page,
  browser,
  baseURL,
}) => {
  const admin = await apiAs('admin', baseURL);
  const email = uniqueEmail('reset');
  const { id } = await createAccount(admin, { email, name: 'Rita Resetme', role: 'patient' });
  const user = await signInFresh(browser, email, NEW_PASSWORD);
  await expect(user).toHaveURL('/diary');

  await page.goto(`/admin/users/${id}`);
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('A password needs at least 12 characters.')).toBeVisible();
  await page.getByLabel('New password').fill('amber tractor sings loudly');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByTestId('flash')).toHaveText('Password changed. They have been signed out everywhere.');

  await user.goto('/diary');
  await expect(user).toHaveURL(/\/login/);
  await user.getByLabel('Email').fill(email);
  await user.getByLabel('Password').fill(NEW_PASSWORD);
  await user.getByRole('button', { name: 'Sign in' }).click();
  await expect(user.getByTestId('login-error')).toBeVisible();
  await user.getByLabel('Password').fill('amber tractor sings loudly');
  await user.getByRole('button', { name: 'Sign in' }).click();
  await expect(user).toHaveURL('/diary');
  await user.context().close();
  await admin.dispose();
});

test('an admin cannot deactivate their own account', async ({ page, baseURL }) => {
  const admin = await apiAs('admin', baseURL);
  const me = (await (await admin.get('/api/v1/admin/users?query=admin@example.org')).json()) as {
    users: { id: string }[];
  };
  const myId = me.users[0]!.id;
  await page.goto(`/admin/users/${myId}`);
  await expect(page.getByText('This is your own account.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deactivate account' })).toHaveCount(0);
  const response = await admin.post(`/api/v1/admin/users/${myId}/deactivate`);
  expect(response.status()).toBe(403);
  expect(await response.json()).toEqual({ error: 'You cannot deactivate your own account.' });
  await admin.dispose();
});
