import os from 'node:os';
import { count } from 'drizzle-orm';
import { flags } from '@/db/schema';
import { BENCH_USAGE, parseBenchArgs, UsageError } from '../bench/args';
import { benchPanelExport, benchSaveEntry } from '../bench/database-benchmarks';
import { fillDatabase } from '../bench/fill-database';
import { benchNotifications } from '../bench/notify-benchmarks';
import { benchSignInWithMfa } from '../bench/sign-in-benchmarks';
import { figure, megabytes } from '../bench/measure';
import {
  benchFhirBundle,
  benchInsights,
  benchPdfReport,
  benchRuleEngine,
  yearOfExportData,
} from '../bench/pure-benchmarks';
import { openScratchDatabase } from '../bench/scratch-database';
import { addDays } from '../rules';
import { todayIso } from '../validation/dates';
import { runCli } from './open-database';

/**
 * `npm run bench`: fills a scratch database with the scale generator and
 * prints figures. Nothing here asserts a timing; machines differ.
 */
runCli(async () => {
  let options;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) throw new Error(`${error.message}\n\n${BENCH_USAGE}`);
    throw error;
  }
  if (options.help) {
    console.log(BENCH_USAGE);
    return;
  }
  const endNight = addDays(todayIso(), -1);
  const handle = await openScratchDatabase({ serverUrl: options.databaseUrl, keep: options.keep });
  try {
    console.log(
      `Calfwatch benchmarks: ${handle.label}, ${figure(options.patients)} patients × ${options.nights} nights ` +
        `(Node ${process.version}, ${os.cpus().length} CPUs)\n`,
    );
    const fillStart = performance.now();
    const summary = await fillDatabase(handle.db, {
      patients: options.patients,
      nights: options.nights,
      clinicians: 2,
      endNight,
      flagNights: 14,
      concurrency: handle.kind === 'postgres' ? 3 : 1,
      copyUrl: handle.kind === 'postgres' ? handle.url : undefined,
    });
    const [flagCount] = await handle.db.select({ n: count() }).from(flags);
    row(
      'Scale generator',
      `${figure(summary.entries)} nights and ${figure(flagCount?.n ?? 0)} flags in ${seconds(performance.now() - fillStart)}`,
    );

    const saves = await benchSaveEntry(handle.db, { samples: options.saves, endNight });
    row(
      'saveDiaryEntry',
      `p50 ${ms(saves.p50)} · p95 ${ms(saves.p95)} · max ${ms(saves.max)} (${saves.samples} saves, half edits)`,
    );

    const panel = await benchPanelExport(handle.db, summary);
    row(
      'Panel CSV export',
      `${figure(panel.rowsPerSecond)} rows/s: ${figure(panel.rows)} rows, ${megabytes(panel.bytes)} in ${seconds(panel.ms)}`,
    );
    row(
      '  memory while streaming',
      `peak RSS ${megabytes(panel.peak.rss)} (+${megabytes(growth(panel.baseline.rss, panel.peak.rss))} over the start), ` +
        `peak JS heap ${megabytes(panel.peak.heapUsed)} (+${megabytes(growth(panel.baseline.heapUsed, panel.peak.heapUsed))})`,
    );

    const rules = benchRuleEngine({ patients: Math.min(options.patients, 300), nights: options.nights, endNight });
    row(
      'Rule engine (pure)',
      `${figure(rules.perSecond)} evaluations/s (${figure(rules.evaluations)} nights, ${figure(rules.firings)} firings)`,
    );

    const year = yearOfExportData(endNight, 365);
    const fhir = benchFhirBundle(year);
    row(
      'FHIR bundle (365 nights)',
      `p50 ${ms(fhir.p50)} · p95 ${ms(fhir.p95)}: ${figure(fhir.resources)} resources, ${megabytes(fhir.bytes)} JSON`,
    );

    const insights = benchInsights(year);
    row(
      'Insights (one patient, 365 nights)',
      `p50 ${ms(insights.p50)} · p95 ${ms(insights.p95)}: ${figure(insights.nights)} nights recorded`,
    );

    const quarter = {
      ...year,
      entries: year.entries.slice(-90),
      range: { from: addDays(endNight, -89), to: endNight },
    };
    const pdf = await benchPdfReport(quarter);
    row('PDF visit report (90 nights)', `p50 ${ms(pdf.p50)}: ${figure(pdf.bytes / 1024)} KB`);

    const alerts = await benchNotifications(handle, { latencySamples: 20, burst: 100, endNight });
    row(
      'Flag commit → email received',
      `p50 ${ms(alerts.latency.p50)} · p95 ${ms(alerts.latency.p95)} (${alerts.latency.samples} urgent flags, local SMTP sink)`,
    );
    row(
      'Notifications delivered',
      `${figure(alerts.burst.perSecond, 1)} emails/s (${alerts.burst.emails} flags committed at once, ${seconds(alerts.burst.ms)})`,
    );
    const signIns = await benchSignInWithMfa(handle.db, { samples: 40, concurrency: 4 });
    row(
      'Sign-in with TOTP',
      `p50 ${ms(signIns.p50)} · p95 ${ms(signIns.p95)} one at a time; ${figure(signIns.perSecond, 1)} sign-ins/s ` +
        `with ${signIns.concurrency} at once (${signIns.samples} each; argon2id + code + session row + audit)`,
    );
    row('Peak RSS of this process', megabytes(process.resourceUsage().maxRSS * 1024));
    if (handle.kind === 'pglite')
      console.log('\n(PGlite runs inside this process, so its memory counts in the RSS figures.)');
  } finally {
    await handle.close();
  }
});

function growth(before: number, after: number): number {
  return Math.max(0, after - before);
}

function row(label: string, value: string): void {
  console.log(`${label.padEnd(30)} ${value}`);
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

function seconds(valueMs: number): string {
  return `${(valueMs / 1000).toFixed(1)} s`;
}
