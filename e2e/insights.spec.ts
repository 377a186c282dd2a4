import { expect, test } from '@playwright/test';
import { storageStateFor } from './support/accounts';
import { expectNoSeriousAxeViolations, signInAs } from './patient-support';

/** The demo's stretcher (lib/demo/archetypes-habits.ts): clearly fewer cramps after stretching; on clinician@'s team. */
const STRETCHER = 'patient045@example.org';

test('the stretcher reads what seems to help on a 375 px screen', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInAs(page, STRETCHER);
  await page.goto('/diary');
  await page.getByRole('link', { name: 'See what seems to help' }).click();
  await expect(page).toHaveURL(/\/diary\/insights$/);
  await expect(page.getByRole('heading', { level: 1, name: 'What seems to help' })).toBeVisible();
  await expect(page.getByTestId('insights-caveat')).toContainText('a pattern in your diary, not proof');
  await expect(page.getByTestId('insights-caveat')).toContainText(
    'clinic before you stop, start or change any medicine',
  );

  const stretching = page.getByRole('region', { name: 'Stretching before bed' });
  await expect(stretching).toHaveAttribute('data-verdict', 'fewer_pain_nights');
  await expect(stretching).toContainText(
    /On nights after you stretched, you had cramps or leg pain on \d+ of \d+ nights\./,
  );
  await expect(stretching).toContainText(/On nights you didn't stretch, \d+ of \d+ nights\./);
  await expect(stretching).toContainText('So far, you had pain on fewer nights after you stretched.');
  const chart = stretching.getByRole('figure', { name: 'Stretching before bed: nights with pain' });
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  for (const name of ['Drinking water', 'Long standing or exercise', 'A new medicine (first 7 nights)']) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  await expect(page.getByRole('main')).not.toContainText(/caus|because/i);

  // Nothing runs off the side of a phone screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousAxeViolations(page);
  await testInfo.attach('insights at 375 px', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });

  const api = await page.request.get('/api/v1/insights');
  expect(api.status()).toBe(200);
  const body = (await api.json()) as { comparisons: Array<{ factor: string; verdict: string }> };
  expect(body.comparisons.find((c) => c.factor === 'stretched_before_bed')?.verdict).toBe('fewer_pain_nights');
});

test.describe('as clinician@', () => {
  test.use({ storageState: storageStateFor('clinician') });

  test("sees the Insights section, with counts and intervals, on the stretcher's page", async ({ page }, testInfo) => {
    const found = await page.request.get(`/api/v1/patients?query=${STRETCHER}`);
    const { patients } = (await found.json()) as { patients: Array<{ id: string }> };
    const patientId = patients[0]?.id;
    expect(patientId, `${STRETCHER} on clinician@'s team`).toBeTruthy();
    await page.goto(`/clinician/patients/${patientId}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Insights' })).toBeVisible();
    const table = page.getByTestId('patient-insights');
    const row = table.getByRole('row', { name: /Stretching before bed/ });
    await expect(row).toContainText('Fewer pain nights');
    await expect(row).toContainText(/\d+\/\d+ \(\d+%\)/);
    await expect(row).toContainText(/−\d+\.\d points \(95% CI −\d+\.\d to −\d+\.\d\)/);
    await expect(table.getByRole('row')).toHaveCount(5);
    await testInfo.attach('clinician insights', {
      body: await page.getByRole('heading', { level: 2, name: 'Insights' }).locator('..').screenshot(),
      contentType: 'image/png',
    });

    const api = await page.request.get(`/api/v1/patients/${patientId}/insights`);
    expect(api.status()).toBe(200);
    const report = await page.request.get(`/clinician/patients/${patientId}/report.pdf`);
    expect(report.status()).toBe(200);
    expect(report.headers()['content-type']).toContain('application/pdf');
  });
});
