import {
  effectiveConsent,
  STANDARD_CONSENT_PURPOSES,
  type ConsentDecision,
  type ConsentPurpose,
  type ConsentState,
} from '../../shared/domain/consent.js';

/** Whose decision a column of the state table shows: a child victim needs two (R4). */
export type ConsentColumn = 'self' | 'guardian' | 'assent';

export interface PurposeState {
  purpose: ConsentPurpose;
  /** Decisions limited to one recipient get a row of their own. */
  recipient?: string;
  states: Partial<Record<ConsentColumn, ConsentState>>;
}

/**
 * The consent in force now for every purpose (standard ones always, custom ones once used), as
 * the rules read it: an adult's own decision, or for a child the guardian's and the child's.
 */
export function currentConsentStates(history: readonly ConsentDecision[], child: boolean, now: string): PurposeState[] {
  const rows: { purpose: ConsentPurpose; recipient?: string }[] = STANDARD_CONSENT_PURPOSES.map((purpose) => ({
    purpose,
  }));
  const seen = new Set(rows.map((row) => `${row.purpose}\u0000`));
  for (const decision of history) {
    const key = `${decision.purpose}\u0000${decision.recipient ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(
      decision.recipient !== undefined
        ? { purpose: decision.purpose, recipient: decision.recipient }
        : { purpose: decision.purpose },
    );
  }
  const columns: [ConsentColumn, 'self' | 'guardian'][] = child
    ? [
        ['guardian', 'guardian'],
        ['assent', 'self'],
      ]
    : [['self', 'self']];
  return rows.map((row) => ({
    ...row,
    states: Object.fromEntries(
      columns.map(([column, by]) => [
        column,
        effectiveConsent(history, row.purpose, now, { by, recipient: row.recipient }).state,
      ]),
    ),
  }));
}
