import { expect, test } from '@playwright/test';
import { PATIENT_SUITE_ACCOUNTS, signInAs } from './patient-support';

test.use({ viewport: { width: 375, height: 812 } });

test('a draft survives an interrupted visit, and errors keep everything typed', async ({ page }) => {
  await signInAs(page, PATIENT_SUITE_ACCOUNTS.draft);
  await page.goto('/diary/new');
  await page.getByLabel('How many times?').fill('lots');
  await page.getByLabel('Rubbing or massage').check();
  await page.getByLabel('Anything else you want your care team to know').fill('Typed before the phone locked.');

  await test.step('the draft comes back after a reload', async () => {
    await page.reload();
    await expect(page.getByText('We kept what you typed last time')).toBeVisible();
    await expect(page.getByLabel('How many times?')).toHaveValue('lots');
    await expect(page.getByLabel('Rubbing or massage')).toBeChecked();
    await expect(page.getByLabel('Anything else you want your care team to know')).toHaveValue(
      'Typed before the phone locked.',
    );
  });

  await test.step('each problem is named at its field and nothing typed is lost', async () => {
    await page.getByRole('button', { name: 'Save this night' }).click();
    const summary = page.getByTestId('form-errors');
    await expect(summary).toContainText('Worst pain is required.');
    await expect(summary).toContainText('Side is required.');
    await expect(summary).toContainText('Episodes must be a whole number from 0 to 20.');
    await expect(page.getByLabel('How many times?')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#episodes-error')).toHaveText('Episodes must be a whole number from 0 to 20.');
    await expect(page.locator('#field-worst_pain-error')).toHaveText('Worst pain is required.');
    await expect(page.getByLabel('How many times?')).toHaveValue('lots');
    await expect(page.getByLabel('Rubbing or massage')).toBeChecked();
    await expect(page.getByLabel('Anything else you want your care team to know')).toHaveValue(
      'Typed before the phone locked.',
    );
  });

  await test.step('fixed and saved, the draft is gone', async () => {
    await page.getByLabel('How many times?').fill('1');
    await page.getByRole('radio', { name: '2', exact: true }).check();
    await page.getByRole('radio', { name: 'Left leg' }).check();
    await expect(page.getByTestId('form-errors')).not.toContainText('Episodes must be');
    await page.getByRole('button', { name: 'Save this night' }).click();
    await expect(page.getByTestId('saved-result')).toBeVisible();
    await page.goto('/diary/new');
    await expect(page.getByText('We kept what you typed last time')).toHaveCount(0);
    await expect(page.getByLabel('How many times?')).toHaveValue('');
  });
});

test('the form works with the keyboard alone', async ({ page }) => {
  await signInAs(page, PATIENT_SUITE_ACCOUNTS.draft);
  await page.goto('/diary/new');
  await page.getByRole('button', { name: 'I had no pain' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('radio', { name: '0 (no pain)' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '1', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Save this night' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'saved' })).toBeVisible();
});
