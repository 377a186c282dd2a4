import {
  LazyPatternMixChart as PatternMixChart,
  LazyWeeklyPainChart as WeeklyPainChart,
} from '@/components/charts/lazy-charts';
import { NightlyChart } from '@/components/charts/nightly-charts';
import {
  chartNights,
  describePain,
  nightlySeries,
  packNightColumns,
  patternMix,
  weeklyPainNights,
} from '@/lib/presentation/chart-data';
import type { ClinicianEntry, ClinicianFlag } from '@/lib/views/types';

interface PatientChartsProps {
  entries: ClinicianEntry[];
  flags: ClinicianFlag[];
  today: string;
  days: number;
}

function mean(values: number[]): string {
  return values.length === 0 ? '—' : (values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(0);
}

/**
 * The patient page's charts, fed plain arrays computed here on the server (the nightly series packed into
 * columns); recharts loads after the page (lazy-charts).
 */
export function PatientCharts({ entries, flags, today, days }: PatientChartsProps) {
  if (entries.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
        No diary entries in the last {days} nights, so there is nothing to chart.
      </p>
    );
  }
  const nights = chartNights(today, days, entries);
  const points = nightlySeries(nights, entries, flags);
  const columns = packNightColumns(points);
  const weeks = weeklyPainNights(nights, entries);
  const patterns = patternMix(entries);
  const episodes = entries.reduce((sum, entry) => sum + entry.episodes, 0);
  const qualities = entries.flatMap((entry) => (entry.sleep_quality === null ? [] : [entry.sleep_quality]));
  const painWeeks = weeks.map((week) => week.pain_nights);
  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="patient-charts">
      <div className="lg:col-span-2">
        <NightlyChart chart="pain" columns={columns} title="Worst pain per night" summary={describePain(points)} />
      </div>
      <NightlyChart
        chart="episodes"
        columns={columns}
        title="Episodes per night"
        summary={`${episodes} episodes over ${entries.length} recorded nights.`}
      />
      <WeeklyPainChart
        weeks={weeks}
        title="Pain nights per week"
        summary={`Between ${Math.min(...painWeeks)} and ${Math.max(...painWeeks)} pain nights a week.`}
      />
      <PatternMixChart
        data={patterns}
        title="Pattern mix"
        summary={
          patterns.length === 0
            ? 'No pain pattern reported.'
            : patterns.map((pattern) => `${pattern.label}: ${pattern.nights}`).join('; ') + '.'
        }
      />
      <NightlyChart
        chart="sleep"
        columns={columns}
        title="Sleep"
        summary={`Mean ${mean(entries.map((entry) => entry.minutes_awake))} minutes awake a night; mean sleep quality ${
          qualities.length === 0 ? '—' : (qualities.reduce((a, b) => a + b, 0) / qualities.length).toFixed(1)
        } of 5.`}
      />
    </div>
  );
}
