import { expect, test } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import {
  expectNoSeriousAxeViolations,
  isoDay,
  PATIENT_SUITE_ACCOUNTS,
  recordedNights,
  signInAs,
} from './patient-support';

test.describe('as the demo patient', () => {
  test.use({ storageState: storageStateFor('patient') });

  for (const width of [375, 1280]) {
    test(`patient pages have no serious or critical axe violations at ${width}px`, async ({ page }) => {
      // Six pages, each scanned by axe: on a loaded two-core machine this nears the 30 s default.
      test.setTimeout(60_000);
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/diary', '/diary/new', `/diary/${isoDay(-1)}`, '/diary/insights', '/profile', '/guide']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoSeriousAxeViolations(page);
      }
    });
  }

  test('a night older than 7 days is shown but cannot be changed', async ({ page }) => {
    const nights = await recordedNights(page.request);
    const old = nights.find((night) => night < isoDay(-8));
    expect(old).toBeTruthy();
    await page.goto(`/diary/${old}`);
    await expect(page.getByTestId('locked-note')).toContainText('can no longer be changed');
    await expect(page.getByRole('button', { name: 'Save this night' })).toHaveCount(0);
  });

  test('a night in the future or an impossible date is not found', async ({ page }) => {
    expect((await page.goto(`/diary/${isoDay(2)}`))?.status()).toBe(404);
    expect((await page.goto('/diary/2026-02-30'))?.status()).toBe(404);
  });

  test('the guide covers cramps, habits, a bedtime table, positions and when to get help', async ({ page }) => {
    await page.goto('/guide');
    for (const name of ['During a cramp', 'Every day', 'A bedtime routine', 'Sleep positions', 'When to get help']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    const table = page.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText(['Step', 'How', 'How long']);
    await expect(table.getByRole('rowheader', { name: 'Wall stretch' })).toBeVisible();
    await page.getByRole('link', { name: 'when to get help' }).click();
    await expect(page).toHaveURL(/#warning-signs$/);
    await expect(page.getByText('Call emergency services now')).toBeVisible();
  });
});

test('changing the profile re-runs the rules and shows a new message at once', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInAs(page, PATIENT_SUITE_ACCOUNTS.profile);
  const put = await page.request.put(`/api/v1/diary-entries/${isoDay(0)}`, {
    data: { worst_pain: 4, side: 'left', episodes: 1, symptoms: ['pain_walking_eases_rest'] },
  });
  expect(put.status()).toBe(201);
  expect((await put.json()).flags).toEqual(
    expect.arrayContaining([expect.objectContaining({ rule_id: 'soon-claudication', tier: 'soon' })]),
  );

  await page.goto('/profile');
  await page.getByLabel('Narrowed leg arteries').check();
  await page.getByRole('button', { name: 'Save my health details' }).click();
  await expect(page.getByRole('status')).toContainText('Saved');
  const urgent = page.getByTestId('urgent-message');
  await expect(urgent).toContainText('Contact a doctor today');
  await expect(urgent).toContainText('hurts when you walk');

  await page.reload();
  await expect(page.getByLabel('Narrowed leg arteries')).toBeChecked();
  await expectNoSeriousAxeViolations(page);
});
