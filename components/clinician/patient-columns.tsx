'use client';

import {
  columnFilteringFeature,
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import Link from 'next/link';
import { sortableHeader } from '@/components/data-table/data-table-column-header';
import { formatDate } from '@/lib/presentation/format';
import { TREND_LABELS } from '@/lib/presentation/labels';
import type { PanelPatient } from '@/lib/views/types';
import { TierBadge } from './flag-badges';
import { NotReportingMark } from './not-reporting-mark';

/** Sorting, filtering and paging all happen on the server; the table only holds their state. */
export const panelFeatures = tableFeatures({ rowSortingFeature, columnFilteringFeature, rowPaginationFeature });

const helper = createColumnHelper<typeof panelFeatures, PanelPatient>();

const TREND_ARROWS = { rising: '↑', steady: '→', falling: '↓' } as const;

function signed(value: number): string {
  return value > 0 ? `+${value.toFixed(1)}` : value.toFixed(1);
}

/** Columns of the clinician's patient table; ids are the server's sort keys. */
export const patientColumns = helper.columns([
  helper.accessor('name', {
    id: 'name',
    header: sortableHeader('Patient'),
    cell: ({ row }) => (
      <div className="min-w-40">
        <Link href={`/clinician/patients/${row.original.id}`} className="font-medium text-brand-700 underline">
          {row.original.name}
        </Link>
        <div className="text-xs text-slate-600">{row.original.email}</div>
      </div>
    ),
  }),
  helper.accessor('last_entry_night', {
    id: 'last_entry',
    sortDescFirst: true,
    header: sortableHeader('Last entry'),
    cell: ({ row }) => {
      const night = row.original.last_entry_night;
      return (
        <span className="flex flex-wrap items-center gap-1">
          {night ? (
            <span className="whitespace-nowrap">{formatDate(night)}</span>
          ) : (
            <span className="text-slate-500">Never</span>
          )}
          {row.original.not_reporting ? <NotReportingMark /> : null}
        </span>
      );
    },
  }),
  helper.accessor('pain_nights_7d', {
    id: 'pain_nights_7d',
    sortDescFirst: true,
    header: sortableHeader('Pain nights, 7 d'),
    cell: ({ getValue }) => <span className="tabular-nums">{getValue()}</span>,
  }),
  helper.accessor('pain_nights_30d', {
    id: 'pain_nights_30d',
    sortDescFirst: true,
    header: sortableHeader('Pain nights, 30 d'),
    cell: ({ getValue }) => <span className="tabular-nums">{getValue()}</span>,
  }),
  helper.accessor('mean_worst_pain_7d', {
    id: 'mean_worst_pain_7d',
    sortDescFirst: true,
    header: sortableHeader('Mean worst pain, 7 d'),
    cell: ({ getValue }) => {
      const mean = getValue();
      return mean === null ? (
        <span className="text-slate-500">—</span>
      ) : (
        <span className="tabular-nums">{mean.toFixed(1)}</span>
      );
    },
  }),
  helper.accessor('trend', {
    id: 'trend',
    sortDescFirst: true,
    header: sortableHeader('Trend'),
    cell: ({ row }) => {
      const { trend, trend_delta: delta } = row.original;
      if (!trend || delta === null) return <span className="text-slate-500">Too few entries</span>;
      return (
        <span className={`whitespace-nowrap ${trend === 'rising' ? 'font-medium text-red-800' : ''}`}>
          <span aria-hidden="true">{TREND_ARROWS[trend]} </span>
          {TREND_LABELS[trend]} <span className="tabular-nums text-slate-600">({signed(delta)})</span>
        </span>
      );
    },
  }),
  helper.accessor('highest_open_flag_tier', {
    id: 'highest_flag',
    sortDescFirst: true,
    header: sortableHeader('Highest open flag'),
    cell: ({ row }) => {
      const tier = row.original.highest_open_flag_tier;
      if (!tier) return <span className="text-slate-500">None</span>;
      const count = row.original.open_flag_count;
      return (
        <span className="inline-flex items-center gap-1 whitespace-nowrap">
          <TierBadge tier={tier} />
          <span className="text-xs text-slate-600">{count} unresolved</span>
        </span>
      );
    },
  }),
  helper.accessor('entries_last_14_nights', {
    id: 'adherence_14d',
    sortDescFirst: true,
    header: sortableHeader('Adherence, 14 nights'),
    cell: ({ getValue }) => <span className="whitespace-nowrap tabular-nums">{getValue()} / 14</span>,
  }),
]);
