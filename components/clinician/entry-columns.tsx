'use client';

import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { formatNight } from '@/lib/presentation/format';
import { showValue } from '@/lib/presentation/entry-versions';
import type { EntryRow } from './entry-row';
import { EntryVersions } from './entry-versions';

/** The entries table shows every night in range at once, so evidence links can jump to any of them. */
export const entryFeatures = tableFeatures({});

const helper = createColumnHelper<typeof entryFeatures, EntryRow>();

function dayContext(row: EntryRow): string {
  const parts = [
    row.hydration_glasses === null ? null : `${row.hydration_glasses} glasses of water`,
    row.long_standing_or_exercise ? 'long standing or exercise' : null,
    row.stretched_before_bed ? 'stretched before bed' : null,
    row.new_medicine ? 'new medicine' : null,
    row.recent_surgery_or_bedrest ? 'recent surgery or bed rest' : null,
  ].filter((part) => part !== null);
  return parts.length === 0 ? '—' : parts.join('; ');
}

/** Columns of the patient page's diary table; several fields share a cell to stay readable on a phone. */
export const entryColumns = helper.columns([
  helper.accessor('night_of', {
    header: 'Night',
    cell: ({ row }) => (
      <div className="min-w-28">
        <div className="whitespace-nowrap font-medium">{formatNight(row.original.night_of)}</div>
        {row.original.edited ? <EntryVersions row={row.original} /> : null}
      </div>
    ),
  }),
  helper.accessor('worst_pain', {
    header: 'Worst pain',
    cell: ({ row }) => (
      <span className="whitespace-nowrap">
        <span className="font-medium tabular-nums">{row.original.worst_pain}</span>/10
        {row.original.woke_from_pain ? <span className="block text-xs text-slate-600">woke from pain</span> : null}
      </span>
    ),
  }),
  helper.accessor('episodes', {
    header: 'Episodes',
    cell: ({ row }) => (
      <span className="whitespace-nowrap">
        {row.original.episodes}
        {row.original.episodes > 0 ? (
          <span className="block text-xs text-slate-600">
            longest {row.original.longest_episode_minutes} min, total {row.original.total_minutes} min
          </span>
        ) : null}
      </span>
    ),
  }),
  helper.accessor('minutes_awake', {
    header: 'Sleep',
    cell: ({ row }) => (
      <span className="whitespace-nowrap">
        {row.original.minutes_awake} min awake
        <span className="block text-xs text-slate-600">
          quality {row.original.sleep_quality === null ? '—' : `${row.original.sleep_quality}/5`}
        </span>
      </span>
    ),
  }),
  helper.accessor('side', { header: 'Side', cell: ({ getValue }) => showValue('side', getValue()) }),
  helper.accessor('patterns', {
    header: 'Patterns',
    cell: ({ getValue }) => <span className="block min-w-32">{showValue('patterns', getValue())}</span>,
  }),
  helper.accessor('relief', {
    header: 'Relief',
    cell: ({ getValue }) => <span className="block min-w-28">{showValue('relief', getValue())}</span>,
  }),
  helper.accessor('symptoms', {
    header: 'Warning symptoms',
    cell: ({ getValue }) => {
      const symptoms = getValue();
      return symptoms.length === 0 ? (
        <span className="text-slate-500">none</span>
      ) : (
        <span className="block min-w-36 font-medium text-red-800">{showValue('symptoms', symptoms)}</span>
      );
    },
  }),
  helper.display({
    id: 'day',
    header: 'Day before',
    cell: ({ row }) => <span className="block min-w-36 text-slate-700">{dayContext(row.original)}</span>,
  }),
  helper.accessor('notes', {
    header: 'Notes',
    // Patient text is rendered as text, never as HTML.
    cell: ({ getValue }) => <span className="block min-w-48 whitespace-pre-wrap break-words">{getValue() ?? ''}</span>,
  }),
]);
