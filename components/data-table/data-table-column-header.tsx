'use client';

interface DataTableColumnHeaderProps {
  title: string;
  /** Current direction, or false when this column is not the sort. */
  sorted: false | 'asc' | 'desc';
  /** Absent when the column cannot be sorted. */
  onToggle?: (event: unknown) => void;
}

const ARROWS = { asc: '▲', desc: '▼' } as const;

/** A column title that sorts on click or Enter/Space, saying which way it sorts. */
export function DataTableColumnHeader({ title, sorted, onToggle }: DataTableColumnHeaderProps) {
  if (!onToggle) return <span>{title}</span>;
  const next = sorted === 'asc' ? 'descending' : 'ascending';
  return (
    <button
      type="button"
      onClick={onToggle}
      className="-mx-1 inline-flex items-end gap-1 rounded px-1 text-left font-medium text-balance hover:text-brand-700"
      aria-label={`${title}: sort ${sorted ? next : 'by this column'}`}
    >
      {title}
      <span aria-hidden="true" className={sorted ? 'text-brand-700' : 'text-slate-400'}>
        {sorted ? ARROWS[sorted] : '↕'}
      </span>
    </button>
  );
}

/** The part of a TanStack column a sortable header reads. */
interface SortableColumn {
  getIsSorted: () => false | 'asc' | 'desc';
  getToggleSortingHandler: () => ((event: unknown) => void) | undefined;
}

/** A column definition's `header` for a sortable column titled `title`. */
export function sortableHeader(title: string) {
  function SortableHeader({ column }: { column: SortableColumn }) {
    return (
      <DataTableColumnHeader title={title} sorted={column.getIsSorted()} onToggle={column.getToggleSortingHandler()} />
    );
  }
  return SortableHeader;
}
