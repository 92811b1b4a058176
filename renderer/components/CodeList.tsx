import { Fragment } from 'react';

/**
 * Pseudonym codes (V-01, W-02) as a list: the list wraps between codes, never inside one (a narrow
 * column, an Arabic heading, would otherwise leave "V-" on one line and "01" on the next).
 */
export function CodeList({ codes }: { codes: readonly string[] }) {
  return codes.map((code, index) => (
    <Fragment key={code}>
      {index > 0 && ', '}
      <span className="nowrap">{code}</span>
    </Fragment>
  ));
}
