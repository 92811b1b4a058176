/**
 * Keeps the scroll height of a virtualised table's rows not drawn (above or below those in view);
 * hidden from screen readers, which count rows by aria-rowindex.
 */
export function VirtualSpacerRow({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="virtual-spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}
