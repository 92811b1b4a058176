import type { ReactElement, ReactNode } from 'react';

/** A column header; `hidden` names a column only for screen readers (a column of buttons). */
export type RecordColumn = string | { hidden: string };

/**
 * A list of records as a table: the sentence `empty` when there are none, else a table named by
 * its (visually hidden) caption, with one header per column and the row `row` draws for each
 * record (a `<tr>` with its key). The one way the case's sections show their records.
 */
export function RecordTable<T>({
  items,
  empty,
  caption,
  className,
  columns,
  row,
}: {
  items: readonly T[];
  empty: ReactNode;
  caption: string;
  className: string;
  columns: readonly RecordColumn[];
  row: (item: T) => ReactElement;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className={`table ${className}`}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) =>
            typeof column === 'string' ? (
              <th key={column} scope="col">
                {column}
              </th>
            ) : (
              <th key={column.hidden} scope="col">
                <span className="visually-hidden">{column.hidden}</span>
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{items.map(row)}</tbody>
    </table>
  );
}
