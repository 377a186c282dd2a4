import { parseArgs } from 'node:util';
import { isValidNight } from '../rules/nights';

/** A command-line mistake: the message is printed as is, with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface GenerateOptions {
  patients: number;
  nights: number;
  clinicians: number;
  /** Re-run the rules for this many most recent nights per patient (0: no flags). */
  flagNights: number;
  seed?: number;
  endNight?: string;
  force: boolean;
  help: boolean;
}

export const GENERATE_USAGE = `Usage: npm run db:generate -- --patients N --nights M [options]

Fills the database (DATABASE_URL, or the embedded one) with N generated patients,
M nights each, split between generated clinicians (password "calfwatch-demo").

  --patients N       patients to create (1 to 1,000,000)
  --nights M         nights of diary per patient, ending last night (1 to 3,650)
  --clinicians K     clinicians sharing the patients (default 2)
  --flag-nights D    run the warning-sign rules over each patient's last D nights (default 14; 0 for none)
  --seed S           random seed (default: the demo's), for repeatable data
  --end-night DATE   last night, YYYY-MM-DD (default: last night)
  --force            allow it in production mode
  --help             show this text`;

/** Reads `db:generate`'s arguments; throws UsageError with a clear message on any mistake. */
export function parseGenerateArgs(argv: readonly string[]): GenerateOptions {
  const { values } = parseStrict(argv, {
    patients: { type: 'string' },
    nights: { type: 'string' },
    clinicians: { type: 'string' },
    'flag-nights': { type: 'string' },
    seed: { type: 'string' },
    'end-night': { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  const help = values.help === true;
  if (help) return { patients: 0, nights: 0, clinicians: 0, flagNights: 0, force: false, help };
  if (values.patients === undefined) throw new UsageError('--patients is required (how many patients to generate).');
  if (values.nights === undefined) throw new UsageError('--nights is required (how many nights per patient).');
  const patients = wholeNumber('--patients', values.patients, 1, 1_000_000);
  const clinicians = wholeNumber('--clinicians', values.clinicians ?? '2', 1, 1000);
  if (clinicians > patients)
    throw new UsageError(`--clinicians (${clinicians}) cannot exceed --patients (${patients}).`);
  const endNight = values['end-night'];
  if (endNight !== undefined && !isValidNight(endNight)) {
    throw new UsageError(`--end-night must be a real date written YYYY-MM-DD (got "${endNight}").`);
  }
  return {
    patients,
    nights: wholeNumber('--nights', values.nights, 1, 3650),
    clinicians,
    flagNights: wholeNumber('--flag-nights', values['flag-nights'] ?? '14', 0, 3650),
    seed: values.seed === undefined ? undefined : wholeNumber('--seed', values.seed, 0, 2 ** 31 - 1),
    endNight,
    force: values.force === true,
    help,
  };
}

export interface BenchOptions {
  patients: number;
  nights: number;
  /** A PostgreSQL server to create a scratch database on; unset: in-memory PGlite. */
  databaseUrl?: string;
  saves: number;
  keep: boolean;
  help: boolean;
}

export const BENCH_USAGE = `Usage: npm run bench [-- options]

Fills a scratch database with the scale generator, then prints figures:
rule-engine evaluations per second, saveDiaryEntry latency, panel CSV export
throughput and memory, FHIR bundle and PDF report build times, and alerts:
flag commit to email received at a local SMTP sink (p50, p95) and
notifications delivered per second.

  --patients N         generated patients (default 300, or BENCH_PATIENTS)
  --nights M           nights per patient (default 90, or BENCH_NIGHTS)
  --database-url URL   PostgreSQL server to create (and afterwards drop) a scratch
                       database on (or BENCH_DATABASE_URL); default: in-memory PGlite
  --saves K            saveDiaryEntry calls to time (default 200)
  --keep               keep the scratch PostgreSQL database
  --help               show this text`;

/** Reads `bench`'s arguments, falling back to BENCH_* environment variables. */
export function parseBenchArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): BenchOptions {
  const { values } = parseStrict(argv, {
    patients: { type: 'string' },
    nights: { type: 'string' },
    'database-url': { type: 'string' },
    saves: { type: 'string' },
    keep: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  const databaseUrl = values['database-url'] ?? (env.BENCH_DATABASE_URL || undefined);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new UsageError('--database-url must be a postgres:// URL.');
  }
  return {
    patients: wholeNumber('--patients', values.patients ?? env.BENCH_PATIENTS ?? '300', 1, 1_000_000),
    nights: wholeNumber('--nights', values.nights ?? env.BENCH_NIGHTS ?? '90', 14, 3650),
    databaseUrl,
    saves: wholeNumber('--saves', values.saves ?? '200', 1, 100_000),
    keep: values.keep === true,
    help: values.help === true,
  };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

function parseStrict<T extends OptionSpec>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function wholeNumber(name: string, text: string, min: number, max: number): number {
  const value = /^\d+$/.test(text.replace(/_/g, '')) ? Number(text.replace(/_/g, '')) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(
      `${name} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')} (got "${text}").`,
    );
  }
  return value;
}

export interface BenchHttpOptions {
  patients: number;
  nights: number;
  clinicians: number;
  /** PostgreSQL server; the bench fills (or reuses) a dedicated database on it. Unset: embedded PGlite. */
  databaseUrl?: string;
  /** Seconds each route is driven. */
  seconds: number;
  out: string;
  port: number;
  quick: boolean;
  /** Rebuild even when a build exists (the full run always builds unless --no-build). */
  build: boolean;
  help: boolean;
}

export const BENCH_HTTP_USAGE = `Usage: npm run bench:http [-- options]

Fills (or reuses) a dedicated database with the scale generator, builds, starts
the production server, signs in, and drives each route with autocannon; prints
a table and writes JSON. Run it on an otherwise idle machine: it measures load.

  --patients N         generated patients (default 10,000; --quick 40)
  --nights M           nights per patient (default 365; --quick 30)
  --clinicians K       clinicians sharing the patients (default 2)
  --database-url URL   PostgreSQL server (or BENCH_DATABASE_URL): the data go into
                       calfwatch_bench_<N>x<M>x<K> there, kept for reruns;
                       default: embedded PGlite in .bench/
  --seconds S          how long each route is driven (default 15; --quick 3)
  --out FILE           JSON results (default bench-results.json)
  --port P             port for the server (default 3299)
  --quick              tiny run for npm test: small data, 3 s per route
  --no-build           use the existing build as it is
  --help               show this text`;

/** Reads `bench:http`'s arguments, falling back to BENCH_DATABASE_URL. */
export function parseBenchHttpArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): BenchHttpOptions {
  const { values } = parseStrict(argv, {
    patients: { type: 'string' },
    nights: { type: 'string' },
    clinicians: { type: 'string' },
    'database-url': { type: 'string' },
    seconds: { type: 'string' },
    out: { type: 'string' },
    port: { type: 'string' },
    quick: { type: 'boolean' },
    'no-build': { type: 'boolean' },
    help: { type: 'boolean' },
  });
  const quick = values.quick === true;
  const databaseUrl = values['database-url'] ?? (env.BENCH_DATABASE_URL || undefined);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new UsageError('--database-url must be a postgres:// URL.');
  }
  const patients = wholeNumber('--patients', values.patients ?? (quick ? '40' : '10000'), 1, 1_000_000);
  const clinicians = wholeNumber('--clinicians', values.clinicians ?? '2', 1, 1000);
  if (clinicians > patients) throw new UsageError(`--clinicians (${clinicians}) cannot exceed --patients (${patients}).`);
  return {
    patients,
    nights: wholeNumber('--nights', values.nights ?? (quick ? '30' : '365'), 14, 3650),
    clinicians,
    databaseUrl,
    seconds: wholeNumber('--seconds', values.seconds ?? (quick ? '3' : '15'), 1, 600),
    out: values.out ?? 'bench-results.json',
    port: wholeNumber('--port', values.port ?? '3299', 1024, 65535),
    quick,
    build: values['no-build'] !== true,
    help: values.help === true,
  };
}
