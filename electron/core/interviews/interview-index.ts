import { richTextToPlain } from '../../../shared/domain/rich-text.js';
import { indexRecord } from '../kernel/search/search-index.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { currentNotes, getInterviewRow, interviewOf, personCodeOf } from './interview-store.js';

/** `YYYY-MM-DD` of an instant on the calendar of the interview's place (UTC when none is given). */
function localDay(instant: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: timeZone ?? 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant));
}

/** `V-01 — 2026-03-02`: who (by code) and when it took place, or is to, or was planned. */
function interviewLabel(
  personCode: string,
  interview: { conductedAt?: string | undefined; scheduledAt?: string | undefined; timeZone?: string | undefined },
  createdAt: string,
): string {
  return `${personCode} — ${localDay(interview.conductedAt ?? interview.scheduledAt ?? createdAt, interview.timeZone)}`;
}

/** Puts the interview's current notes (plain text) in the search index under its label. */
export function indexInterview(db: VaultDatabase, interviewId: string): string {
  const row = getInterviewRow(db, interviewId);
  const interview = interviewOf(db, row);
  const label = interviewLabel(personCodeOf(db, row.person_id), interview, row.created_at);
  indexRecord(db, {
    kind: 'interview',
    recordId: row.id,
    caseId: row.case_id,
    label,
    text: richTextToPlain(currentNotes(interview)),
  });
  return label;
}
