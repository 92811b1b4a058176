import { Fragment, type ReactNode } from 'react';
import { idOfRow, type RowIdentity } from './use-virtual-table.js';
import type { useVirtualRows } from './use-virtual-rows.js';
import { VirtualSpacerRow } from './VirtualSpacerRow.js';

/**
 * The body of a virtualised table: the rows drawn (`renderRow`, each carrying `data-index`, keyed
 * by their `id` or `rowId`), with spacer rows keeping the height of those left out above, below
 * and between them.
 */
export function VirtualTableBody<Row>(
  props: {
    rows: readonly Row[];
    virtual: ReturnType<typeof useVirtualRows>;
    columns: number;
    renderRow: (row: Row, index: number) => ReactNode;
  } & RowIdentity<Row>,
) {
  const { rows, virtual, columns, renderRow } = props;
  const rowId = (props.rowId as ((row: Row) => string) | undefined) ?? idOfRow;
  return (
    <tbody>
      {virtual.before > 0 && <VirtualSpacerRow height={virtual.before} columns={columns} />}
      {virtual.rows.map(({ index }, position) => {
        const row = rows[index]!;
        const gap = virtual.gapBefore(position);
        return (
          <Fragment key={rowId(row)}>
            {gap > 0 && <VirtualSpacerRow height={gap} columns={columns} />}
            {renderRow(row, index)}
          </Fragment>
        );
      })}
      {virtual.after > 0 && <VirtualSpacerRow height={virtual.after} columns={columns} />}
    </tbody>
  );
}
