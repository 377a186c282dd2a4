import { expect, test } from '@playwright/test';
import { isoDay, PATIENT_SUITE_ACCOUNTS, recordedNights, signInAs } from './patient-support';

test.use({ viewport: { width: 375, height: 812 } });

function dayBefore(night: string, days: number): string {
  const date = new Date(`${night}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

test('on a phone, a patient records a benign night, a swollen warm calf, edits it and sees the charts', async ({
  page,
}) => {
  await signInAs(page, PATIENT_SUITE_ACCOUNTS.diaryFlow);
  const nights = (await recordedNights(page.request)).sort();
  // Before the first seeded night but within the 30 days allowed before the account existed.
  const benignNight = dayBefore(nights[0] ?? isoDay(-20), 2);
  const tonight = isoDay(0);

  await test.step('a benign night is saved with nothing to do', async () => {
    await page.goto('/diary/new');
    await page.getByLabel('Which night?').fill(benignNight);
    await page.getByRole('button', { name: 'I had no pain' }).click();
    await expect(page.getByRole('radio', { name: '0 (no pain)' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'No pain or not sure' })).toBeChecked();
    await page.getByRole('button', { name: 'Save this night' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Saved' });
    await expect(status).toContainText('Nothing you told us needs action now');
    await expect(page.getByTestId('emergency-alert')).toHaveCount(0);
    await expect(page.getByTestId('urgent-message')).toHaveCount(0);
  });

  await test.step('one swollen, warm calf shows the urgent message at once', async () => {
    await page.goto('/diary/new');
    await page.getByLabel('Which night?').fill(tonight);
    await page.getByRole('radio', { name: '3', exact: true }).check();
    await page.getByRole('radio', { name: 'Left leg' }).check();
    await page.getByLabel('How many times?').fill('2');
    await page.getByLabel('My calf is swollen or bigger than usual').check();
    await page.getByLabel('My calf feels warm or hot').check();
    await page.getByRole('button', { name: 'Save this night' }).click();
    const urgent = page.getByTestId('urgent-message');
    await expect(urgent).toBeVisible();
    await expect(urgent).toContainText('Contact a doctor today');
    await expect(urgent).toContainText('swelling, warmth, redness or soreness in your calf');
    await expect(page.getByTestId('emergency-alert')).toHaveCount(0);
  });

  await test.step('the night is edited and the earlier version kept', async () => {
    await page.goto(`/diary/${tonight}`);
    await expect(page.getByRole('radio', { name: '3', exact: true })).toBeChecked();
    await expect(page.getByLabel('How many times?')).toHaveValue('2');
    await page.getByRole('radio', { name: '5', exact: true }).check();
    await page.getByLabel('Anything else you want your care team to know').fill('Still sore in the morning.');
    await page.getByRole('button', { name: 'Save this night' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Changes saved' })).toContainText(
      'earlier answers for this night are kept',
    );
    await expect(page.getByTestId('urgent-message')).toBeVisible();
    await page.goto(`/diary/${tonight}`);
    await expect(page.getByRole('radio', { name: '5', exact: true })).toBeChecked();
    await expect(page.getByTestId('version-note')).toContainText('Changed 1 time');
  });

  await test.step('the diary shows the open message, the charts and the history', async () => {
    await page.goto('/diary');
    await expect(page.getByTestId('urgent-message')).toContainText('Contact a doctor today');
    await expect(page.getByRole('heading', { level: 1, name: 'My diary' })).toBeVisible();
    for (const chart of ['worst-pain-chart', 'episodes-chart', 'pattern-mix-chart']) {
      await expect(page.getByTestId(chart)).toBeVisible();
    }
    await expect(page.getByTestId('worst-pain-chart').locator('svg.recharts-surface')).toBeVisible();
    await expect(page.getByTestId('week-pain-nights')).toBeVisible();
    const newest = page.getByTestId('history').getByRole('listitem').first();
    await expect(newest).toHaveAttribute('data-night', tonight);
    await expect(newest).toContainText('Worst 5/10');
    await expect(newest.getByTestId('editable-mark')).toBeVisible();
    await page.getByRole('link', { name: '90 nights' }).click();
    await expect(page).toHaveURL(/days=90/);
    await expect(page.getByRole('heading', { name: 'Your last 90 nights' })).toBeVisible();
  });
});
