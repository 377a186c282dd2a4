'use client';

import { FlexRender, type RowData, type Table, type TableFeatures } from '@tanstack/react-table';
import type { ReactNode } from 'react';

export interface SortEntry {
  id: string;
  desc: boolean;
}

interface DataTableProps<TFeatures extends TableFeatures, TData extends RowData> {
  table: Table<TFeatures, TData>;
  /** Read by screen readers as the table's name. */
  caption: string;
  /** Shown in place of rows when there are none. */
  empty: ReactNode;
  /** The active sort, so sorted headers can say so (aria-sort). */
  sorting?: readonly SortEntry[];
  /** Dims the rows while a new page is on its way. */
  busy?: boolean;
  /** Optional id for each row element (anchors such as `night-2026-01-31`). */
  rowAnchor?: (row: TData) => string | undefined;
  /** Extra classes for the scrolling wrapper, e.g. a maximum height. */
  className?: string;
}

/**
 * The generic table shell: header, body and empty state for any TanStack
 * table. Sorting, filtering and paging are the feature's business; this only
 * renders what the table model holds.
 */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  caption,
  empty,
  sorting = [],
  busy = false,
  rowAnchor,
  className = '',
}: DataTableProps<TFeatures, TData>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;
  return (
    // A focusable, named region: keyboard users can scroll a table wider (or taller) than the screen.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className={`overflow-x-auto rounded-lg border border-slate-200 bg-white ${className}`}
    >
      <table className="min-w-full text-sm" aria-busy={busy || undefined}>
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 z-10 bg-slate-100 text-left text-slate-700">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sort = sorting.find((entry) => entry.id === header.column.id);
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className="px-3 py-2 align-bottom font-medium"
                    aria-sort={sort ? (sort.desc ? 'descending' : 'ascending') : undefined}
                  >
                    {header.isPlaceholder ? null : <FlexRender header={header} />}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className={`divide-y divide-slate-200 transition-opacity ${busy ? 'opacity-60' : ''}`}>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount} className="px-3 py-8 text-center text-slate-600">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr
                key={row.id}
                id={rowAnchor?.(row.original)}
                className="scroll-mt-12 align-top hover:bg-slate-50 target:bg-amber-50"
              >
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="px-3 py-2">
                    <FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
