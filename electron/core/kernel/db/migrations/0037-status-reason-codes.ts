import type { Migration } from '../migrate.js';
import { SHIPPED_STATUS_REASON_WORDING } from '../../../../../shared/domain/shipped-status-reasons.js';
import { loosenTableDefinition } from './loosen-table.js';

/**
 * Issue 15. The reason the core gives a status change of its own (the case opened at intake, closed by
 * its findings, reopened by a corrected finding, opened before the history was kept) was stored in the
 * English words of the message catalogue and recognised by them: a later copy-edit of the English would
 * have left older vaults showing English. It is now a code (reason_code, worded at display time in the
 * reader's language, shared/i18n/status-reasons.ts) and `reason` is empty (NULL); a reason a person wrote
 * stays in `reason` as written. A row holds exactly one of the two.
 *
 * `reason` loses its NOT NULL the way 0034 loosened a check (loosen-table.ts): nothing stored changes meaning.
 * Rows whose reason is exactly one of the shipped English texts become codes; any other text is a
 * person's and stays. A bundle from an older Casefile carries the same English: its import converts it
 * with the same mapping (statusReasonCodeOfShippedWording).
 * FROZEN: the texts are as they were shipped (0004's opening text, the catalogue's statusReasons), kept in
 * shared/domain/shipped-status-reasons.ts, which the bundle import and the audit trail's reading share.
 */
const BEFORE = 'reason TEXT NOT NULL,';
const AFTER = 'reason TEXT,';
const CODES = `('opened_at_intake', 'opened_before_history', 'closed_by_findings', 'reopened_by_correction')`;

export const m0037StatusReasonCodes: Migration = {
  version: 37,
  name: '0037-status-reason-codes',
  up(db) {
    loosenTableDefinition(db, '0037', 'case_status_changes', { before: BEFORE, after: AFTER });
    db.exec(`
      ALTER TABLE case_status_changes ADD COLUMN reason_code TEXT
        CHECK (reason_code IS NULL OR reason_code IN ${CODES})
        CHECK ((reason_code IS NULL) <> (reason IS NULL));
    `);
    const rewrite = db.prepare(`UPDATE case_status_changes SET reason = NULL, reason_code = ? WHERE reason = ?`);
    for (const [words, code] of Object.entries(SHIPPED_STATUS_REASON_WORDING)) rewrite.run(code, words);
    const problems = db.pragma('integrity_check(case_status_changes)', { simple: true });
    if (problems !== 'ok') throw new Error('0037: the status history is damaged');
  },
};
