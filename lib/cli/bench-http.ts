import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_HTTP_USAGE, parseBenchHttpArgs, UsageError } from '../bench/args';
import { gzippedClientJs } from '../bench/http/client-js';
import { drive, type LoadFigures } from '../bench/http/load';
import { samplePeakRss } from '../bench/http/server-memory';
import { signIn } from '../bench/http/session';
import { prepareTarget, RAW_LOAD_CALLERS } from '../bench/http/target';
import { figure, megabytes } from '../bench/measure';
import { emptyDiaryFields } from '../diary/empty';
import { DEMO_PASSWORD } from '../env';
import { addDays } from '../rules';
import { runCli } from './open-database';
import { SERVER_ENTRY } from './server';

const nextBin = path.join('node_modules', '.bin', 'next');
/** Patients who submit at once, one per connection (the submission run). */
const SUBMITTERS = 20;

interface RouteResult extends LoadFigures {
  route: string;
  connections: number;
  /** p97.5 over /login's p97.5 (the framework's floor) in the same run. */
  vsLogin: number | null;
}

/**
 * `npm run bench:http`: the whole app under load over HTTP, as a clinic would
 * see it (BENCHMARKS.md). Reports ratios to baselines measured in the same
 * run, since absolute figures depend on the machine and its other load.
 */
runCli(async () => {
  let options;
  try {
    options = parseBenchHttpArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) throw new Error(`${error.message}\n\n${BENCH_HTTP_USAGE}`);
    throw error;
  }
  if (options.help) {
    console.log(BENCH_HTTP_USAGE);
    return;
  }
  const log = (line: string) => console.log(line);
  const target = await prepareTarget({ ...options, submitters: SUBMITTERS, log });

  const buildStart = performance.now();
  if (options.build && !(options.quick && fs.existsSync(path.join('.next', 'BUILD_ID')))) {
    log('Building…');
    const build = spawnSync(nextBin, ['build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (build.status !== 0) throw new Error('next build failed; see the output above.');
  }
  const buildSeconds = (performance.now() - buildStart) / 1000;

  const base = `http://127.0.0.1:${options.port}`;
  const server = startServer(options.port, target.serverEnv);
  try {
    await waitUntilHealthy(base, server);
    const clinician = { cookie: await signIn(base, target.clinicianEmail, DEMO_PASSWORD) };
    const submitters = await Promise.all(target.submitters.map((email) => signIn(base, email, DEMO_PASSWORD)));
    const run = async (route: string, url: string, connections: number, extra: Parameters<typeof drive>[0] | object = {}) => {
      // Requests the last run left in flight must not count against this one: wait until the server is idle.
      await waitUntilHealthy(base, server);
      // A short warm-up so the first compile of a route's code is not measured.
      await drive({ url, connections: 1, seconds: 1, ...extra });
      const figures = await drive({ url, connections, seconds: options.seconds, ...extra });
      log(`  ${route}: p50 ${figure(figures.p50)} ms, p97.5 ${figure(figures.p97_5)} ms, ${figure(figures.requestsPerSecond)} req/s`);
      return { route, connections, ...figures };
    };
    const auth = { headers: { cookie: clinician.cookie } };
    const yearFrom = addDays(target.lastNight, -364);
    log(`Driving routes for ${options.seconds} s each…`);
    const measured = [
      await run('GET /login', `${base}/login`, 10),
      await run('GET /api/v1/health', `${base}/api/v1/health`, 10),
      await run('GET /clinician (worklist)', `${base}/clinician`, 10, auth),
      await run('GET /clinician/patients', `${base}/clinician/patients`, 10, auth),
      await run('GET /clinician/patients?q=mar', `${base}/clinician/patients?q=mar`, 10, auth),
      await run('GET /clinician/patients?sort=trend', `${base}/clinician/patients?sort=trend&dir=desc`, 10, auth),
      await run('GET /clinician/patients/[id]', `${base}/clinician/patients/${target.patientId}`, 10, auth),
      await run(
        'GET /api/v1/patients/{id}/diary-entries (a year)',
        `${base}/api/v1/patients/${target.patientId}/diary-entries?from=${yearFrom}&to=${target.lastNight}`,
        10,
        auth,
      ),
      await run('GET /api/v1/health (20 connections)', `${base}/api/v1/health`, 20),
      await run('PUT /api/v1/diary-entries/{night}', `${base}/api/v1/diary-entries/${target.lastNight}`, SUBMITTERS, {
        method: 'PUT',
        setupRequest: submissionRequest(submitters, target.lastNight),
      }),
    ];
    const login = measured[0]?.p97_5 ?? Number.NaN;
    const routes: RouteResult[] = measured.map((result) => ({
      ...result,
      vsLogin: result.route.startsWith('PUT') || result.route.includes('20 connections') ? null : result.p97_5 / login,
    }));

    log('Panel export…');
    const team = target.teamSize;
    const largeNights = Math.max(1, Math.min(options.nights, Math.ceil(1_000_000 / team)));
    const smallNights = Math.max(1, Math.ceil(largeNights / 10));
    const exportRuns = [];
    for (const nights of [smallNights, largeNights]) {
      const from = addDays(target.lastNight, -(nights - 1));
      exportRuns.push(await timeExport(`${base}/clinician/export.csv?from=${from}&to=${target.lastNight}`, clinician.cookie, server));
    }

    log('Client JavaScript per route…');
    const pages = {
      '/login': `${base}/login`,
      '/clinician': `${base}/clinician`,
      '/clinician/patients': `${base}/clinician/patients`,
      '/clinician/patients/[id]': `${base}/clinician/patients/${target.patientId}`,
    };
    const clientJs: Record<string, { gzipBytes: number; files: number }> = {};
    const rscPayload: Record<string, number> = {};
    for (const [route, url] of Object.entries(pages)) {
      const headers: Record<string, string> = route === '/login' ? {} : { cookie: clinician.cookie };
      const html = await (await fetch(url, { headers })).text();
      const js = gzippedClientJs(html);
      clientJs[route] = { gzipBytes: js.bytes, files: js.files };
      // What a client-side navigation to the route downloads: its RSC payload.
      const rsc = await fetch(url, { headers: { ...headers, rsc: '1' } });
      rscPayload[route] = (await rsc.arrayBuffer()).byteLength;
    }

    const find = (prefix: string) => routes.find((route) => route.route.startsWith(prefix));
    const api = find('GET /api/v1/patients');
    const health20 = find('GET /api/v1/health (20');
    const put = find('PUT');
    const [smallExport, largeExport] = exportRuns;
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      data: {
        target: target.label,
        patients: options.patients,
        nights: options.nights,
        clinicians: options.clinicians,
        clinicianTeam: team,
        generatedNow: target.generated,
        generateSeconds: target.generateSeconds,
      },
      secondsPerRoute: options.seconds,
      buildSeconds,
      routes,
      api: {
        rawQueryP50: target.rawYearReadP50,
        rawQueryLoadedP50: target.rawYearReadLoadedP50,
        apiP50: api?.p50 ?? null,
        ratioToRaw: api ? api.p50 / target.rawYearReadP50 : null,
        ratioToRawLoaded: api ? api.p50 / target.rawYearReadLoadedP50 : null,
      },
      submissions: {
        reqPerSecondVsHealth: put && health20 ? put.requestsPerSecond / health20.requestsPerSecond : null,
        p97_5VsHealth: put && health20 ? put.p97_5 / health20.p97_5 : null,
      },
      export: exportRuns,
      exportPeakRssRatio: smallExport && largeExport ? largeExport.peakRss / smallExport.peakRss : null,
      clientJs,
      rscPayloadBytes: rscPayload,
    };
    fs.writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
    log(`\nWrote ${options.out}.`);
  } finally {
    server.kill('SIGTERM');
  }
});

/** One patient per connection (autocannon's per-connection context), editing its last six nights in turn. */
function submissionRequest(cookies: readonly string[], lastNight: string) {
  let next = 0;
  return (request: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer }, context: Record<string, unknown>) => {
    if (context.cookie === undefined) {
      context.cookie = cookies[next % cookies.length];
      context.round = 0;
      next += 1;
    }
    const round = (context.round as number) + 1;
    context.round = round;
    const night = addDays(lastNight, -(round % 6));
    const fields = { ...emptyDiaryFields(night), worst_pain: round % 4, episodes: round % 2 };
    return {
      ...request,
      method: 'PUT',
      path: `/api/v1/diary-entries/${night}`,
      headers: { ...request.headers, cookie: String(context.cookie), 'content-type': 'application/json' },
      body: JSON.stringify(fields),
    };
  };
}

/** Downloads a panel CSV, counting rows, while sampling the server's memory. */
async function timeExport(url: string, cookie: string, server: ChildProcess) {
  const sampler = samplePeakRss(server.pid ?? 0);
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`export failed: HTTP ${response.status}`);
  let newlines = 0;
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    // Native search, not a byte loop: the reader shares the two cores with the server it measures.
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) newlines += 1;
  }
  const seconds = (performance.now() - start) / 1000;
  const peakRss = sampler.stop();
  // One line per night plus the header (generated notes hold no line breaks).
  const rows = Math.max(0, newlines - 1);
  console.log(`  ${figure(rows)} rows in ${seconds.toFixed(1)} s: ${figure(rows / seconds)} rows/s, peak RSS ${megabytes(peakRss)}`);
  return { url: url.replace(/^https?:\/\/[^/]+/, ''), rows, bytes, seconds, rowsPerSecond: rows / seconds, peakRss };
}

function startServer(port: number, env: Record<string, string>): ChildProcess {
  return spawn(path.join('node_modules', '.bin', 'tsx'), [SERVER_ENTRY, '-p', String(port), '-H', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      ...env,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      CALFWATCH_DEMO: '1',
      // The periodic sweeps would add noise; the bench measures requests only.
      CALFWATCH_WORKERS: 'off',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
}

async function waitUntilHealthy(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/api/v1/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the server did not answer its health check within two minutes');
}

function printTable(results: {
  routes: RouteResult[];
  api: { rawQueryP50: number; rawQueryLoadedP50: number; ratioToRaw: number | null; ratioToRawLoaded: number | null };
  submissions: { reqPerSecondVsHealth: number | null; p97_5VsHealth: number | null };
  export: Array<{ rows: number; rowsPerSecond: number; peakRss: number }>;
  exportPeakRssRatio: number | null;
  clientJs: Record<string, { gzipBytes: number }>;
  rscPayloadBytes: Record<string, number>;
}) {
  const ratio = (value: number | null) => (value === null ? '—' : `${value.toFixed(2)}×`);
  console.log('\n| route | conns | p50 ms | p97.5 ms | req/s | errors | p97.5 vs /login |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results.routes) {
    console.log(
      `| ${r.route} | ${r.connections} | ${figure(r.p50)} | ${figure(r.p97_5)} | ${figure(r.requestsPerSecond)} | ${r.errors} | ${ratio(r.vsLogin)} |`,
    );
  }
  console.log(
    `\nAPI year read: raw query p50 ${results.api.rawQueryP50.toFixed(1)} ms alone, ` +
      `${results.api.rawQueryLoadedP50.toFixed(1)} ms with ${RAW_LOAD_CALLERS} callers at once; ` +
      `API p50 is ${ratio(results.api.ratioToRaw)} the first, ${ratio(results.api.ratioToRawLoaded)} the second.`,
  );
  console.log(
    `Submissions: ${ratio(results.submissions.reqPerSecondVsHealth)} of health's req/s at 20 connections; ` +
      `p97.5 ${ratio(results.submissions.p97_5VsHealth)} health's.`,
  );
  for (const run of results.export) {
    console.log(`Panel export: ${figure(run.rows)} rows at ${figure(run.rowsPerSecond)} rows/s, server peak RSS ${megabytes(run.peakRss)}`);
  }
  console.log(`Export peak RSS, large over small: ${ratio(results.exportPeakRssRatio)}`);
  for (const [route, js] of Object.entries(results.clientJs)) {
    console.log(`Client JS ${route}: ${(js.gzipBytes / 1024).toFixed(1)} KB gzipped; RSC payload ${(
      (results.rscPayloadBytes[route] ?? 0) / 1024
    ).toFixed(1)} KB`);
  }
}
