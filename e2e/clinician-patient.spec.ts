import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { seededIds, storageStateFor } from './support/accounts';

test.describe('as clinician@', () => {
  test.use({ storageState: storageStateFor('clinician') });

  test('opens a flagged patient from the table and sees charts and flag evidence', async ({ page }) => {
    // Default order puts the most severely flagged patient first.
    await page.goto('/clinician/patients');
    const first = page.getByRole('table', { name: 'Your patients' }).locator('tbody tr').first().getByRole('link');
    const name = await first.innerText();
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByText('Age and sex')).toBeVisible();

    for (const title of [
      'Worst pain per night',
      'Episodes per night',
      'Pain nights per week',
      'Pattern mix',
      'Sleep',
    ]) {
      const figure = page.getByRole('figure', { name: title });
      await expect(figure).toBeVisible();
      await expect(figure.locator('svg.recharts-surface').first()).toBeVisible();
    }
    // Flagged nights are marked on the pain timeline.
    await expect(
      page.getByRole('figure', { name: 'Worst pain per night' }).locator('.recharts-scatter-symbol path').first(),
    ).toBeVisible();

    const flag = page.getByTestId('patient-flag').first();
    await expect(flag.getByTestId('tier-badge')).toBeVisible();
    const evidence = flag.getByTestId('evidence-nights');
    await expect(evidence).toContainText(/Evidence: \d+ nights?/);
    const night = evidence.getByRole('link').first();
    await night.click();
    await expect(page).toHaveURL(/#night-\d{4}-\d{2}-\d{2}$/);
    const anchor = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`tr#${anchor}`)).toBeVisible();

    await flag.getByText(/History \(\d+ events\)/).click();
    await expect(flag.getByText('Raised', { exact: true }).first()).toBeVisible();
  });

  test('switches the range of nights and adds a clinical note', async ({ page }) => {
    const { patientId } = seededIds()['patient@example.org']!;
    await page.goto(`/clinician/patients/${patientId}`);
    const entriesHeading = page.getByRole('heading', { name: /Diary entries \((\d+)\)/ });
    const count = async () => Number(/\((\d+)\)/.exec(await entriesHeading.innerText())?.[1]);
    const ninety = await count();
    await page.getByRole('link', { name: '30 nights' }).click();
    await expect(page).toHaveURL(/range=30/);
    await expect(page.getByRole('link', { name: '30 nights' })).toHaveAttribute('aria-current', 'page');
    expect(await count()).toBeLessThan(ninety);

    const body = `Reviewed the diary on ${new Date().toISOString()}; continue stretches.`;
    await page.getByLabel('New note').fill(body);
    await page.getByRole('button', { name: 'Add note' }).click();
    const note = page.getByTestId('clinical-note').filter({ hasText: body });
    await expect(note).toBeVisible();
    await expect(note).toContainText('Dr Helen Okoye');
    await expect(page.getByLabel('New note')).toHaveValue('');
  });

  test('pages the diary entries: the newest 30 first, then 30 more, then all', async ({ page }) => {
    const { patientId } = seededIds()['patient@example.org']!;
    await page.goto(`/clinician/patients/${patientId}`);
    const heading = page.getByRole('heading', { name: /Diary entries \((\d+)\)/ });
    const total = Number(/\((\d+)\)/.exec(await heading.innerText())?.[1]);
    expect(total).toBeGreaterThan(30);
    const table = page.getByRole('table', { name: /Diary entries, last 90 nights/ });
    const rows = table.locator('tbody tr[id^="night-"]');
    await expect(rows).toHaveCount(30);
    const pager = page.getByRole('navigation', { name: 'More diary entries' });
    await expect(pager).toContainText(`Showing the newest 30 of ${total} entries.`);

    await pager.getByRole('link', { name: /^Show \d+ more$/ }).click();
    await expect(page).toHaveURL(/entries=\d+/);
    await expect(rows).toHaveCount(Math.min(60, total));
    if (total > 60) {
      await page
        .getByRole('navigation', { name: 'More diary entries' })
        .getByRole('link', { name: `Show all ${total}` })
        .click();
      await expect(page).toHaveURL(/entries=all/);
    }
    await expect(rows).toHaveCount(total);
    await expect(page.getByRole('navigation', { name: 'More diary entries' })).toHaveCount(0);

    // A malformed count falls back to the first page.
    await page.goto(`/clinician/patients/${patientId}?entries=oops`);
    await expect(rows).toHaveCount(30);
  });

  test('the patient page has no serious accessibility violations and fits 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const { patientId } = seededIds()['patient@example.org']!;
    await page.goto(`/clinician/patients/${patientId}`);
    await expect(page.getByTestId('patient-charts')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
  });
});

test.describe('as clinician2@', () => {
  test.use({ storageState: storageStateFor('clinician2') });

  test("never learns that clinician@'s patient exists", async ({ page, request }) => {
    const { patientId } = seededIds()['patient@example.org']!;
    const response = await page.goto(`/clinician/patients/${patientId}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();

    const api = await request.get(`/api/v1/patients/${patientId}/flags`);
    expect(api.status()).toBe(404);
    const list = await request.get('/api/v1/patients?query=patient%40example.org');
    expect(((await list.json()) as { patients: unknown[] }).patients).toEqual([]);
  });
});
