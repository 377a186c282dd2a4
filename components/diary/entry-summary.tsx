import type { DiaryEntry } from '@/lib/diary/types';
import { PATTERN_COPY, RELIEF_COPY, SIDE_COPY, SLEEP_QUALITY_COPY, SYMPTOM_COPY } from './field-copy';

function listOf<C extends string>(codes: readonly C[], copy: Record<C, { label: string }>): string {
  return codes.length === 0 ? 'None' : codes.map((code) => copy[code].label).join('; ');
}

/** A saved night read back in plain words (for nights that can no longer be changed). */
export function EntrySummary({ entry }: { entry: DiaryEntry }) {
  const rows: Array<[string, string]> = [
    ['Worst pain', `${entry.worst_pain} out of 10`],
    ['Which leg', SIDE_COPY[entry.side]],
    ['Woke from pain', entry.woke_from_pain ? 'Yes' : 'No'],
    ['Times the pain came', String(entry.episodes)],
    ['Longest time', `${entry.longest_episode_minutes} minutes`],
    ['All together', `${entry.total_minutes} minutes`],
    ['What it felt like', listOf(entry.patterns, PATTERN_COPY)],
    ['What helped', listOf(entry.relief, RELIEF_COPY)],
    ['Warning signs', listOf(entry.symptoms, SYMPTOM_COPY)],
    ['Sleep', entry.sleep_quality === null ? 'Not given' : (SLEEP_QUALITY_COPY[entry.sleep_quality] ?? '')],
    ['Minutes awake', String(entry.minutes_awake)],
    ['Drinks', entry.hydration_glasses === null ? 'Not given' : `${entry.hydration_glasses} glasses`],
  ];
  return (
    <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {rows.map(([label, value]) => (
        <div key={label} className="grid grid-cols-1 gap-1 px-4 py-2 sm:grid-cols-3">
          <dt className="font-medium text-slate-700">{label}</dt>
          <dd className="sm:col-span-2">{value}</dd>
        </div>
      ))}
      {entry.notes ? (
        <div className="px-4 py-2">
          <dt className="font-medium text-slate-700">Notes</dt>
          <dd className="whitespace-pre-wrap break-words">{entry.notes}</dd>
        </div>
      ) : null}
    </dl>
  );
}
