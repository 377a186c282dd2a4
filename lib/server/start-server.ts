import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { assertRuntimeConfig, SERVER_ENTRY_MARK, trustedProxies } from '../env';
import { stampClientAddress } from './stamp-client-address';

/**
 * The server entry behind `npm start`, `npm run dev`, `npm run demo` and the
 * end-to-end and HTTP-benchmark servers: Next.js's request handler inside a
 * plain node:http server. It exists for one reason: `next start` does not let
 * the app see the TCP peer, and the client address used for sign-in
 * throttling and the audit log must not come from a header anyone can send
 * (README, "Trusted proxies"; ARCHITECTURE.md, "The server entry").
 *
 * Options as for `next start`/`next dev`: `-p/--port` (else PORT, else 3000),
 * `-H/--hostname` (else every interface; like `next start`, the HOSTNAME
 * variable, which shells and containers set to the machine's name, is not
 * read), `--dev` for development.
 */

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', short: 'p' },
      hostname: { type: 'string', short: 'H' },
      dev: { type: 'boolean', default: false },
    },
  });
  const dev = values.dev ?? false;
  // As `next start` and `next dev` do; set before Next.js is loaded, which reads it.
  // The mark tells the app's start-up check (lib/env.ts) that client addresses come from here.
  Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production', [SERVER_ENTRY_MARK]: '1' });
  // Checked again by instrumentation.ts, where a failure only makes every request fail: here it stops the start.
  assertRuntimeConfig();
  // A malformed TRUSTED_PROXIES stops the start here, with a message naming the entry.
  const trust = trustedProxies();
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Not a port number: ${values.port ?? process.env.PORT}`);
  const hostname = values.hostname;

  const { default: next } = await import('next');
  const server = createServer();
  const app = next({ dev, hostname: hostname ?? 'localhost', port, httpServer: server });
  const handle = app.getRequestHandler();
  await app.prepare();
  server.on('request', (req, res) => {
    stampClientAddress(req, trust);
    handle(req, res).catch((error: unknown) => {
      console.error('[server]', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Internal Server Error');
    });
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve());
  });
  const shown = hostname && hostname !== '0.0.0.0' && hostname !== '::' ? hostname : 'localhost';
  console.log(`> Calfwatch ${dev ? 'development' : 'production'} server on http://${shown}:${port}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
