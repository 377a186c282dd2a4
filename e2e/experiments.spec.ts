import { expect, test, type Page } from '@playwright/test';
import { extractPdfText } from '../lib/testing/pdf-text';
import { storageStateFor } from './support/accounts';
import { expectNoSeriousAxeViolations, PATIENT_SUITE_ACCOUNTS, signInAs } from './patient-support';

/** The demo's stretcher, seeded with a finished two-week experiment (lib/demo/archetypes-habits.ts). */
const STRETCHER = 'patient045@example.org';
/** On clinician@'s team, written to only here: the care team starts an experiment for them. */
const TEAM_STARTED = 'patient033@example.org';

type ExperimentJson = { id: string; status: string; start_night: string; end_night: string; result: unknown };

/** A patient's id as the clinician's panel API finds it (the e2e server records ids for the named accounts only). */
async function patientIdOf(page: Page, email: string): Promise<string> {
  const found = await page.request.get(`/api/v1/patients?query=${email}`);
  const { patients } = (await found.json()) as { patients: Array<{ id: string; email: string }> };
  const id = patients.find((patient) => patient.email === email)?.id;
  if (!id) throw new Error(`${email} is not on this clinician's team`);
  return id;
}

test('a patient on a 375 px screen starts the stretching experiment, sees its progress and the reminder, and stops it', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInAs(page, PATIENT_SUITE_ACCOUNTS.experiment);
  await page.goto('/diary/insights');
  const section = page.getByRole('region', { name: 'Try it for two weeks' });
  await section.getByRole('button', { name: 'Start: Stretch every night for 14 nights' }).click();

  const running = section.getByTestId('experiment-running');
  await expect(running.getByTestId('experiment-progress')).toHaveText('Night 1 of 14');
  await expect(running.getByRole('progressbar', { name: 'Experiment nights' })).toHaveAttribute('aria-valuenow', '1');
  await expect(running).toContainText('Stretch every night for 14 nights');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousAxeViolations(page);
  await testInfo.attach('experiment running at 375 px', {
    body: await page.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });

  const list = (await (await page.request.get('/api/v1/experiments')).json()) as { experiments: ExperimentJson[] };
  expect(list.experiments[0]).toMatchObject({ status: 'running', result: null });
  const second = await page.request.post('/api/v1/experiments', { data: { factor: 'stretched_before_bed' } });
  expect(second.status()).toBe(409);

  // The diary form reminds them while it runs.
  await page.goto('/diary/new');
  const reminder = page.getByTestId('experiment-reminder');
  await expect(reminder).toContainText('Stretch every night for 14 nights: night 1 of 14.');
  await expect(reminder).toContainText('Remember to stretch your calves before bed');

  // Stopping asks first; "Keep going" changes nothing.
  await page.goto('/diary/insights');
  await section.getByRole('button', { name: 'Stop the experiment…' }).click();
  await section.getByRole('button', { name: 'Keep going' }).click();
  await expect(running.getByTestId('experiment-progress')).toHaveText('Night 1 of 14');
  await section.getByRole('button', { name: 'Stop the experiment…' }).click();
  await section
    .getByRole('group', { name: 'Stop the experiment?' })
    .getByRole('button', { name: 'Yes, stop it' })
    .click();
  await expect(section.getByRole('button', { name: 'Start: Stretch every night for 14 nights' })).toBeVisible();
  await expect(section).toContainText('stopped early');
  const after = (await (await page.request.get('/api/v1/experiments')).json()) as { experiments: ExperimentJson[] };
  expect(after.experiments[0]).toMatchObject({ id: list.experiments[0]!.id, status: 'abandoned' });
  await page.goto('/diary/new');
  await expect(page.getByTestId('experiment-reminder')).toHaveCount(0);
});

test('the stretcher reads their finished experiment in plain words', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInAs(page, STRETCHER);
  await page.goto('/diary/insights');
  const finished = page.getByTestId('experiment-finished');
  await expect(finished).toHaveAttribute('data-verdict', 'fewer_pain_nights');
  await expect(finished).toContainText('During your experiment, you had cramps or leg pain on 0 of 14 nights.');
  await expect(finished).toContainText('In the 14 nights before, you had cramps or leg pain on 8 of 14 nights.');
  await expect(finished).toContainText('You stretched on 14 of the 14 nights you filled in.');
  await expect(finished).toContainText('You had pain on fewer nights during the experiment than before it.');
  await expect(finished).toContainText(/anywhere from \d+ to \d+ fewer pain nights in every 14/);
  await expect(page.getByRole('main')).not.toContainText(/caus|because/i);
  // No experiment runs, so one can be started again.
  await expect(page.getByRole('button', { name: 'Start: Stretch every night for 14 nights' })).toBeVisible();

  const api = (await (await page.request.get('/api/v1/experiments')).json()) as { experiments: ExperimentJson[] };
  expect(api.experiments).toHaveLength(1);
  expect(api.experiments[0]).toMatchObject({
    status: 'finished',
    result: {
      with: { nights: 14, pain_nights: 0 },
      without: { nights: 14, pain_nights: 8 },
      verdict: 'fewer_pain_nights',
    },
  });
});

test.describe('as clinician@', () => {
  test.use({ storageState: storageStateFor('clinician') });

  test("sees the stretcher's finished experiment on the patient page and in the PDF", async ({ page }) => {
    const patientId = await patientIdOf(page, STRETCHER);
    await page.goto(`/clinician/patients/${patientId}`);
    const part = page.getByTestId('patient-experiments');
    await expect(part.getByRole('heading', { name: 'Two-week experiments' })).toBeVisible();
    const row = part.getByTestId('experiment-row');
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute('data-status', 'finished');
    for (const text of [
      'Stretching before bed',
      'Finished',
      'habit kept on 14 of 14 nights',
      '0/14 (0%)',
      '8/14 (57%)',
    ]) {
      await expect(row).toContainText(text);
    }
    await expect(row).toContainText(/−57\.1 points \(95% CI −\d+\.\d to −\d+\.\d\)/);
    await expect(row).toContainText('Fewer pain nights');

    const report = await page.request.get(`/clinician/patients/${patientId}/report.pdf`);
    expect(report.status()).toBe(200);
    const text = (await extractPdfText(Buffer.from(await report.body()))).replace(/\s+/g, ' ');
    expect(text).toContain('Two-week experiments');
    expect(text).toContain('Finished; habit on 14 of 14 nights');
    expect(text).toContain('0/14 (0%)');
    expect(text).toContain('8/14 (57%)');
    expect(text).toContain('-57.1 points');

    const api = await page.request.get(`/api/v1/patients/${patientId}/experiments`);
    expect(api.status()).toBe(200);
    expect(((await api.json()) as { experiments: ExperimentJson[] }).experiments[0]?.status).toBe('finished');
  });

  test('starts a stretching experiment for a patient on the team, which the patient then sees', async ({
    page,
    browser,
  }) => {
    const patientId = await patientIdOf(page, TEAM_STARTED);
    await page.goto(`/clinician/patients/${patientId}`);
    const part = page.getByTestId('patient-experiments');
    await part.getByRole('button', { name: 'Start stretching experiment' }).click();
    const row = part.getByTestId('experiment-row');
    await expect(row).toHaveAttribute('data-status', 'running');
    await expect(row).toContainText('Running: night 1 of 14');
    await expect(part.getByRole('button', { name: 'Start stretching experiment' })).toHaveCount(0);

    const context = await browser.newContext();
    const patientPage = await context.newPage();
    await signInAs(patientPage, TEAM_STARTED);
    await patientPage.goto('/diary/insights');
    await expect(patientPage.getByTestId('experiment-progress')).toHaveText('Night 1 of 14');
    await context.close();
  });
});
