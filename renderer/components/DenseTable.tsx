import type { ReactNode } from 'react';

/**
 * A page's compact table (contacts, templates, what a bundle brings): it scrolls sideways in a narrow
 * window, names its columns in one header row, and holds the rows it is given. An optional caption
 * names it for screen readers only.
 */
export function DenseTable({
  className,
  columns,
  caption,
  children,
}: {
  className: string;
  columns: readonly string[];
  caption?: string;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll">
      <table className={`table table-dense ${className}`}>
        {caption !== undefined && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
