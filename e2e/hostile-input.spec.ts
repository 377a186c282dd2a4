import { expect, test } from '@playwright/test';
import { storageStateFor } from './support/accounts';

// A NUL character (%00) in a page's search or filter falls back to the unfiltered page: never a 500.
test.describe('clinician pages', () => {
  test.use({ storageState: storageStateFor('clinician') });

  test('a NUL in the patient search shows the table', async ({ page }) => {
    const response = await page.goto('/clinician/patients?q=a%00b');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('table')).toBeVisible();
  });
});

test.describe('admin pages', () => {
  test.use({ storageState: storageStateFor('admin') });

  for (const path of [
    '/admin/users?query=a%00b',
    '/admin/audit?patient=a%00b&action=x%00',
    '/admin/audit?to=9999-12-31',
  ]) {
    test(`${path} opens`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('table')).toBeVisible();
    });
  }

  test('the audit CSV with a NUL in its filter downloads', async ({ request }) => {
    const response = await request.get('/admin/audit/export.csv?patient=a%00b');
    expect(response.status()).toBe(200);
  });
});
