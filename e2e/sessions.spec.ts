import { expect, request, test, type Page } from '@playwright/test';
import { apiAs, createAccount, NEW_PASSWORD, uniqueEmail } from './admin-helpers';

/** Signs in through the form as `email` and waits for the home page. */
async function signInWithForm(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL('/diary');
}

test('a session cookie copied before sign-out is refused afterwards: 401 on the API, /login for pages', async ({
  browser,
  baseURL,
}) => {
  const admin = await apiAs('admin', baseURL);
  const email = uniqueEmail('signout');
  await createAccount(admin, { email, name: 'Sign-out Patient', role: 'patient' });

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithForm(page, email);
  const copied = await context.storageState();
  const thief = await request.newContext({ baseURL, storageState: copied });
  expect((await thief.get('/api/v1/diary-entries')).status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);

  const replayed = await thief.get('/api/v1/diary-entries');
  expect(replayed.status()).toBe(401);
  expect(await replayed.json()).toEqual({ error: 'Sign in required' });
  const pageRequest = await thief.get('/diary', { maxRedirects: 0 });
  expect([302, 303, 307]).toContain(pageRequest.status());
  expect(new URL(pageRequest.headers().location ?? '', baseURL).pathname).toBe('/login');

  const replayedBrowser = await browser.newContext({ storageState: copied });
  const replayedPage = await replayedBrowser.newPage();
  await replayedPage.goto('/diary');
  await expect(replayedPage).toHaveURL(/\/login/);
  await Promise.all([thief.dispose(), admin.dispose(), context.close(), replayedBrowser.close()]);
});

test('sign out everywhere ends the sessions of every browser signed in to that account', async ({
  browser,
  baseURL,
}) => {
  const admin = await apiAs('admin', baseURL);
  const email = uniqueEmail('everywhere');
  await createAccount(admin, { email, name: 'Everywhere Patient', role: 'patient' });
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await signInWithForm(laptopPage, email);
  await signInWithForm(phonePage, email);

  await laptopPage.getByRole('link', { name: 'Security' }).click();
  await expect(laptopPage.getByRole('heading', { level: 1, name: 'Account security' })).toBeVisible();
  await laptopPage.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(laptopPage).toHaveURL(/\/login/);

  expect((await phone.request.get('/api/v1/diary-entries')).status()).toBe(401);
  await phonePage.goto('/diary');
  await expect(phonePage).toHaveURL(/\/login/);
  await Promise.all([admin.dispose(), laptop.close(), phone.close()]);
});
