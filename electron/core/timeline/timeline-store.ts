import { CasefileError } from '../../../shared/contract/index.js';
import type { ManualTimelineEvent } from '../../../shared/contract/timeline.js';
import type { Confidentiality } from '../../../shared/domain/confidentiality.js';
import { toIsoInterval, type UncertainDate } from '../../../shared/domain/uncertain-date.js';
import type { EventBasis, TimelineEvent, TimelineEventKind, TimelineSource } from '../../../shared/timeline/event.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { presentOnly } from '../kernel/db/present-only.js';

/** A row of `timeline_events` (migration 0012). */
export interface TimelineEventRow {
  id: string;
  case_id: string;
  date: string;
  kind: string;
  title: string;
  description: string | null;
  basis: string;
  sources: string;
  confidentiality: string;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
  removed_reason: string | null;
}

const COLUMNS =
  'id, case_id, date, kind, title, description, basis, sources, confidentiality, ' +
  'created_at, updated_at, removed_at, removed_reason';

const timelineEventNotFound = (): CasefileError => new CasefileError('NOT_FOUND', 'timeline.eventNotFound');

/** A manual event, removed or not; NOT_FOUND when there is none. */
export function getTimelineEventRow(db: VaultDatabase, eventId: string): TimelineEventRow {
  const row = db.prepare(`SELECT ${COLUMNS} FROM timeline_events WHERE id = ?`).get(eventId) as
    TimelineEventRow | undefined;
  if (!row) throw timelineEventNotFound();
  return row;
}

export function manualEventRows(db: VaultDatabase, caseId: string): TimelineEventRow[] {
  return db
    .prepare(`SELECT ${COLUMNS} FROM timeline_events WHERE case_id = ? AND removed_at IS NULL`)
    .all(caseId) as TimelineEventRow[];
}

export function toManualEvent(row: TimelineEventRow): TimelineEvent {
  return {
    id: row.id,
    caseId: row.case_id,
    date: JSON.parse(row.date) as UncertainDate,
    kind: row.kind as TimelineEventKind,
    title: row.title,
    ...presentOnly({ description: row.description }),
    basis: row.basis as EventBasis,
    sources: JSON.parse(row.sources) as TimelineSource[],
    origin: 'manual',
    confidentiality: row.confidentiality as Confidentiality,
  };
}

/** The event's fields as columns; the date's UTC interval beside it for queries (NULL: unknown). */
function fieldColumns(event: ManualTimelineEvent) {
  const interval = toIsoInterval(event.date);
  return {
    date: JSON.stringify(event.date),
    dateEarliest: interval?.earliest ?? null,
    dateLatest: interval?.latest ?? null,
    kind: event.kind,
    title: event.title,
    description: event.description === undefined || event.description.trim() === '' ? null : event.description,
    basis: event.basis,
    sources: JSON.stringify(event.sources),
    confidentiality: event.confidentiality,
  };
}

export function insertTimelineEvent(
  db: VaultDatabase,
  row: { id: string; caseId: string; event: ManualTimelineEvent; atIso: string },
): void {
  db.prepare(
    `INSERT INTO timeline_events (id, case_id, date, date_earliest, date_latest, kind, title, description, basis,
      sources,
       confidentiality, created_at, updated_at)
     VALUES (@id, @caseId, @date, @dateEarliest, @dateLatest, @kind, @title, @description, @basis, @sources,
       @confidentiality, @at, @at)`,
  ).run({ ...fieldColumns(row.event), id: row.id, caseId: row.caseId, at: row.atIso });
}

export function updateTimelineEventRow(db: VaultDatabase, id: string, event: ManualTimelineEvent, atIso: string): void {
  db.prepare(
    `UPDATE timeline_events SET date = @date, date_earliest = @dateEarliest, date_latest = @dateLatest, kind = @kind,
       title = @title, description = @description, basis = @basis, sources = @sources,
         confidentiality = @confidentiality,
       updated_at = @at
     WHERE id = @id AND removed_at IS NULL`,
  ).run({ ...fieldColumns(event), id, at: atIso });
}

export function markTimelineEventRemoved(db: VaultDatabase, id: string, reason: string, atIso: string): void {
  db.prepare(
    'UPDATE timeline_events SET removed_at = ?, removed_reason = ?, updated_at = ? WHERE id = ? AND removed_at IS NULL',
  ).run(atIso, reason, atIso, id);
}
