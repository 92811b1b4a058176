import { presentOnly } from '../kernel/db/present-only.js';
import type { AuditAction } from '../../../shared/domain/audit-actions.js';
import { createHash, randomUUID } from 'node:crypto';
import { CasefileError, type ParsedInput } from '../../../shared/contract/index.js';
import type { InterviewRecord } from '../../../shared/contract/interviews.js';
import {
  canTransitionInterview,
  Interview,
  nextAmendmentVersion,
  type InterviewArrangements,
  type InterviewStatus,
} from '../../../shared/domain/interview.js';
import { EMPTY_RICH_TEXT, richTextToPlain, type RichText } from '../../../shared/domain/rich-text.js';
import { checkInterviewCanBeConducted } from '../../../shared/principles/guards.js';
import { caseChange, type CaseChange } from '../kernel/audit/case-change.js';
import { changedFields } from '../kernel/audit/changed-fields.js';
import type { CaseFileContext } from '../kernel/context.js';
import { validRecord } from '../kernel/record-validation.js';
import type { PeopleRecords } from '../kernel/ports/people-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { indexInterview } from './interview-index.js';
import {
  arrangementColumns,
  arrangementsOf,
  currentNotes,
  getInterviewRow,
  interviewOf,
  interviewRecord,
  type InterviewRow,
} from './interview-store.js';

/** SHA-256 of the notes as stored: the audit trail then vouches for a signed text without holding it. */
const notesDigest = (notes: RichText): string => createHash('sha256').update(JSON.stringify(notes)).digest('hex');

function refuseTransition(row: InterviewRow, to: InterviewStatus): void {
  if (!canTransitionInterview(row.status, to)) {
    throw new CasefileError('CONFLICT', 'interviews.transition', { from: row.status, to });
  }
}

/** The same interview arranged differently: nothing of the old arrangements is carried over. */
function withArrangements(interview: Interview, arrangements: InterviewArrangements): Interview {
  const { id, caseId, personId, status, conductedAt, signedAt, notes, amendments } = interview;
  return {
    ...arrangements,
    id,
    caseId,
    personId,
    status,
    ...presentOnly({ conductedAt, signedAt }),
    notes,
    amendments,
  };
}

/** The people an arrangement names (interpreter, support person) belong to the case, in a fitting role. */
function checkNamedPeople(
  people: PeopleRecords,
  db: VaultDatabase,
  caseId: string,
  arrangements: InterviewArrangements,
): void {
  if (arrangements.interpreterPersonId !== undefined) {
    if (people.inCase(db, caseId, arrangements.interpreterPersonId).role !== 'interpreter') {
      throw new CasefileError('VALIDATION', 'interviews.interpreterRole');
    }
  }
  const support = arrangements.supportPerson.personId;
  if (support !== undefined && !['support_person', 'guardian'].includes(people.inCase(db, caseId, support).role)) {
    throw new CasefileError('VALIDATION', 'interviews.supportRole');
  }
}

/** The end of every change to an interview: indexed again, its audit row written, its case marked changed. */
function recordInterviewChange(
  { db, record }: Pick<CaseChange, 'db' | 'record'>,
  row: Pick<InterviewRow, 'id' | 'case_id'>,
  audit: { action: AuditAction; details: Record<string, unknown> },
): InterviewRecord {
  const label = indexInterview(db, row.id);
  record({ ...audit, caseId: row.case_id, target: { kind: 'interview', id: row.id, label } });
  return interviewRecord(db, row.id);
}

/** Refuses a moment after now: an interview is not recorded as held, or signed, in advance. */
function notInFuture(
  ctx: CaseFileContext,
  at: string,
  reason: 'interviews.conductedInFuture' | 'interviews.signedInFuture',
): void {
  if (Date.parse(at) > ctx.now()) throw new CasefileError('VALIDATION', reason);
}

export function planInterview(
  ctx: CaseFileContext,
  input: { caseId: string; personId: string; arrangements: InterviewArrangements },
): InterviewRecord {
  return caseChange(ctx, ({ db, at, record }): InterviewRecord => {
    const caseId = ctx.ports.cases.get(db, input.caseId).id;
    const person = ctx.ports.people.inCase(db, caseId, input.personId);
    checkNamedPeople(ctx.ports.people, db, caseId, input.arrangements);
    const id = randomUUID();
    validRecord(Interview, {
      ...input.arrangements,
      id,
      caseId,
      personId: person.id,
      status: 'planned',
      notes: EMPTY_RICH_TEXT,
      amendments: [],
    });
    const { confidentiality, fields } = arrangementColumns(input.arrangements);
    db.prepare(
      `INSERT INTO interviews (id, case_id, person_id, status, arrangements, notes, confidentiality, created_at,
          updated_at)
       VALUES (?, ?, ?, 'planned', ?, ?, ?, ?, ?)`,
    ).run(id, caseId, person.id, fields, JSON.stringify(EMPTY_RICH_TEXT), confidentiality, at, at);
    const planned = { id, case_id: caseId };
    return recordInterviewChange({ db, record }, planned, {
      action: 'interview.plan',
      details: {
        personCode: person.code,
        ...(input.arrangements.scheduledAt ? { scheduledAt: input.arrangements.scheduledAt } : {}),
      },
    });
  });
}

/**
 * Changes the arrangements until signature. Once conducted they record what happened, so the
 * change must still satisfy the rules the interview was conducted under (consent to a recording
 * added afterwards, for instance).
 */
export function updateInterview(ctx: CaseFileContext, input: ParsedInput<'interviews.update'>): InterviewRecord {
  return caseChange(ctx, ({ db, at, record }): InterviewRecord => {
    const row = getInterviewRow(db, input.interviewId);
    if (row.status === 'signed' || row.status === 'cancelled') {
      throw new CasefileError(
        'CONFLICT',
        row.status === 'signed' ? 'interviews.signedAmendOnly' : 'interviews.cancelledPlanNew',
      );
    }
    const before = arrangementsOf(row);
    const changed = changedFields(before, input.arrangements);
    if (changed.length === 0) return interviewRecord(db, row.id);
    checkNamedPeople(ctx.ports.people, db, row.case_id, input.arrangements);
    const updated = validRecord(Interview, withArrangements(interviewOf(db, row), input.arrangements));
    if (row.status === 'conducted') {
      const snapshot = ctx.ports.principles.snapshot(db, row.case_id, ctx.now());
      const interviews = snapshot.interviews.map((interview) => (interview.id === row.id ? updated : interview));
      ctx.ports.principles.refuseBlocking(checkInterviewCanBeConducted({ ...snapshot, interviews }, row.id));
    }
    db.prepare(
      `UPDATE interviews SET arrangements = @fields, confidentiality = @confidentiality, updated_at = @at
        WHERE id = @id`,
    ).run({ ...arrangementColumns(input.arrangements), at, id: row.id });
    return recordInterviewChange({ db, record }, row, { action: 'interview.update', details: { changed } });
  });
}

/**
 * Records that the interview took place, after the principles say it may: consent to the
 * interview (and to its recording) in force at that moment (R1, R2), a child's guardian consent
 * or recorded exception and the child's own assent (R4), a prior risk assessment (R3), staff
 * due process (R10). Refused with the rules' messages otherwise.
 */
export function markInterviewConducted(
  ctx: CaseFileContext,
  input: ParsedInput<'interviews.markConducted'>,
): InterviewRecord {
  return caseChange(ctx, ({ db, at, record }): InterviewRecord => {
    const row = getInterviewRow(db, input.interviewId);
    refuseTransition(row, 'conducted');
    notInFuture(ctx, input.conductedAt, 'interviews.conductedInFuture');
    ctx.ports.principles.refuseBlocking(
      checkInterviewCanBeConducted(
        ctx.ports.principles.snapshot(db, row.case_id, ctx.now()),
        row.id,
        input.conductedAt,
      ),
    );
    // notes_audited_at reset: the first notes save after the interview is written to the trail at once.
    db.prepare(
      `UPDATE interviews SET status = 'conducted', conducted_at = ?, notes_audited_at = ` +
        `NULL, updated_at = ? WHERE id = ?`,
    ).run(input.conductedAt, at, row.id);
    return recordInterviewChange({ db, record }, row, {
      action: 'interview.conduct',
      details: { conductedAt: input.conductedAt },
    });
  });
}

/** A planned interview that will not take place: cancelled with its reason, never deleted. */
export function cancelInterview(ctx: CaseFileContext, input: { interviewId: string; reason: string }): InterviewRecord {
  return caseChange(ctx, ({ db, at, record }): InterviewRecord => {
    const row = getInterviewRow(db, input.interviewId);
    refuseTransition(row, 'cancelled');
    db.prepare(
      `UPDATE interviews SET status = 'cancelled', cancelled_at = ?, cancel_reason = ?, updated_at = ? WHERE id = ?`,
    ).run(at, input.reason, at, row.id);
    return recordInterviewChange({ db, record }, row, {
      action: 'interview.cancel',
      details: { reason: input.reason },
    });
  });
}

/** Signs: the working notes become version 1, read-only from now on. */
export function signInterview(
  ctx: CaseFileContext,
  input: { interviewId: string; signedAt?: string | undefined },
): InterviewRecord {
  return caseChange(ctx, ({ db, at, record }): InterviewRecord => {
    const row = getInterviewRow(db, input.interviewId);
    refuseTransition(row, 'signed');
    const signedAt = input.signedAt ?? at;
    notInFuture(ctx, signedAt, 'interviews.signedInFuture');
    const interview = interviewOf(db, row);
    if (richTextToPlain(interview.notes).trim() === '') {
      throw new CasefileError('VALIDATION', 'interviews.notesEmpty');
    }
    validRecord(Interview, { ...interview, status: 'signed', signedAt });
    db.prepare(`UPDATE interviews SET status = 'signed', signed_at = ?, updated_at = ? WHERE id = ?`).run(
      signedAt,
      at,
      row.id,
    );
    db.prepare(
      'INSERT INTO interview_versions (interview_id, version, at, reason, notes) VALUES (?, 1, ?, NULL, ?)',
    ).run(row.id, signedAt, row.notes);
    return recordInterviewChange({ db, record }, row, {
      action: 'interview.sign',
      details: { signedAt, version: 1, notesSha256: notesDigest(interview.notes) },
    });
  });
}

/** A new version of a signed record, with its reason; every earlier version stays as it was. */
export function amendInterview(
  ctx: CaseFileContext,
  input: { interviewId: string; notes: RichText; reason: string },
): InterviewRecord {
  return caseChange(ctx, ({ db, at, record }): InterviewRecord => {
    const row = getInterviewRow(db, input.interviewId);
    const interview = interviewOf(db, row);
    const version = nextAmendmentVersion(interview);
    if (version === null) {
      throw new CasefileError('CONFLICT', 'interviews.amendNotSigned', { status: row.status });
    }
    if (JSON.stringify(input.notes) === JSON.stringify(currentNotes(interview))) {
      throw new CasefileError('VALIDATION', 'interviews.amendIdentical', { version: version - 1 });
    }
    validRecord(Interview, {
      ...interview,
      amendments: [...interview.amendments, { version, amendedAt: at, reason: input.reason, notes: input.notes }],
    });
    db.prepare('INSERT INTO interview_versions (interview_id, version, at, reason, notes) VALUES (?, ?, ?, ?, ?)').run(
      row.id,
      version,
      at,
      input.reason,
      JSON.stringify(input.notes),
    );
    db.prepare('UPDATE interviews SET updated_at = ? WHERE id = ?').run(at, row.id);
    return recordInterviewChange({ db, record }, row, {
      action: 'interview.amend',
      details: { version, reason: input.reason, notesSha256: notesDigest(input.notes) },
    });
  });
}
