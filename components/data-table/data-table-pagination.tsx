'use client';

import { useId } from 'react';
import { Button } from '@/components/ui/button';

interface DataTablePaginationProps {
  /** 0-based. */
  pageIndex: number;
  pageCount: number;
  rowCount: number;
  pageSize: number;
  onPageChange: (pageIndex: number) => void;
  /** Offer these page sizes; omit to hide the choice. */
  pageSizes?: readonly number[];
  onPageSizeChange?: (pageSize: number) => void;
  /** What the rows are, for "1–25 of 310 patients". */
  noun: string;
}

/** Page controls under a table: where we are, previous/next, first/last, and the page size. */
export function DataTablePagination({
  pageIndex,
  pageCount,
  rowCount,
  pageSize,
  onPageChange,
  pageSizes,
  onPageSizeChange,
  noun,
}: DataTablePaginationProps) {
  const sizeId = useId();
  const firstRow = rowCount === 0 ? 0 : pageIndex * pageSize + 1;
  const lastRow = Math.min(rowCount, (pageIndex + 1) * pageSize);
  const canPrevious = pageIndex > 0;
  const canNext = pageIndex + 1 < pageCount;
  return (
    <nav aria-label={`${noun} pages`} className="flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-600" aria-live="polite">
        {firstRow}–{lastRow} of {rowCount} {noun}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        {pageSizes && onPageSizeChange ? (
          <span className="flex items-center gap-2">
            <label htmlFor={sizeId} className="text-slate-600">
              Rows per page
            </label>
            <select
              id={sizeId}
              value={pageSize}
              onChange={(event) => onPageSizeChange(Number(event.target.value))}
              className="rounded-md border border-slate-300 bg-white px-2 py-1.5"
            >
              {pageSizes.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </span>
        ) : null}
        <Button type="button" variant="secondary" size="sm" onClick={() => onPageChange(0)} disabled={!canPrevious}>
          First
        </Button>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => onPageChange(pageIndex - 1)}
          disabled={!canPrevious}
        >
          Previous
        </Button>
        <span className="px-1 text-slate-600">
          Page {Math.min(pageIndex + 1, Math.max(pageCount, 1))} of {Math.max(pageCount, 1)}
        </span>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => onPageChange(pageIndex + 1)}
          disabled={!canNext}
        >
          Next
        </Button>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => onPageChange(pageCount - 1)}
          disabled={!canNext}
        >
          Last
        </Button>
      </div>
    </nav>
  );
}
