import { CasefileError } from '../../../shared/contract/index.js';
import type { RichText } from '../../../shared/domain/rich-text.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { indexInterview } from './interview-index.js';
import { getInterviewRow } from './interview-store.js';

/**
 * Autosave writes every few seconds while someone types, and an audit row per save would bury
 * the trail in noise. So saves are coalesced there: a save is written to the trail when none of
 * this interview's saves has been for AUTOSAVE_AUDIT_INTERVAL_MS (and right after the interview
 * is marked conducted), giving who edited which notes and when, to within ten minutes. The text
 * itself is vouched for where it matters: the signature and each amendment are audited with the
 * SHA-256 of the exact notes they froze.
 */
const AUTOSAVE_AUDIT_INTERVAL_MS = 10 * 60_000;

/**
 * Saves the working notes of a planned or conducted interview. `baseRevision` is the revision
 * the editor loaded: if another window saved since, the save is refused rather than overwriting
 * it. Each save is its own committed transaction (WAL, synchronous=FULL), so a save that
 * returned survives a lock, a crash or a power cut.
 */
export function saveInterviewNotes(
  ctx: CaseFileContext,
  input: { interviewId: string; notes: RichText; baseRevision: number },
): { notesRevision: number; notesSavedAt: string } {
  const db = ctx.db();
  return db
    .transaction(() => {
      const row = getInterviewRow(db, input.interviewId);
      if (row.status === 'signed') {
        throw new CasefileError('CONFLICT', 'interviews.notesReadOnly');
      }
      if (row.status === 'cancelled') throw new CasefileError('CONFLICT', 'interviews.notesCancelled');
      if (input.baseRevision !== row.notes_revision) {
        throw new CasefileError('CONFLICT', 'interviews.notesChangedElsewhere');
      }
      const nowMs = ctx.now();
      const savedAt = new Date(nowMs).toISOString();
      const revision = row.notes_revision + 1;
      const audited =
        row.notes_audited_at === null || nowMs - Date.parse(row.notes_audited_at) >= AUTOSAVE_AUDIT_INTERVAL_MS;
      db.prepare(
        `UPDATE interviews SET notes = ?, notes_revision = ?, notes_saved_at = ?, ` +
          `notes_audited_at = ?, updated_at = ? WHERE id = ?`,
      ).run(JSON.stringify(input.notes), revision, savedAt, audited ? savedAt : row.notes_audited_at, savedAt, row.id);
      const label = indexInterview(db, row.id);
      if (audited) {
        appendAudit(ctx, {
          action: 'interview.notes.save',
          caseId: row.case_id,
          target: { kind: 'interview', id: row.id, label },
          details: { revision },
        });
      }
      ctx.ports.cases.touch(db, row.case_id, savedAt);
      return { notesRevision: revision, notesSavedAt: savedAt };
    })
    .immediate();
}
