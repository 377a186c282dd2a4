import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DEMO_ACCOUNTS_TABLE } from '../demo/accounts-table';
import { DEMO_PASSWORD, isProductionMode } from '../env';
import { loadOrCreateAuthSecret } from './auth-secret';
import { startMailSink } from './mail-sink';
import { runCli } from './open-database';
import { buildIfNeeded, serveProduction } from './server';
import { loadOrCreateVapidKeys } from './vapid-keys';

/** `npm run demo`: migrate, seed if empty, build if there is no build, then serve. */
runCli(async () => {
  if (isProductionMode()) {
    throw new Error('npm run demo seeds demo accounts and is refused with NODE_ENV=production.');
  }
  const port = process.env.PORT ?? '3000';
  const authSecret = loadOrCreateAuthSecret();
  const vapid = loadOrCreateVapidKeys();

  // Seeding runs in its own process: the embedded database's memory goes with
  // it, and the lock on the data directory is free before the server opens it.
  const seed = spawnSync(path.join('node_modules', '.bin', 'tsx'), ['lib/cli/seed.ts'], { stdio: 'inherit' });
  if (seed.status !== 0) throw new Error('Preparing the database failed; see the output above.');

  buildIfNeeded();
  // Emails go to a local SMTP sink that prints them here, unless SMTP_URL names a real server.
  const sink = process.env.SMTP_URL ? null : await startMailSink(Number(process.env.MAIL_SINK_PORT ?? 1025));
  await serveProduction({
    port,
    env: {
      AUTH_SECRET: authSecret,
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
      ...(sink ? { SMTP_URL: sink.url } : {}),
    },
    onReady: () =>
      console.log(
        `\nCalfwatch is running at http://localhost:${port}\n` +
          `Demo accounts (password "${DEMO_PASSWORD}"):\n${DEMO_ACCOUNTS_TABLE}\n` +
          (sink ? `Emails are caught by a local SMTP sink (${sink.url}) and printed here.\n` : '') +
          'Press Ctrl+C to stop.\n',
      ),
  });
});
