import { expect, test } from '@playwright/test';
import { isoDay, PATIENT_SUITE_ACCOUNTS, signInAs } from './patient-support';

test.use({ viewport: { width: 375, height: 812 } });

test('a night with chest pain shows the emergency alert before anything else, full width', async ({ page }) => {
  await signInAs(page, PATIENT_SUITE_ACCOUNTS.emergency);
  await page.goto('/diary/new');
  await page.getByLabel('Which night?').fill(isoDay(0));
  await page.getByRole('radio', { name: '4', exact: true }).check();
  await page.getByRole('radio', { name: 'Right leg' }).check();
  await page.getByLabel('Chest pain').check();
  await page.getByLabel('My calf is swollen or bigger than usual').check();
  await page.getByRole('button', { name: 'Save this night' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'Get help now' });
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('data-testid', 'emergency-alert');
  await expect(alert).toContainText('Call emergency services now');
  await expect(alert).toContainText('chest pain');

  const alertBox = await alert.boundingBox();
  const urgentBox = await page.getByTestId('urgent-message').boundingBox();
  const statusBox = await page.getByRole('status').filter({ hasText: 'Saved' }).boundingBox();
  expect(alertBox && urgentBox && statusBox).toBeTruthy();
  if (!alertBox || !urgentBox || !statusBox) return;
  expect(alertBox.y).toBeLessThan(urgentBox.y);
  expect(alertBox.y).toBeLessThan(statusBox.y);
  expect(alertBox.width).toBeGreaterThanOrEqual(370);
  expect(alertBox.y).toBeLessThan(812);

  await page.goto('/diary');
  const diaryAlert = page.getByTestId('emergency-alert');
  await expect(diaryAlert).toContainText('Get help now');
  const headingBox = await page.getByRole('heading', { level: 1, name: 'My diary' }).boundingBox();
  const diaryAlertBox = await diaryAlert.boundingBox();
  expect(diaryAlertBox!.y).toBeLessThan(headingBox!.y);
});
