import fs from 'node:fs';
import path from 'node:path';
import type { Visitor } from '../support/accounts';
import { PAGE_OWNED_BY } from './foundation';
import type { AccessCase, Outcome } from './types';

const MISSING = '00000000-0000-4000-8000-000000000000';

function seededNotification(email: string): string {
  const file = path.join('.test-data', 'e2e', 'notifications.json');
  const ids = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  return ids[email] ?? MISSING;
}

const only = (role: 'patient' | 'clinician' | 'admin', outcome: Outcome): Record<Visitor, Outcome> => ({
  anonymous: 401,
  patient: role === 'patient' ? outcome : 403,
  patient2: role === 'patient' ? outcome : 403,
  clinician: role === 'clinician' ? outcome : 403,
  clinician2: role === 'clinician' ? outcome : 403,
  admin: role === 'admin' ? outcome : 403,
});
const EVERYONE = { anonymous: 200, patient: 200, patient2: 200, clinician: 200, clinician2: 200, admin: 200 } as const;

/** Notification centre, alert settings, reminders, the delivery log and the signed-out unsubscribe page. */
export const notifyCases: AccessCase[] = [
  { path: '/clinician/notifications', expect: PAGE_OWNED_BY('clinician') },
  { path: '/clinician/notifications/preferences', expect: PAGE_OWNED_BY('clinician') },
  { path: '/diary/reminders', expect: PAGE_OWNED_BY('patient') },
  { path: '/admin/notifications', expect: PAGE_OWNED_BY('admin') },
  { path: '/admin/deliveries', expect: PAGE_OWNED_BY('admin') },
  { path: '/admin/deliveries?status=lost&channel=pigeon&cursor=x', expect: PAGE_OWNED_BY('admin') },
  { path: '/reminders/unsubscribe', expect: EVERYONE },
  { path: '/reminders/unsubscribe?token=not.genuine', expect: EVERYONE },

  { path: '/api/v1/notifications', expect: only('clinician', 200) },
  { method: 'POST', path: `/api/v1/notifications/${MISSING}/read`, expect: only('clinician', 404) },
  { method: 'POST', path: '/api/v1/notifications/not-an-id/read', expect: only('clinician', 404) },
  {
    // clinician@'s own notification: someone else's for clinician2@ (404), marked read for its owner.
    method: 'POST',
    path: () => `/api/v1/notifications/${seededNotification('clinician@example.org')}/read`,
    expect: { ...only('clinician', 404), clinician: 200 },
  },
  { path: '/api/v1/notification-preferences', expect: only('clinician', 200) },
  {
    method: 'PUT',
    path: '/api/v1/notification-preferences',
    body: { channels: { urgent: ['pager'] } },
    expect: only('clinician', 422),
  },
  { path: '/api/v1/reminders', expect: only('patient', 200) },
  { method: 'PUT', path: '/api/v1/reminders', body: { time: '25:00' }, expect: only('patient', 422) },
  { path: '/api/v1/admin/deliveries', expect: only('admin', 200) },
  { path: '/api/v1/admin/deliveries?status=lost', expect: only('admin', 422) },
];
