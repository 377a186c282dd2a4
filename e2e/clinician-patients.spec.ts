import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { storageStateFor } from './support/accounts';

test.use({ storageState: storageStateFor('clinician') });

const table = (page: Page) => page.getByRole('table', { name: 'Your patients' });
const bodyRows = (page: Page) => table(page).locator('tbody tr');

/** The text of one column (by header position) in every body row. */
async function columnText(page: Page, index: number): Promise<string[]> {
  return bodyRows(page).evaluateAll(
    (rows, i) => rows.map((row) => (row.querySelectorAll('td')[i] as HTMLElement | undefined)?.innerText.trim() ?? ''),
    index,
  );
}

test('sorts on the server by a column header, with the URL holding the state', async ({ page }) => {
  await page.goto('/clinician/patients');
  await expect(table(page)).toBeVisible();
  const header = page.getByRole('button', { name: /^Mean worst pain, 7 d/ });
  await header.click();
  await expect(page).toHaveURL(/sort=mean_worst_pain_7d&dir=desc/);
  await expect(page.getByRole('columnheader', { name: /Mean worst pain/ })).toHaveAttribute('aria-sort', 'descending');
  const values = (await columnText(page, 4)).map((text) => (text === '—' ? -1 : Number(text)));
  expect(values).toEqual([...values].sort((a, b) => b - a));

  // Keyboard: Enter on the focused header flips the direction.
  await page.getByRole('button', { name: /^Mean worst pain, 7 d/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=mean_worst_pain_7d&dir=asc/);
  const ascending = (await columnText(page, 4)).map((text) => (text === '—' ? -1 : Number(text)));
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  // Reloading the URL restores the same view.
  await page.reload();
  await expect(page.getByRole('columnheader', { name: /Mean worst pain/ })).toHaveAttribute('aria-sort', 'ascending');
});

test('filters by open flag and trend, and searches by name or email', async ({ page }) => {
  await page.goto('/clinician/patients');
  await page.getByLabel('Open flags').selectOption('none');
  await expect(page).toHaveURL(/flag=none/);
  await expect(bodyRows(page).first()).toBeVisible();
  for (const text of await columnText(page, 6)) expect(text).toBe('None');

  await page.getByLabel('Open flags').selectOption('any');
  await expect(page).toHaveURL(/flag=any/);
  for (const text of await columnText(page, 6)) expect(text).not.toBe('None');

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page).not.toHaveURL(/flag=/);

  await page.getByLabel('Search by name or email').fill('patient003@');
  await expect(page).toHaveURL(/q=patient003%40/);
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first()).toContainText('patient003@example.org');

  await page.getByLabel('Search by name or email').fill('nobody-by-this-name');
  await page.keyboard.press('Enter');
  await expect(table(page)).toContainText('No patients match this search and these filters.');

  // clinician2's patient is not in this panel.
  await page.goto('/clinician/patients?q=patient2%40example.org');
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(table(page)).toContainText('No patients match');
});

test('pages through the panel and falls back to defaults for a malformed URL', async ({ page }) => {
  await page.goto('/clinician/patients?sort=password_hash&dir=sideways&page=-4&size=7&flag=red');
  await expect(page.getByRole('columnheader', { name: /Highest open flag/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await page.getByLabel('Rows per page').selectOption('10');
  await expect(page).toHaveURL(/size=10/);
  await expect(bodyRows(page)).toHaveCount(10);
  await expect(page.getByText(/^1–10 of \d+ patients$/)).toBeVisible();
  const firstPage = await columnText(page, 0);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/^11–\d+ of \d+ patients$/)).toBeVisible();
  const secondPage = await columnText(page, 0);
  expect(secondPage.some((name) => firstPage.includes(name))).toBe(false);
});

test('the patient table has no serious accessibility violations and fits 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/clinician/patients');
  await expect(table(page)).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
});
