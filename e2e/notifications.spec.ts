import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { seededIds, storageStateFor } from './support/accounts';

function lastNight(): string {
  const date = new Date();
  date.setDate(date.getDate() - 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function unreadCount(request: APIRequestContext): Promise<number> {
  const body = (await (await request.get('/api/v1/notifications')).json()) as { unread_count: number };
  return body.unread_count;
}

test('a patient’s urgent night shows on the clinician’s bell without a reload', async ({ browser }) => {
  test.setTimeout(90_000);
  const clinician = await browser.newContext({ storageState: storageStateFor('clinician2') });
  const patient = await browser.newContext({ storageState: storageStateFor('patient2') });
  try {
    // A live flag of the rule would only gain evidence (no new alert): resolve it first.
    const patientId = seededIds()['patient2@example.org']!.patientId!;
    const { flags } = (await (await clinician.request.get(`/api/v1/patients/${patientId}/flags`)).json()) as {
      flags: { id: string; rule_id: string; status: string }[];
    };
    for (const flag of flags.filter((f) => f.rule_id === 'urgent-possible-dvt' && f.status !== 'resolved')) {
      await clinician.request.post(`/api/v1/flags/${flag.id}/resolve`, {
        data: { note: 'Reviewed before the e2e test.' },
      });
    }
    const before = await unreadCount(clinician.request);
    const page = await clinician.newPage();
    await page.goto('/clinician');
    const bell = page.getByTestId('notification-bell');
    await expect(bell).toHaveAttribute(
      'aria-label',
      before > 0 ? `Notifications: ${before} unread` : 'Notifications: none unread',
    );
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const saved = await patient.request.put(`/api/v1/diary-entries/${lastNight()}`, {
      data: { worst_pain: 6, side: 'left', symptoms: ['calf_swelling', 'calf_warmth'] },
    });
    expect(saved.ok()).toBe(true);
    const { flags: raised } = (await saved.json()) as { flags: { rule_id: string; tier: string }[] };
    expect(raised.map((f) => f.rule_id)).toContain('urgent-possible-dvt');

    await expect(bell).toHaveAttribute('aria-label', `Notifications: ${before + 1} unread`, { timeout: 45_000 });
    await expect(page.getByTestId('unread-count')).toHaveText(String(before + 1));
    expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(
      true,
    );

    await bell.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    const newest = page.getByTestId('notification').first();
    await expect(newest).toHaveAttribute('data-read', 'false');
    await newest.getByRole('button', { name: 'Mark as read' }).click();
    await expect(newest).toHaveAttribute('data-read', 'true');
    await expect(bell).toHaveAttribute(
      'aria-label',
      before > 0 ? `Notifications: ${before} unread` : 'Notifications: none unread',
    );
  } finally {
    await clinician.close();
    await patient.close();
  }
});

test.describe('as a clinician', () => {
  test.use({ storageState: storageStateFor('clinician') });

  test('sees patients who stopped filling in the diary in the worklist and the patient table', async ({ page }) => {
    // The seeded clinic has patients whose diary stopped more than three nights ago (lib/demo).
    const panel: { name: string; email: string; not_reporting: boolean }[] = [];
    let cursor: string | null = null;
    do {
      const response = await page.request.get(`/api/v1/patients?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      const body = (await response.json()) as { patients: typeof panel; next_cursor: string | null };
      panel.push(...body.patients);
      cursor = body.next_cursor;
    } while (cursor);
    const silent = panel.find((patient) => patient.not_reporting);
    const reporting = panel.find((patient) => !patient.not_reporting);
    expect(silent, 'a seeded patient who is not reporting').toBeDefined();

    await page.goto('/clinician');
    const list = page.getByRole('list', { name: 'Patients not reporting' });
    await expect(list.getByRole('link', { name: silent!.name })).toBeVisible();
    await expect(list.getByRole('link', { name: reporting!.name })).toHaveCount(0);

    await page.goto(`/clinician/patients?q=${encodeURIComponent(silent!.email)}`);
    const row = page.getByRole('row').filter({ hasText: silent!.email });
    await expect(row.getByTestId('not-reporting')).toHaveText('Not reporting');
    await page.goto(`/clinician/patients?q=${encodeURIComponent(reporting!.email)}`);
    await expect(page.getByRole('row').filter({ hasText: reporting!.email })).toBeVisible();
    await expect(page.getByTestId('not-reporting')).toHaveCount(0);
  });

  test('sets alert channels per tier', async ({ page }) => {
    await page.goto('/clinician/notifications/preferences');
    await expect(page.getByRole('heading', { level: 1, name: 'Alert settings' })).toBeVisible();
    const urgent = page.getByRole('group', { name: 'Urgent flags' });
    const email = urgent.getByRole('checkbox', { name: 'Email' });
    await expect(email).toBeChecked();
    await email.uncheck();
    await page.getByRole('button', { name: 'Save alert settings' }).click();
    await expect(page.getByRole('status')).toHaveText('Alert settings saved.');

    await page.reload();
    await expect(
      page.getByRole('group', { name: 'Urgent flags' }).getByRole('checkbox', { name: 'Email' }),
    ).not.toBeChecked();
    const saved = (await (await page.request.get('/api/v1/notification-preferences')).json()) as {
      channels: Record<string, string[]>;
    };
    expect(saved.channels.urgent).toEqual(['in_app']);
    expect(saved.channels.emergency).toEqual(['in_app', 'email']);

    const back = await page.request.put('/api/v1/notification-preferences', {
      data: { channels: { urgent: ['in_app', 'email'] } },
    });
    expect(back.status()).toBe(200);
    const refused = await page.request.put('/api/v1/notification-preferences', {
      data: { channels: { soon: ['email'] } },
    });
    expect(refused.status()).toBe(422);
    expect(((await refused.json()) as { fields: Record<string, string> }).fields.soon).toContain(
      'does not send alerts',
    );
  });
});

test.describe('as an admin', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('reads and filters the delivery log', async ({ page }) => {
    await page.goto('/admin/deliveries');
    await expect(page.getByRole('heading', { level: 1, name: 'Delivery log' })).toBeVisible();
    await expect(page.getByTestId('delivery-row').first()).toBeVisible();
    await page.getByLabel('Status').selectOption('sent');
    await page.getByLabel('Channel').selectOption('email');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/status=sent/);
    await expect(page).toHaveURL(/channel=email/);
    const rows = page.getByTestId('delivery-row');
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) {
      await expect(row).toContainText('Email');
      await expect(row).toContainText('sent');
    }
    const api = (await (await page.request.get('/api/v1/admin/deliveries?channel=email&status=sent')).json()) as {
      deliveries: Record<string, unknown>[];
    };
    expect(api.deliveries.length).toBeGreaterThan(0);
    expect(Object.keys(api.deliveries[0]!).sort()).toEqual(
      ['attempts', 'channel', 'created_at', 'id', 'last_error', 'sent_at', 'status'].sort(),
    );
  });
});

test.describe('signed out', () => {
  test('the unsubscribe link from a reminder email turns reminders off', async ({ page, browser }) => {
    const { url } = JSON.parse(fs.readFileSync(path.join('.test-data', 'e2e', 'unsubscribe.json'), 'utf8')) as {
      url: string;
    };
    await page.goto(url);
    await expect(page).toHaveURL(/\/reminders\/unsubscribe/);
    await page.getByRole('button', { name: 'Stop reminders' }).click();
    await expect(page.getByRole('status')).toContainText('Reminders are off');

    const patient = await browser.newContext({ storageState: storageStateFor('patient') });
    try {
      const reminders = (await (await patient.request.get('/api/v1/reminders')).json()) as { enabled: boolean };
      expect(reminders.enabled).toBe(false);
    } finally {
      await patient.close();
    }

    await page.goto(`${url.slice(0, -4)}AAAA`);
    await expect(page.getByText('This unsubscribe link is not valid.')).toBeVisible();
  });
});
