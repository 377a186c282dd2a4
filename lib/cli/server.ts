import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const nextBin = path.join('node_modules', '.bin', 'next');
const tsxBin = path.join('node_modules', '.bin', 'tsx');
/** The server entry that works out client addresses from the socket (lib/server/start-server.ts). */
export const SERVER_ENTRY = path.join('lib', 'server', 'start-server.ts');

/** Builds the production bundle unless one exists. */
export function buildIfNeeded(): void {
  if (fs.existsSync(path.join('.next', 'BUILD_ID'))) return;
  console.log('No production build yet: building (about a minute)…');
  const build = spawnSync(nextBin, ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('next build failed; see the output above.');
}

/**
 * Runs the production server (the same entry as `npm start`) in demo mode
 * until it exits, forwarding Ctrl+C.
 * `onReady` runs once the health check answers.
 */
export async function serveProduction(options: {
  port: string;
  env: Record<string, string>;
  onReady?: () => void;
}): Promise<void> {
  const server = spawn(tsxBin, [SERVER_ENTRY, '-p', options.port], {
    stdio: 'inherit',
    env: { ...process.env, ...options.env, CALFWATCH_DEMO: '1', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  void waitUntilHealthy(`http://localhost:${options.port}`).then((ok) => ok && options.onReady?.());
  await new Promise<void>((resolve, reject) => {
    server.on('exit', (code, signal) =>
      code === 0 || signal ? resolve() : reject(new Error(`the server exited with code ${code}`)),
    );
  });
}

async function waitUntilHealthy(url: string): Promise<boolean> {
  for (let attempt = 0; attempt < 240; attempt += 1) {
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}
