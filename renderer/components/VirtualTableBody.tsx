import { Fragment, type ReactNode } from 'react';
import type { useVirtualRows } from './use-virtual-rows.js';
import { VirtualSpacerRow } from './VirtualSpacerRow.js';

/**
 * The body of a virtualised table: the rows drawn (`renderRow`, each carrying `data-index`), with
 * spacer rows keeping the height of those left out above, below and between them.
 */
export function VirtualTableBody<Row extends { id: string }>({
  rows,
  virtual,
  columns,
  renderRow,
}: {
  rows: readonly Row[];
  virtual: ReturnType<typeof useVirtualRows>;
  columns: number;
  renderRow: (row: Row, index: number) => ReactNode;
}) {
  return (
    <tbody>
      {virtual.before > 0 && <VirtualSpacerRow height={virtual.before} columns={columns} />}
      {virtual.rows.map(({ index }, position) => {
        const row = rows[index]!;
        const gap = virtual.gapBefore(position);
        return (
          <Fragment key={row.id}>
            {gap > 0 && <VirtualSpacerRow height={gap} columns={columns} />}
            {renderRow(row, index)}
          </Fragment>
        );
      })}
      {virtual.after > 0 && <VirtualSpacerRow height={virtual.after} columns={columns} />}
    </tbody>
  );
}
