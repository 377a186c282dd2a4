'use client';

import { functionalUpdate, useTable, type ColumnFiltersState, type SortingState } from '@tanstack/react-table';
import { useRouter } from 'next/navigation';
import { useMemo, useTransition } from 'react';
import { DataTable } from '@/components/data-table/data-table';
import { DataTablePagination } from '@/components/data-table/data-table-pagination';
import { DataTableSelectFilter } from '@/components/data-table/data-table-select-filter';
import { DataTableToolbar } from '@/components/data-table/data-table-toolbar';
import { TIER_LABELS, TREND_LABELS } from '@/lib/presentation/labels';
import {
  DEFAULT_PANEL_STATE,
  FLAG_FILTERS,
  PAGE_SIZES,
  PANEL_SORT_KEYS,
  panelStateToSearch,
  TREND_FILTERS,
  type FlagFilter,
  type PanelTableState,
  type TrendFilter,
} from '@/lib/validation/panel-params';
import type { PanelPatient } from '@/lib/views/types';
import { panelFeatures, patientColumns } from './patient-columns';

const FLAG_OPTIONS = FLAG_FILTERS.map((value) => ({
  value,
  label: value === 'any' ? 'Any open flag' : value === 'none' ? 'No open flag' : `Highest: ${TIER_LABELS[value]}`,
}));
const TREND_OPTIONS = TREND_FILTERS.map((value) => ({ value, label: TREND_LABELS[value] }));

function filterValue<T extends string>(filters: ColumnFiltersState, id: string, allowed: readonly T[]): T | null {
  const value = filters.find((filter) => filter.id === id)?.value;
  return allowed.find((item) => item === value) ?? null;
}

/**
 * The clinician's patient table. The URL is the single source of its state:
 * every sort, filter, search or page change navigates, and the server sends
 * the matching page back (manual sorting, filtering and pagination).
 */
export function PatientTable({ rows, total, state }: { rows: PanelPatient[]; total: number; state: PanelTableState }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const sorting = useMemo<SortingState>(() => [{ id: state.sort, desc: state.desc }], [state.sort, state.desc]);
  const columnFilters = useMemo<ColumnFiltersState>(
    () => [
      ...(state.flag ? [{ id: 'highest_flag', value: state.flag }] : []),
      ...(state.trend ? [{ id: 'trend', value: state.trend }] : []),
    ],
    [state.flag, state.trend],
  );
  const pagination = useMemo(() => ({ pageIndex: state.page - 1, pageSize: state.size }), [state.page, state.size]);

  function navigate(next: PanelTableState) {
    startTransition(() => router.push(`/clinician/patients${panelStateToSearch(next)}`, { scroll: false }));
  }

  const table = useTable({
    features: panelFeatures,
    columns: patientColumns,
    data: rows,
    getRowId: (row) => row.id,
    state: { sorting, columnFilters, pagination },
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    onSortingChange: (updater) => {
      const [first] = functionalUpdate(updater, sorting);
      const sort = PANEL_SORT_KEYS.find((key) => key === first?.id);
      if (first && sort) navigate({ ...state, sort, desc: first.desc, page: 1 });
    },
    onColumnFiltersChange: (updater) => {
      const next = functionalUpdate(updater, columnFilters);
      navigate({
        ...state,
        flag: filterValue<FlagFilter>(next, 'highest_flag', FLAG_FILTERS),
        trend: filterValue<TrendFilter>(next, 'trend', TREND_FILTERS),
        page: 1,
      });
    },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination);
      const sizeChanged = next.pageSize !== state.size;
      navigate({ ...state, size: next.pageSize, page: sizeChanged ? 1 : next.pageIndex + 1 });
    },
  });

  const filtered = state.query !== '' || state.flag !== null || state.trend !== null;
  return (
    <div className="space-y-4">
      <DataTableToolbar
        search={state.query}
        searchLabel="Search by name or email"
        onSearch={(query) => navigate({ ...state, query, page: 1 })}
        onReset={filtered ? () => navigate({ ...DEFAULT_PANEL_STATE, sort: state.sort, desc: state.desc }) : undefined}
      >
        <DataTableSelectFilter
          label="Open flags"
          value={state.flag}
          options={FLAG_OPTIONS}
          anyLabel="All patients"
          onChange={(value) => table.getColumn('highest_flag')?.setFilterValue(value ?? undefined)}
        />
        <DataTableSelectFilter
          label="Trend"
          value={state.trend}
          options={TREND_OPTIONS}
          anyLabel="Any trend"
          onChange={(value) => table.getColumn('trend')?.setFilterValue(value ?? undefined)}
        />
      </DataTableToolbar>
      <DataTable
        table={table}
        caption="Your patients"
        sorting={sorting}
        busy={pending}
        empty={
          total > 0
            ? 'This page is past the end of the list.'
            : filtered
              ? 'No patients match this search and these filters.'
              : 'No patients are assigned to you yet.'
        }
      />
      <DataTablePagination
        noun="patients"
        pageIndex={pagination.pageIndex}
        pageCount={table.getPageCount()}
        rowCount={total}
        pageSize={state.size}
        pageSizes={PAGE_SIZES}
        onPageChange={(index) => table.setPageIndex(index)}
        onPageSizeChange={(size) => table.setPageSize(size)}
      />
    </div>
  );
}
