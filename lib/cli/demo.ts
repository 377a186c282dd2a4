import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD, isProductionMode } from '../env';
import { DEMO_ACCOUNTS_TABLE, seedDemoIfEmpty } from '../demo/seed';
import { loadOrCreateAuthSecret } from './auth-secret';
import { openMigratedDatabase, runCli } from './open-database';

const nextBin = path.join('node_modules', '.bin', 'next');

/** `npm run demo`: migrate, seed if empty, build if there is no build, then serve. */
runCli(async () => {
  if (isProductionMode()) {
    throw new Error('npm run demo seeds demo accounts and is refused with NODE_ENV=production.');
  }
  const port = process.env.PORT ?? '3000';
  const authSecret = loadOrCreateAuthSecret();

  const handle = await openMigratedDatabase();
  try {
    const seeded = await seedDemoIfEmpty(handle.db);
    console.log(
      seeded
        ? `Seeded demo data: ${seeded.patients} patients, ${seeded.entries} nights.`
        : 'Database already has data; not seeding.',
    );
  } finally {
    // The server opens the embedded database next; only one process may hold it.
    await handle.close();
  }

  if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) {
    console.log('No production build yet: building (about a minute)…');
    const build = spawnSync(nextBin, ['build'], {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    if (build.status !== 0) throw new Error('next build failed; see the output above.');
  }

  const server = spawn(nextBin, ['start', '-p', port], {
    stdio: 'inherit',
    env: {
      ...process.env,
      AUTH_SECRET: authSecret,
      CALFWATCH_DEMO: '1',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  void announceWhenReady(port);
  await new Promise<void>((resolve, reject) => {
    server.on('exit', (code) =>
      code === 0 || code === null ? resolve() : reject(new Error(`server exited with code ${code}`)),
    );
  });
});

async function announceWhenReady(port: string): Promise<void> {
  const url = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) {
        console.log(
          `\nCalfwatch is running at ${url}\nDemo accounts (password "${DEMO_PASSWORD}"):\n${DEMO_ACCOUNTS_TABLE}\nPress Ctrl+C to stop.\n`,
        );
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
