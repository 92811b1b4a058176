import type { AuditAction } from '../../../shared/domain/audit-actions.js';
import { randomUUID } from 'node:crypto';
import { CasefileError, type ParsedInput } from '../../../shared/contract/index.js';
import type { ManualTimelineEvent, TimelineEntry } from '../../../shared/contract/timeline.js';
import { caseChange, recordAudit, type AuditDetails } from '../kernel/audit/case-change.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { manualEntry, sourceLabelsOf } from './timeline-list.js';
import {
  getTimelineEventRow,
  insertTimelineEvent,
  markTimelineEventRemoved,
  updateTimelineEventRow,
  type TimelineEventRow,
} from './timeline-store.js';

/**
 * Manual chronology events: written, corrected and removed by the investigator, each change
 * audited (kind, basis, precision and sources by id; never the title or description text).
 * A removed event stays in the vault with its reason.
 */

/** Every linked interview and evidence item must belong to the same case. */
function checkSources(ctx: CaseFileContext, db: VaultDatabase, caseId: string, event: ManualTimelineEvent): void {
  const labels = sourceLabelsOf(ctx.ports.evidence, db, caseId, 'en');
  for (const source of event.sources) {
    const known = source.kind === 'interview' ? labels.interviews : labels.evidence;
    if (!known.has(source.id)) throw new CasefileError('VALIDATION', 'timeline.sourceElsewhere');
  }
}

const auditDetails = (event: ManualTimelineEvent) => ({
  kind: event.kind,
  basis: event.basis,
  precision: event.date.precision,
  sources: event.sources.map(({ kind, id }) => `${kind}:${id}`),
  confidentiality: event.confidentiality,
});

/** The audit row of a change to an event: the event named by its kind, never its title. */
const eventAudit = (
  action: AuditAction,
  row: Pick<TimelineEventRow, 'id' | 'case_id' | 'kind'>,
  details: AuditDetails,
) => recordAudit(action, { caseId: row.case_id, kind: 'timeline_event', id: row.id, label: row.kind }, details);

function entryOf(ctx: CaseFileContext, db: VaultDatabase, id: string): TimelineEntry {
  const row = getTimelineEventRow(db, id);
  return manualEntry(row, sourceLabelsOf(ctx.ports.evidence, db, row.case_id, 'en'));
}

/** A removed event is kept for the record but no longer changes. */
function liveEvent(db: VaultDatabase, eventId: string): TimelineEventRow {
  const row = getTimelineEventRow(db, eventId);
  if (row.removed_at !== null) throw new CasefileError('CONFLICT', 'timeline.eventRemoved', { at: row.removed_at });
  return row;
}

export function addTimelineEvent(ctx: CaseFileContext, input: ParsedInput<'timeline.add'>): TimelineEntry {
  return caseChange(ctx, ({ db, at, record }): TimelineEntry => {
    const caseRow = ctx.ports.cases.forChange(db, input.caseId);
    checkSources(ctx, db, caseRow.id, input.event);
    const id = randomUUID();
    insertTimelineEvent(db, { id, caseId: caseRow.id, event: input.event, atIso: at });
    record(eventAudit('timeline.add', { id, case_id: caseRow.id, kind: input.event.kind }, auditDetails(input.event)));
    return entryOf(ctx, db, id);
  });
}

export function updateTimelineEvent(ctx: CaseFileContext, input: ParsedInput<'timeline.update'>): TimelineEntry {
  return caseChange(ctx, ({ db, at, record }): TimelineEntry => {
    const row = liveEvent(db, input.eventId);
    ctx.ports.cases.forChange(db, row.case_id);
    checkSources(ctx, db, row.case_id, input.event);
    updateTimelineEventRow(db, row.id, input.event, at);
    const after = getTimelineEventRow(db, row.id);
    const changed = (['date', 'kind', 'title', 'description', 'basis', 'sources', 'confidentiality'] as const).filter(
      (column) => row[column] !== after[column],
    );
    if (changed.length === 0) return entryOf(ctx, db, row.id);
    record(eventAudit('timeline.update', after, { changed, ...auditDetails(input.event) }));
    return entryOf(ctx, db, row.id);
  });
}

export function removeTimelineEvent(
  ctx: CaseFileContext,
  input: { eventId: string; reason: string },
): { eventId: string; removedAt: string } {
  return caseChange(ctx, ({ db, at, record }) => {
    const row = liveEvent(db, input.eventId);
    ctx.ports.cases.forChange(db, row.case_id);
    markTimelineEventRemoved(db, row.id, input.reason, at);
    record(eventAudit('timeline.remove', row, { reason: input.reason }));
    return { eventId: row.id, removedAt: at };
  });
}
