'use client';

import { FlexRender, type RowData, type Table as TanStackTable, type TableFeatures } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';

export interface SortEntry {
  id: string;
  desc: boolean;
}

interface DataTableProps<TFeatures extends TableFeatures, TData extends RowData> {
  table: TanStackTable<TFeatures, TData>;
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
  className,
}: DataTableProps<TFeatures, TData>) {
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;
  return (
    // A focusable, named region: keyboard users can scroll a table wider (or taller) than the screen.
    <TableContainer label={caption} className={className}>
      <Table aria-busy={busy || undefined}>
        <TableCaption>{caption}</TableCaption>
        <TableHeader sticky>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => {
                const sort = sorting.find((entry) => entry.id === header.column.id);
                return (
                  <TableHead key={header.id} aria-sort={sort ? (sort.desc ? 'descending' : 'ascending') : undefined}>
                    {header.isPlaceholder ? null : <FlexRender header={header} />}
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody className={cn('transition-opacity', busy && 'opacity-60')}>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={columnCount} className="py-8 text-center text-slate-600">
                {empty}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((row) => (
              <TableRow
                key={row.id}
                id={rowAnchor?.(row.original)}
                className="scroll-mt-12 hover:bg-slate-50 target:bg-amber-50"
              >
                {row.getAllCells().map((cell) => (
                  <TableCell key={cell.id}>
                    <FlexRender cell={cell} />
                  </TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
