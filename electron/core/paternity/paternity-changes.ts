import type { AuditAction } from '../../../shared/domain/audit-actions.js';
import { randomUUID } from 'node:crypto';
import { localDateOf } from '../../../shared/clocks/local-time.js';
import { CasefileError } from '../../../shared/contract/index.js';
import { effectiveConsent, isConsentGiven } from '../../../shared/domain/consent.js';
import {
  claimInStep,
  nextChildCode,
  paternityFieldProblems,
  type PaternityChild,
  type PaternityChildFields,
} from '../../../shared/domain/paternity.js';
import type { PersonRole } from '../../../shared/domain/person.js';
import { caseChange, type CaseChange } from '../kernel/audit/case-change.js';
import { changedFields } from '../kernel/audit/changed-fields.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { PersonKey } from '../kernel/ports/people-records.js';
import { crossFieldRefusal } from '../kernel/record-validation.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { childCodesIssued, getChild, listChildren } from './paternity-store.js';

/** The fields an audit row names when they change (their names only, never their values). */
const AUDITED_FIELDS = [
  'motherId',
  'subjectId',
  'birth',
  'reportedOn',
  'status',
  'dna',
  'memberStateContact',
  'support',
  'note',
  'confidentiality',
] as const;

/** The mother is a victim, the subject a subject, both of this case: anyone else is refused, saying which. */
function linkedPerson(ctx: CaseFileContext, db: VaultDatabase, caseId: string, personId: string, role: PersonRole) {
  const reason = role === 'victim' ? 'paternity.motherNotVictim' : 'paternity.subjectNotSubject';
  const person = ctx.ports.people.get(db, personId);
  if (person.caseId !== caseId) {
    throw new CasefileError(
      'VALIDATION',
      role === 'victim' ? 'paternity.motherElsewhere' : 'paternity.subjectElsewhere',
    );
  }
  if (person.role !== role) throw new CasefileError('VALIDATION', reason, { person: person.code });
  return person;
}

/**
 * DNA only where national law accepts it and always with the mother's (or her guardian's) recorded
 * consent to forensic sampling in force on the day the sample is taken. Checked when the sample's
 * date is first written or changed; a consent withdrawn later does not unmake a sample taken before.
 */
function refuseDnaWithoutGrounds(
  ctx: CaseFileContext,
  db: VaultDatabase,
  caseId: string,
  mother: PersonKey,
  fields: PaternityChildFields,
  before: PaternityChild | undefined,
): void {
  const asksForDna = fields.status === 'dna_requested' || fields.dna.sampleTakenOn !== undefined;
  const claim = ctx.ports.casePaternityClaims.get(db, caseId);
  if (asksForDna && claim.claimed && claim.dnaPermittedByNationalLaw === 'no') {
    throw new CasefileError('CONFLICT', 'paternity.dnaNotPermitted');
  }
  const taken = fields.dna.sampleTakenOn;
  if (taken === undefined || (before?.dna.sampleTakenOn === taken && before.motherId === mother.id)) return;
  const history = ctx.ports.consents.decisionsOf(db, caseId, mother.id);
  if (!isConsentGiven(effectiveConsent(history, 'forensic_sampling', `${taken}T23:59:59.999Z`))) {
    throw new CasefileError('CONSENT_REQUIRED', 'paternity.dnaConsentMissing', { person: mother.code });
  }
}

function checkedLinks(
  ctx: CaseFileContext,
  db: VaultDatabase,
  caseId: string,
  fields: PaternityChildFields,
  before?: PaternityChild,
) {
  const mother = linkedPerson(ctx, db, caseId, fields.motherId, 'victim');
  const subject = linkedPerson(ctx, db, caseId, fields.subjectId, 'subject');
  const today = localDateOf(ctx.now(), ctx.ports.clockConfiguration.read(db).calendar.timeZone);
  const problems = paternityFieldProblems(fields, today);
  if (problems.length > 0) throw crossFieldRefusal(problems);
  refuseDnaWithoutGrounds(ctx, db, caseId, mother, fields, before);
  return { mother, subject };
}

function columnsOf(fields: PaternityChildFields) {
  return {
    mother_id: fields.motherId,
    subject_id: fields.subjectId,
    birth: JSON.stringify(fields.birth),
    reported_on: fields.reportedOn,
    status: fields.status,
    dna_sample_taken_on: fields.dna.sampleTakenOn ?? null,
    dna_sample_sent_on: fields.dna.sampleSentOn ?? null,
    dna_result: fields.dna.result ?? null,
    dna_result_on: fields.dna.resultOn ?? null,
    member_state_contact: fields.memberStateContact ? JSON.stringify(fields.memberStateContact) : null,
    support: JSON.stringify(fields.support),
    note: fields.note ?? null,
    confidentiality: fields.confidentiality,
  };
}

/** Codes, status and which steps are recorded: never the note, the State's name or an amount. */
function auditDetails(child: PaternityChild) {
  return {
    code: child.code,
    motherCode: child.motherCode,
    subjectCode: child.subjectCode,
    status: child.status,
    dnaSteps: Object.keys(child.dna).sort(),
    memberStateContacted: child.memberStateContact !== undefined,
    supportSteps: Object.keys(child.support).sort(),
  };
}

/**
 * How a child's change ends: audited, the case marked changed, and the case's claim following its
 * children (see claimInStep), the child's audit row recording the cause.
 */
function recordChildChange(
  ctx: CaseFileContext,
  { db, at, record }: CaseChange,
  child: PaternityChild,
  audit: { action: AuditAction; details?: Record<string, unknown> },
): PaternityChild {
  const target = { kind: 'paternity_child', id: child.id, label: child.code };
  record({ action: audit.action, caseId: child.caseId, target, details: { ...auditDetails(child), ...audit.details } });
  const claims = ctx.ports.casePaternityClaims;
  const current = claims.get(db, child.caseId);
  const next = claimInStep(current, listChildren(db, child.caseId));
  if (JSON.stringify(next) !== JSON.stringify(current)) claims.set(db, child.caseId, next, at);
  return child;
}

export function addChild(
  ctx: CaseFileContext,
  caseIdOrReference: string,
  fields: PaternityChildFields,
): PaternityChild {
  return caseChange(ctx, (change): PaternityChild => {
    const { db, at } = change;
    const caseKey = ctx.ports.cases.forChange(db, caseIdOrReference);
    checkedLinks(ctx, db, caseKey.id, fields);
    const id = randomUUID();
    const code = nextChildCode(childCodesIssued(db, caseKey.id));
    db.prepare(
      `INSERT INTO paternity_children (id, case_id, code, mother_id, subject_id, birth, reported_on, status,
           dna_sample_taken_on, dna_sample_sent_on, dna_result, dna_result_on, member_state_contact, support, note,
           confidentiality, created_at, updated_at)
         VALUES (@id, @case_id, @code, @mother_id, @subject_id, @birth, @reported_on, @status, @dna_sample_taken_on,
           @dna_sample_sent_on, @dna_result, @dna_result_on, @member_state_contact, @support, @note, @confidentiality,
           @at, @at)`,
    ).run({ id, case_id: caseKey.id, code, ...columnsOf(fields), at });
    return recordChildChange(ctx, change, getChild(db, id), { action: 'paternity.add' });
  });
}

export function updateChild(ctx: CaseFileContext, childId: string, fields: PaternityChildFields): PaternityChild {
  return caseChange(ctx, (change): PaternityChild => {
    const { db, at } = change;
    const before = getChild(db, childId);
    const caseKey = ctx.ports.cases.forChange(db, before.caseId);
    checkedLinks(ctx, db, caseKey.id, fields, before);
    const changed = changedFields(before, fields, AUDITED_FIELDS);
    if (changed.length === 0) return before;
    db.prepare(
      `UPDATE paternity_children SET mother_id = @mother_id, subject_id = @subject_id, birth = @birth,
           reported_on = @reported_on, status = @status, dna_sample_taken_on = @dna_sample_taken_on,
           dna_sample_sent_on = @dna_sample_sent_on, dna_result = @dna_result, dna_result_on = @dna_result_on,
           member_state_contact = @member_state_contact, support = @support, note = @note,
           confidentiality = @confidentiality, updated_at = @at
         WHERE id = @id`,
    ).run({ id: before.id, ...columnsOf(fields), at });
    const child = getChild(db, before.id);
    const details = { fields: changed, ...statusChange(before, child) };
    return recordChildChange(ctx, change, child, { action: 'paternity.update', details });
  });
}

const statusChange = (before: PaternityChild, after: PaternityChild) =>
  before.status === after.status ? {} : { statusFrom: before.status };

/** For the cases feature: an intake edit of the claim, refused when it denies a claim with children. */
export function claimInStepWithChildren(
  db: VaultDatabase,
  caseId: string,
  requested: Parameters<typeof claimInStep>[0],
) {
  const children = listChildren(db, caseId);
  if (!requested.claimed && children.length > 0) {
    throw new CasefileError('CONFLICT', 'paternity.claimHasChildren', { children: children.length });
  }
  return claimInStep(requested, children);
}
