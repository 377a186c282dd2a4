import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { asc, eq, inArray } from 'drizzle-orm';
import { connectDatabase } from '@/db/connect';
import { migrateDatabase } from '@/db/migrate';
import { careTeam, flags, notifications, patients, users } from '@/db/schema';
import { unsubscribeUrl } from '../notify/unsubscribe-token';
import { seedDemo } from '../demo/seed';
import { runCli } from './open-database';
import { buildIfNeeded, serveProduction } from './server';

/** Where end-to-end tests find the ids of the seeded demo records. */
export const E2E_ROOT = path.join('.test-data', 'e2e');

/**
 * Playwright's web server: a throwaway embedded database seeded with the demo
 * clinic, its own AUTH_SECRET, and the production server entry (`npm start`'s) on the build.
 */
runCli(async () => {
  const dataDir = path.join(E2E_ROOT, 'pglite');
  const authSecret = randomBytes(32).toString('base64url');
  fs.rmSync(E2E_ROOT, { recursive: true, force: true });
  const handle = await connectDatabase({ dataDir });
  try {
    await migrateDatabase(handle);
    await seedDemo(handle.db);
    const emails = [
      'patient@example.org',
      'patient2@example.org',
      'clinician@example.org',
      'clinician2@example.org',
      'admin@example.org',
    ];
    const rows = await handle.db
      .select({ email: users.email, userId: users.id, patientId: patients.id })
      .from(users)
      .leftJoin(patients, eq(patients.userId, users.id))
      .where(inArray(users.email, emails));
    fs.writeFileSync(
      path.join(E2E_ROOT, 'ids.json'),
      JSON.stringify(Object.fromEntries(rows.map((row) => [row.email, row])), null, 2),
    );
    // One resolved flag per clinician's team: access checks on flag actions that change nothing.
    const resolved = await handle.db
      .select({ email: users.email, flagId: flags.id })
      .from(flags)
      .innerJoin(careTeam, eq(careTeam.patientId, flags.patientId))
      .innerJoin(users, eq(users.id, careTeam.clinicianUserId))
      .where(eq(flags.status, 'resolved'))
      .orderBy(asc(flags.id));
    const resolvedFlags: Record<string, string> = {};
    for (const row of resolved) resolvedFlags[row.email] ??= row.flagId;
    fs.writeFileSync(path.join(E2E_ROOT, 'resolved-flags.json'), JSON.stringify(resolvedFlags, null, 2));
    // A seeded notification per clinician (for "someone else's notification" checks), and the demo
    // patient's unsubscribe link signed with this server's secret.
    const seededNotifications = await handle.db
      .select({ email: users.email, id: notifications.id })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .orderBy(asc(notifications.id));
    const notificationIds: Record<string, string> = {};
    for (const row of seededNotifications) notificationIds[row.email] ??= row.id;
    fs.writeFileSync(path.join(E2E_ROOT, 'notifications.json'), JSON.stringify(notificationIds, null, 2));
    const patientId = rows.find((row) => row.email === 'patient@example.org')?.patientId ?? '';
    fs.writeFileSync(
      path.join(E2E_ROOT, 'unsubscribe.json'),
      JSON.stringify({ url: unsubscribeUrl('', patientId, authSecret) }, null, 2),
    );
  } finally {
    await handle.close();
  }
  buildIfNeeded();
  await serveProduction({
    port: process.env.PORT ?? '3210',
    env: { AUTH_SECRET: authSecret, PGLITE_DIR: dataDir, DATABASE_URL: '', SMTP_URL: '', WEBHOOK_URL: '' },
  });
});
