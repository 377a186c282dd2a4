'use client';

import { useTable } from '@tanstack/react-table';
import { DataTable } from '@/components/data-table/data-table';
import { entryColumns, entryFeatures } from './entry-columns';
import type { EntryRow } from './entry-row';

/** Every diary entry in the chosen range, newest first; each row is an anchor (`#night-YYYY-MM-DD`). */
export function EntriesTable({ rows, days }: { rows: EntryRow[]; days: number }) {
  const table = useTable({ features: entryFeatures, columns: entryColumns, data: rows, getRowId: (row) => row.id });
  return (
    <DataTable
      table={table}
      caption={`Diary entries, last ${days} nights`}
      empty={`No diary entries in the last ${days} nights.`}
      rowAnchor={(row) => `night-${row.night_of}`}
      className="max-h-[40rem] overflow-y-auto"
    />
  );
}
