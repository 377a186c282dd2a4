import { randomUUID } from 'node:crypto';
import { generatePatients } from '../demo/generate';
import type { DiaryEntry } from '../diary/types';
import { buildFhirBundle } from '../export/fhir/bundle';
import { renderVisitReport } from '../export/pdf/report-pdf';
import { computeInsights } from '../insights';
import type { ExportEntry, ExportFlag, PatientExportData } from '../export/types';
import { addDays, evaluateNight } from '../rules';
import { percentile, since } from './measure';

/** Rule-engine evaluations per second over generated patients, each night with its 14-night window. */
export function benchRuleEngine(options: { patients: number; nights: number; endNight: string }) {
  const cases = [
    ...generatePatients({ count: options.patients, nights: options.nights, endNight: options.endNight, seed: 7 }),
  ].flatMap((patient) => {
    const entries: DiaryEntry[] = patient.entries.map((fields) => ({ ...fields, id: randomUUID() }));
    return entries.map((entry, index) => {
      const windowStart = addDays(entry.night_of, -13);
      const window = entries.slice(Math.max(0, index - 13), index + 1).filter((e) => e.night_of >= windowStart);
      return { profile: patient.profile, entry, entries: window };
    });
  });
  // Warm up the JIT so the figure reflects steady state.
  for (const input of cases.slice(0, 2000)) evaluateNight(input);
  const start = performance.now();
  let firings = 0;
  for (const input of cases) firings += evaluateNight(input).length;
  const ms = since(start);
  return { evaluations: cases.length, firings, ms, perSecond: (cases.length / ms) * 1000 };
}

/** A year of one generated patient with the flags the rules would raise, as export data. */
export function yearOfExportData(endNight: string, nights = 365): PatientExportData {
  const [patient] = [...generatePatients({ count: 1, nights, endNight, seed: 11 })];
  if (!patient) throw new Error('the generator returned no patient');
  const entries: ExportEntry[] = patient.entries.map((fields) => ({
    ...fields,
    id: randomUUID(),
    recordedAt: new Date(`${addDays(fields.night_of, 1)}T07:30:00Z`),
  }));
  const flags = new Map<string, ExportFlag>();
  for (const entry of entries) {
    for (const firing of evaluateNight({ profile: patient.profile, entry, entries })) {
      const seen = entry.recordedAt;
      const flag = flags.get(firing.ruleId);
      if (flag) {
        flag.evidenceNights = [...new Set([...flag.evidenceNights, ...firing.evidenceNights])].sort();
        flag.lastSeenAt = seen;
        continue;
      }
      flags.set(firing.ruleId, {
        id: randomUUID(),
        ruleId: firing.ruleId,
        tier: firing.tier,
        status: 'open',
        reason: firing.reason,
        modifiers: firing.modifiers,
        evidenceNights: firing.evidenceNights,
        firstSeenAt: seen,
        lastSeenAt: seen,
        resolvedAt: null,
        evidenceWithdrawnAt: null,
      });
    }
  }
  return {
    patient: { id: randomUUID(), name: patient.name, email: patient.email, profile: patient.profile },
    range: { from: entries[0]?.night_of, to: endNight },
    entries,
    flags: [...flags.values()],
    generatedAt: new Date(),
  };
}

/** Median and p95 build time of the FHIR bundle (object and JSON text) for a year of nights. */
export function benchFhirBundle(data: PatientExportData, runs = 30) {
  const times: number[] = [];
  let bytes = 0;
  let resources = 0;
  for (let i = 0; i < runs + 3; i++) {
    const start = performance.now();
    const bundle = buildFhirBundle(data);
    const text = JSON.stringify(bundle);
    if (i >= 3) times.push(since(start));
    bytes = text.length;
    resources = bundle.entry.length;
  }
  return { nights: data.entries.length, resources, bytes, p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Median render time of the PDF visit report. */
export async function benchPdfReport(data: PatientExportData, runs = 5) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const pdf = await renderVisitReport(data);
    if (i >= 1) times.push(since(start));
    bytes = pdf.length;
  }
  return { nights: data.entries.length, bytes, p50: percentile(times, 50) };
}

/**
 * Median and p95 time of one patient's insights (lib/insights) over a window
 * of a year: the four comparisons, both intervals each.
 */
export function benchInsights(data: PatientExportData, runs = 200) {
  const to = data.range.to ?? data.entries.at(-1)?.night_of ?? '';
  const window = { from: addDays(to, -364), to };
  const times: number[] = [];
  for (let i = 0; i < runs + 20; i++) {
    const start = performance.now();
    computeInsights(data.entries, window);
    // The first runs warm up the JIT.
    if (i >= 20) times.push(since(start));
  }
  return { nights: data.entries.length, p50: percentile(times, 50), p95: percentile(times, 95) };
}
