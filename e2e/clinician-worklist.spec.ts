import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { storageStateFor } from './support/accounts';

test.use({ storageState: storageStateFor('clinician') });

const TIER_RANK = { emergency: 3, urgent: 2, soon: 1, routine: 0 } as const;

interface ApiFlag {
  id: string;
  rule_id: string;
  tier: keyof typeof TIER_RANK;
  status: string;
}

/**
 * A live, open flag of a little-used demo patient on clinician@'s team (odd
 * numbers from patient043 down), found through the API, so acting on it does
 * not disturb other suites.
 */
async function openFlagOfQuietPatient(request: APIRequestContext, skip: string[] = []) {
  for (let n = 43; n >= 21; n -= 2) {
    const email = `patient0${n}@example.org`;
    const { patients } = (await (await request.get(`/api/v1/patients?query=${email}`)).json()) as {
      patients: { id: string; name: string }[];
    };
    const patient = patients[0];
    if (!patient || skip.includes(patient.id)) continue;
    const { flags } = (await (await request.get(`/api/v1/patients/${patient.id}/flags?status=open`)).json()) as {
      flags: ApiFlag[];
    };
    const flag = flags.find((candidate) => candidate.tier !== 'emergency');
    if (flag) return { patient, flag };
  }
  throw new Error('no quiet patient with an open flag in the demo data');
}

test('the worklist lists flags by tier, highest first, with counts per tier', async ({ page }) => {
  await page.goto('/clinician');
  await expect(page.getByRole('heading', { level: 1, name: 'Worklist' })).toBeVisible();
  const tiers = await page
    .getByTestId('worklist-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-tier') as keyof typeof TIER_RANK));
  expect(tiers.length).toBeGreaterThan(0);
  const ranks = tiers.map((tier) => TIER_RANK[tier]);
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));

  const counts = await Promise.all(
    (['emergency', 'urgent', 'soon', 'routine'] as const).map(async (tier) =>
      Number(await page.getByTestId(`count-${tier}`).innerText()),
    ),
  );
  expect(Number(await page.getByTestId('count-all').innerText())).toBe(counts.reduce((a, b) => a + b, 0));

  // The urgent count filters the list to urgent flags.
  await page
    .getByRole('link', { name: /Urgent/ })
    .first()
    .click();
  await expect(page).toHaveURL(/tier=urgent/);
  const filtered = page.getByTestId('worklist-item');
  await expect(filtered).toHaveCount(Math.min(counts[1] ?? 0, 25));
  for (const tier of await filtered.evaluateAll((items) => items.map((item) => item.getAttribute('data-tier')))) {
    expect(tier).toBe('urgent');
  }
});

test('a long-running flag shows its newest evidence nights and links to the rest on the patient page', async ({
  page,
}) => {
  await page.goto('/clinician');
  const earlierLink = { name: /^and \d+ earlier on the patient page$/ };
  const card = page
    .getByTestId('worklist-item')
    .filter({ has: page.getByRole('link', earlierLink) })
    .first();
  const more = card.getByRole('link', earlierLink);
  await expect(more).toBeVisible();
  const evidence = card.getByTestId('evidence-nights');
  // The newest six nights are listed (as "Mon 23 Nov"); the rest are only counted.
  await expect(evidence.getByRole('link', { name: /^\w{3} \d{1,2} \w{3}$/ })).toHaveCount(6);
  const total = Number(/Evidence: (\d+) nights/.exec(await evidence.innerText())?.[1]);
  const earlier = Number(/and (\d+) earlier/.exec(await more.innerText())?.[1]);
  expect(earlier).toBe(total - 6);
  const flagId = /#flag-([0-9a-f-]+)$/.exec((await more.getAttribute('href')) ?? '')?.[1];
  expect(flagId).toBeTruthy();
  await more.click();
  await expect(page).toHaveURL(/\/clinician\/patients\/[0-9a-f-]+\?entries=all#flag-/);
  await expect(page.locator(`[id="flag-${flagId}"]`)).toBeVisible();
});

test('filters by status and rule with the form, and malformed filters fall back', async ({ page }) => {
  await page.goto('/clinician?tier=severe&page=abc');
  await expect(page.getByTestId('worklist-item').first()).toBeVisible();
  await page.getByLabel('Status').selectOption('acknowledged');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/status=acknowledged/);
  const statuses = page.getByTestId('worklist-item').getByText('Acknowledged', { exact: true });
  const items = page.getByTestId('worklist-item');
  await expect(statuses).toHaveCount(await items.count());
  await page.getByLabel('Rule').selectOption('urgent-possible-dvt');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/rule=urgent-possible-dvt/);
});

test('a clinician acknowledges a flag, then resolves it with a note, from the worklist', async ({ page, request }) => {
  const { patient, flag } = await openFlagOfQuietPatient(request);
  await page.goto(`/clinician?rule=${flag.rule_id}`);
  const item = page.getByTestId('worklist-item').filter({ hasText: patient.name });
  await expect(item).toHaveCount(1);
  await expect(item.getByText('Open', { exact: true })).toBeVisible();

  await item.getByRole('button', { name: /^Acknowledge/ }).click();
  await expect(item.getByText('Acknowledged', { exact: true })).toBeVisible();
  await expect(item.getByRole('button', { name: /^Acknowledge/ })).toHaveCount(0);

  const acknowledged = item;
  await acknowledged.getByRole('button', { name: /^Resolve/ }).click();
  // A note is required.
  await acknowledged.getByRole('button', { name: 'Resolve flag' }).click();
  await expect(acknowledged.getByText('Write what was done or decided before resolving.')).toBeVisible();
  await acknowledged.getByLabel(/Resolution note/).fill('Phoned the patient; stretching advice, review in 4 weeks.');
  await acknowledged.getByRole('button', { name: 'Resolve flag' }).click();
  await expect(page.getByTestId('worklist-item').filter({ hasText: patient.name })).toHaveCount(0);

  // The patient page keeps the resolved flag with its note and who resolved it.
  await page.goto(`/clinician/patients/${patient.id}`);
  await page.getByText(/Resolved flags \(\d+\)/).click();
  const resolved = page.locator(`[data-testid="patient-flag"][data-status="resolved"]`).filter({
    hasText: 'Phoned the patient; stretching advice, review in 4 weeks.',
  });
  await expect(resolved).toContainText('Resolved by Dr Helen Okoye');
});

test('the worklist has no serious accessibility violations and works at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/clinician');
  await expect(page.getByTestId('worklist-item').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});
