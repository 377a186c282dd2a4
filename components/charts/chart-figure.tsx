import { cardVariants } from '@/components/ui/card';
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

/** The numbers behind a chart, as a table: a header per column, a row per point. */
export interface ChartTable {
  columns: string[];
  rows: string[][];
}

/**
 * The one frame of every chart, on the patient's pages and the clinician's: a
 * title (the figure's name), a one-line summary for people who cannot see the
 * drawing (its description), and, when given, the numbers as a table on
 * request; with a table the drawing itself is hidden from screen readers.
 */
export function ChartFigure(props: {
  id: string;
  title: string;
  summary: string;
  table?: ChartTable;
  children: React.ReactNode;
}) {
  const { id, title, summary, table } = props;
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      className={cardVariants({ className: 'min-w-0' })}
      data-testid={id}
    >
      <figcaption>
        <h3 id={`${id}-title`} className="font-semibold text-slate-900">
          {title}
        </h3>
        <p id={`${id}-summary`} className="text-sm text-slate-600">
          {summary}
        </p>
      </figcaption>
      <div className="mt-3" aria-hidden={table ? true : undefined}>
        {props.children}
      </div>
      {table ? <NumbersTable title={title} table={table} /> : null}
    </figure>
  );
}

function NumbersTable({ title, table }: { title: string; table: ChartTable }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">Show the numbers</summary>
      {table.rows.length === 0 ? (
        <p className="mt-2 text-slate-600">Nothing recorded yet.</p>
      ) : (
        <TableContainer className="mt-2 max-h-64 overflow-y-auto">
          <Table>
            <TableCaption>{title}</TableCaption>
            <TableHeader sticky>
              <TableRow>
                {table.columns.map((column) => (
                  <TableHead key={column}>{column}</TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row) => (
                <TableRow key={row[0]}>
                  {row.map((cell, index) => (
                    <TableCell key={index}>{cell}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </details>
  );
}
