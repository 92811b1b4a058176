import { presentOnly } from '../kernel/db/present-only.js';
import type { AuditAction } from '../../../shared/domain/audit-actions.js';
import { randomUUID } from 'node:crypto';
import { CasefileError, type ParsedInput } from '../../../shared/contract/index.js';
import type { PlainReason } from '../../../shared/i18n/catalogue.js';
import type { EvidenceChanges, EvidenceDraft, EvidenceRecord } from '../../../shared/contract/evidence.js';
import { EvidenceFields, evidenceFieldProblems, isFinalEvidenceStatus } from '../../../shared/domain/evidence.js';
import { caseChange, recordAudit, type AuditDetails } from '../kernel/audit/case-change.js';
import { changedFields } from '../kernel/audit/changed-fields.js';
import type { CaseFileContext } from '../kernel/context.js';
import { crossFieldRefusal, validRecord } from '../kernel/record-validation.js';
import { indexRecord } from '../kernel/search/search-index.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import {
  getEvidenceRecord,
  getItemRow,
  nextSequence,
  numberOf,
  toEvidenceItem,
  type EvidenceItemRow,
} from './evidence-store.js';

// A collection time a little ahead of the core's clock is the renderer's clock, not the future.
const CLOCK_SLACK_MS = 60_000;

/** Fields whose change can start a clock: the item's deadlines are started again for them. */
const CLOCK_FIELDS = ['type', 'markers', 'collectedAt', 'recordedAt', 'identifiedAt'] as const;

/** The audit row of a change to an item (or its chain of custody): the item named by its number. */
export function evidenceAudit(
  action: AuditAction,
  row: Pick<EvidenceItemRow, 'id' | 'case_id' | 'sequence'>,
  details: AuditDetails,
) {
  const number = numberOf(row);
  return recordAudit(
    action,
    { caseId: row.case_id, kind: 'evidence', id: row.id, label: number },
    { number, ...details },
  );
}

/** What the search index holds for an item: number, type and description; never where it was found. */
function indexItem(
  db: VaultDatabase,
  row: Pick<EvidenceItemRow, 'id' | 'case_id' | 'sequence'>,
  fields: EvidenceFields,
): void {
  const number = numberOf(row);
  indexRecord(db, {
    kind: 'evidence',
    recordId: row.id,
    caseId: row.case_id,
    label: number,
    text: `${number} ${fields.type.replaceAll('_', ' ')} ${fields.description}`,
  });
}

function refuse(reason: PlainReason): never {
  throw new CasefileError('VALIDATION', reason);
}

/**
 * Checks a whole set of fields: cross-field rules, a collection not in the future, links to
 * people, interviews and an original of the same case. `itemId` is the item being changed.
 */
function checkFields(
  ctx: CaseFileContext,
  db: VaultDatabase,
  caseId: string,
  fields: EvidenceFields,
  itemId?: string,
): void {
  const problems = evidenceFieldProblems(fields);
  if (problems.length > 0) throw crossFieldRefusal(problems);
  if (Date.parse(fields.collectedAt) > ctx.now() + CLOCK_SLACK_MS) refuse('evidence.collectedInFuture');
  if (fields.identifiedAt !== undefined && Date.parse(fields.identifiedAt) > ctx.now() + CLOCK_SLACK_MS) {
    refuse('evidence.identifiedInFuture');
  }
  const outsideCase = (table: 'people' | 'interviews', ids: readonly string[]): boolean => {
    if (ids.length === 0) return false;
    const found = db
      .prepare(`SELECT count(*) FROM ${table} WHERE case_id = ? AND id IN (SELECT value FROM json_each(?))`)
      .pluck()
      .get(caseId, JSON.stringify([...new Set(ids)])) as number;
    return found !== new Set(ids).size;
  };
  if (outsideCase('people', fields.personIds)) refuse('evidence.peopleOutsideCase');
  if (outsideCase('interviews', fields.interviewIds)) refuse('evidence.interviewsOutsideCase');
  if (fields.originalId !== undefined) {
    if (fields.originalId === itemId) refuse('evidence.copyOfItself');
    const original = db.prepare('SELECT case_id, copy_role FROM evidence_items WHERE id = ?').get(fields.originalId) as
      { case_id: string; copy_role: string } | undefined;
    if (!original || original.case_id !== caseId) refuse('evidence.originalElsewhere');
    if (original.copy_role !== 'evidentiary_original') refuse('evidence.copyOfCopy');
  }
  if (itemId !== undefined && fields.copyRole === 'working_copy') {
    const copies = db
      .prepare('SELECT count(*) FROM evidence_items WHERE original_id = ?')
      .pluck()
      .get(itemId) as number;
    if (copies > 0) refuse('evidence.hasCopies');
  }
}

function refuseDestroyedByField(fields: EvidenceFields, before?: EvidenceFields): void {
  if (isFinalEvidenceStatus(fields.status) && !(before && isFinalEvidenceStatus(before.status))) {
    throw new CasefileError('VALIDATION', 'evidence.recordDestruction');
  }
}

/** The columns of an item's fields (blank optional text is not recorded). */
function fieldColumns(fields: EvidenceFields) {
  const blankToNull = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text);
  return {
    type: fields.type,
    description: fields.description,
    collected_at: fields.collectedAt,
    time_zone: fields.timeZone ?? null,
    collected_where:
      fields.collectedWhere === undefined || fields.collectedWhere.text.trim() === ''
        ? null
        : JSON.stringify(fields.collectedWhere),
    collected_by: blankToNull(fields.collectedBy),
    copy_role: fields.copyRole,
    original_id: fields.originalId ?? null,
    storage_location: fields.storageLocation,
    status: fields.status,
    confidentiality: fields.confidentiality,
    markers: JSON.stringify(fields.markers),
    recorded_at: fields.recordedAt === undefined ? null : JSON.stringify(fields.recordedAt),
    identified_at: fields.identifiedAt ?? null,
  };
}

function writeLinks(db: VaultDatabase, itemId: string, fields: EvidenceFields): void {
  db.prepare('DELETE FROM evidence_people WHERE item_id = ?').run(itemId);
  db.prepare('DELETE FROM evidence_interviews WHERE item_id = ?').run(itemId);
  const person = db.prepare('INSERT INTO evidence_people (item_id, person_id) VALUES (?, ?)');
  for (const personId of new Set(fields.personIds)) person.run(itemId, personId);
  const interview = db.prepare('INSERT INTO evidence_interviews (item_id, interview_id) VALUES (?, ?)');
  for (const interviewId of new Set(fields.interviewIds)) interview.run(itemId, interviewId);
}

function startDeadlines(
  ctx: CaseFileContext,
  db: VaultDatabase,
  row: Pick<EvidenceItemRow, 'id' | 'case_id'>,
  fields: EvidenceFields,
): void {
  ctx.ports.reactions.evidenceLogged(ctx, db, {
    caseId: row.case_id,
    evidenceId: row.id,
    evidenceType: fields.type,
    markers: fields.markers,
    collectedAt: fields.collectedAt,
    ...presentOnly({ recordedAt: fields.recordedAt, identifiedAt: fields.identifiedAt }),
  });
}

/**
 * Logs an item under the next number of its case and starts the clocks it runs, in one
 * transaction. Quick capture sends only case, type and description: collection time is now.
 */
export function createEvidence(
  ctx: CaseFileContext,
  input: EvidenceDraft,
  options: { id?: string } = {},
): EvidenceRecord {
  return caseChange(ctx, ({ db, at, record }): EvidenceRecord => {
    const caseRow = ctx.ports.cases.forChange(db, input.caseId);
    const { caseId: _caseId, ...draft } = input;
    const fields = validRecord(EvidenceFields, { ...draft, collectedAt: input.collectedAt ?? at });
    refuseDestroyedByField(fields);
    checkFields(ctx, db, caseRow.id, fields);
    const row = { id: options.id ?? randomUUID(), case_id: caseRow.id, sequence: nextSequence(db, caseRow.id) };
    db.prepare(
      `INSERT INTO evidence_items (id, case_id, sequence, type, description, collected_at, time_zone,
          collected_where, collected_by,
         copy_role, original_id, storage_location, status, confidentiality, markers, recorded_at, identified_at,
           created_at, updated_at)
       VALUES (@id, @case_id, @sequence, @type, @description, @collected_at, @time_zone, @collected_where,
         @collected_by,
         @copy_role, @original_id, @storage_location, @status, @confidentiality, @markers, @recorded_at,
           @identified_at, @at, @at)`,
    ).run({ ...row, ...fieldColumns(fields), at });
    writeLinks(db, row.id, fields);
    indexItem(db, row, fields);
    const { type, copyRole, status, originalId } = fields;
    record(evidenceAudit('evidence.create', row, { type, copyRole, status, ...(originalId ? { originalId } : {}) }));
    startDeadlines(ctx, db, row, fields);
    return getEvidenceRecord(db, row.id);
  });
}

/** Thrown inside a dry run's transaction to roll it back. */
const DRY_RUN = Symbol('dry run');

/**
 * Every check createEvidence makes, without logging anything: it runs and is rolled back. An item
 * logged with its file is checked so, before the file (perhaps gigabytes) is streamed.
 */
export function checkEvidenceDraft(ctx: CaseFileContext, input: EvidenceDraft): void {
  try {
    ctx.db().transaction(() => {
      createEvidence(ctx, input);
      throw DRY_RUN;
    })();
  } catch (error) {
    if (error !== DRY_RUN) throw error;
  }
}

function fieldsOf(db: VaultDatabase, row: EvidenceItemRow): EvidenceFields {
  const {
    id: _id,
    caseId: _caseId,
    number: _number,
    createdAt: _createdAt,
    updatedAt: _updatedAt,
    ...fields
  } = toEvidenceItem(db, row);
  return fields;
}

/** The fields with the changes applied: a null clears an optional field, an omitted one stays. */
function applyChanges(before: EvidenceFields, changes: EvidenceChanges): Record<string, unknown> {
  const after: Record<string, unknown> = { ...before };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) delete after[key];
    else after[key] = value;
  }
  return after;
}

/** Changes an item's fields; its number and case never change, and a destroyed item not at all. */
export function updateEvidence(ctx: CaseFileContext, input: ParsedInput<'evidence.update'>): EvidenceRecord {
  return caseChange(ctx, ({ db, at, record }): EvidenceRecord => {
    const row = getItemRow(db, input.itemId);
    ctx.ports.cases.forChange(db, row.case_id);
    const before = fieldsOf(db, row);
    if (isFinalEvidenceStatus(before.status)) {
      throw new CasefileError('CONFLICT', 'evidence.destroyedFrozen', { number: numberOf(row) });
    }
    const fields = validRecord(EvidenceFields, applyChanges(before, input.changes));
    const changed = changedFields(before, fields, Object.keys(EvidenceFields.shape));
    if (changed.length === 0) return getEvidenceRecord(db, row.id);
    refuseDestroyedByField(fields, before);
    checkFields(ctx, db, row.case_id, fields, row.id);
    db.prepare(
      `UPDATE evidence_items SET type = @type, description = @description, collected_at = @collected_at,
          time_zone = @time_zone,
         collected_where = @collected_where, collected_by = @collected_by, copy_role = @copy_role,
           original_id = @original_id,
         storage_location = @storage_location, status = @status, confidentiality = @confidentiality, markers = @markers,
         recorded_at = @recorded_at, identified_at = @identified_at, updated_at = @at
       WHERE id = @id`,
    ).run({ ...fieldColumns(fields), at, id: row.id });
    if (changed.includes('personIds') || changed.includes('interviewIds')) writeLinks(db, row.id, fields);
    indexItem(db, row, fields);
    const status = changed.includes('status') ? { status: fields.status } : {};
    record(evidenceAudit('evidence.update', row, { changed, ...status }));
    if (CLOCK_FIELDS.some((key) => changed.includes(key))) startDeadlines(ctx, db, row, fields);
    return getEvidenceRecord(db, row.id);
  });
}
