/**
 * A chart with its words: a title, a one-line summary for people who cannot
 * see the drawing, and the numbers as a table on request.
 */
export function ChartFigure(props: {
  id: string;
  title: string;
  summary: string;
  table: { columns: [string, string]; rows: Array<[string, string]> };
  children: React.ReactNode;
}) {
  const { id, title, summary, table } = props;
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid={id}
    >
      <figcaption>
        <h3 id={`${id}-title`} className="font-semibold text-slate-900">
          {title}
        </h3>
        <p className="text-sm text-slate-600">{summary}</p>
      </figcaption>
      <div className="mt-3" aria-hidden="true">
        {props.children}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">Show the numbers</summary>
        {table.rows.length === 0 ? (
          <p className="mt-2 text-slate-600">Nothing recorded yet.</p>
        ) : (
          <div className="mt-2 max-h-64 overflow-y-auto">
            <table className="w-full text-left">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {table.columns[0]}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {table.columns[1]}
                  </th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map(([label, value]) => (
                  <tr key={label} className="border-t border-slate-100">
                    <td className="py-1 pr-4">{label}</td>
                    <td className="py-1">{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </figure>
  );
}
