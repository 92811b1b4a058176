import type { AuditAction } from '../../../shared/domain/audit-actions.js';
import { randomUUID } from 'node:crypto';
import { CasefileError, type ParsedInput } from '../../../shared/contract/index.js';
import type { PersonProfile, PersonSummary } from '../../../shared/contract/people.js';
import {
  IDENTITY_FIELDS,
  nextPseudonymCode,
  Person,
  suggestedInvestigatingEntity,
  type PersonIdentity,
} from '../../../shared/domain/person.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import { caseChange, type CaseChange } from '../kernel/audit/case-change.js';
import { changedFields } from '../kernel/audit/changed-fields.js';
import type { CaseFileContext } from '../kernel/context.js';
import { indexRecord } from '../kernel/search/search-index.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { personSearchText } from './person-search-text.js';
import {
  codesIssued,
  getPersonRow,
  getPersonSummary,
  profileColumns,
  profileOf,
  readIdentity,
} from './person-store.js';
import { validRecord } from '../kernel/record-validation.js';

/** A cleared field arrives as blank text: it is not recorded, so it is dropped rather than stored. */
function withoutBlanks(identity: PersonIdentity): PersonIdentity {
  return Object.fromEntries(
    Object.entries(identity).filter(
      ([, value]) => value !== undefined && !(typeof value === 'string' && value.trim() === ''),
    ),
  ) as PersonIdentity;
}

/**
 * Every stored subject names who investigates them: the one given, else the one already recorded,
 * else the usual entity for the category (a form or command that does not ask keeps what is there).
 */
function withInvestigatingEntity(profile: PersonProfile, stored?: PersonProfile): PersonProfile {
  if (profile.role !== 'subject' || profile.investigatingEntity !== undefined) return profile;
  const recorded = stored?.role === 'subject' ? stored.investigatingEntity : undefined;
  return { ...profile, investigatingEntity: recorded ?? suggestedInvestigatingEntity(profile.personnelCategory) };
}

const recordedIdentityFields = (identity: PersonIdentity): string[] =>
  IDENTITY_FIELDS.filter((field) => identity[field] !== undefined);

/**
 * A victim's guardian is a guardian of the same case, and those she alleges against are subjects of
 * it (her closure letter reads their findings); an exception standing in for an implicated guardian
 * (R4) is not dated in the future, where it would excuse interviews yet to be checked.
 */
function checkVictimLinks(ctx: CaseFileContext, db: VaultDatabase, caseId: string, profile: PersonProfile): void {
  if (profile.role !== 'victim') return;
  if (profile.guardianPersonId !== undefined) {
    const guardian = db.prepare('SELECT case_id, role FROM people WHERE id = ?').get(profile.guardianPersonId) as
      { case_id: string; role: string } | undefined;
    if (!guardian || guardian.case_id !== caseId || guardian.role !== 'guardian') {
      throw new CasefileError('VALIDATION', 'people.guardianRole');
    }
  }
  for (const subjectId of profile.allegedSubjectIds ?? []) {
    const subject = db.prepare('SELECT case_id, role FROM people WHERE id = ?').get(subjectId) as
      { case_id: string; role: string } | undefined;
    if (!subject || subject.case_id !== caseId || subject.role !== 'subject') {
      throw new CasefileError('VALIDATION', 'people.allegedSubjectRole');
    }
  }
  const exception = profile.guardianConsentException;
  if (exception && Date.parse(exception.recordedAt) > ctx.now()) {
    throw new CasefileError('VALIDATION', 'people.exceptionInFuture');
  }
}

const personTarget = (id: string, code: string) => ({ kind: 'person', id, label: code });

/**
 * A person added or their profile changed: found by search as they now are, the change audited and the
 * case marked changed, then what depends on the case's facts follows (a subject's rotation date starts
 * the clocks that must finish before it).
 */
function recordProfileChange(
  ctx: CaseFileContext,
  { db, record }: Pick<CaseChange, 'db' | 'record'>,
  person: { id: string; caseId: string; code: string; profile: PersonProfile },
  audit: { action: AuditAction; details: Record<string, unknown> },
): PersonSummary {
  const { id, caseId, code } = person;
  indexRecord(db, {
    kind: 'person',
    recordId: id,
    caseId,
    label: code,
    text: personSearchText(code, person.profile),
  });
  record({ ...audit, caseId, target: personTarget(id, code) });
  ctx.ports.reactions.caseChanged(ctx, db, caseId);
  return getPersonSummary(db, ctx.ports.cases, id);
}

/** Adds a person under the next code of their role; the code is recorded as issued for good. */
export function addPerson(
  ctx: CaseFileContext,
  request: { caseId: string; profile: PersonProfile; identity: PersonIdentity },
): PersonSummary {
  const input = { ...request, profile: withInvestigatingEntity(request.profile) };
  return caseChange(ctx, ({ db, at, record }): PersonSummary => {
    const caseId = ctx.ports.cases.get(db, input.caseId).id;
    const id = randomUUID();
    const code = nextPseudonymCode(input.profile.role, codesIssued(db, caseId));
    const identity = withoutBlanks(input.identity);
    const { identity: recorded } = validRecord(Person, { ...input.profile, id, caseId, code, identity });
    checkVictimLinks(ctx, db, caseId, input.profile);
    const { role, confidentiality, fields } = profileColumns(input.profile);
    db.prepare(
      `INSERT INTO people (id, case_id, code, role, profile, identity, confidentiality, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, caseId, code, role, fields, JSON.stringify(recorded), confidentiality, at, at);
    db.prepare('INSERT INTO person_codes_issued (case_id, code, issued_at) VALUES (?, ?, ?)').run(caseId, code, at);
    const person = { id, caseId, code, profile: input.profile };
    return recordProfileChange(ctx, { db, record }, person, { action: 'person.add', details: { code, role } });
  });
}

/** Replaces the profile; the role (and so the code) never changes. */
export function updatePerson(ctx: CaseFileContext, request: ParsedInput<'people.update'>): PersonSummary {
  return caseChange(ctx, ({ db, at, record }): PersonSummary => {
    const row = getPersonRow(db, request.personId);
    const input = { ...request, profile: withInvestigatingEntity(request.profile, profileOf(row)) };
    if (input.profile.role !== row.role) {
      throw new CasefileError('VALIDATION', 'people.roleFixed', { person: row.code, role: row.role });
    }
    const changed = changedFields(profileOf(row), input.profile);
    if (changed.length === 0) return getPersonSummary(db, ctx.ports.cases, row.id);
    const identity = readIdentity(db, row.id);
    validRecord(Person, { ...input.profile, id: row.id, caseId: row.case_id, code: row.code, identity });
    checkVictimLinks(ctx, db, row.case_id, input.profile);
    db.prepare(
      'UPDATE people SET profile = @fields, confidentiality = @confidentiality, updated_at = @at WHERE id = @id',
    ).run({ ...profileColumns(input.profile), at, id: row.id });
    const person = { id: row.id, caseId: row.case_id, code: row.code, profile: input.profile };
    return recordProfileChange(ctx, { db, record }, person, {
      action: 'person.update',
      details: { code: row.code, changed },
    });
  });
}

/** Replaces the identity fields; the audit trail gets the names of the fields changed, never values. */
export function setPersonIdentity(ctx: CaseFileContext, input: ParsedInput<'people.setIdentity'>): PersonSummary {
  return caseChange(ctx, ({ db, at, record }): PersonSummary => {
    const row = getPersonRow(db, input.personId);
    const before = readIdentity(db, row.id);
    const identity = withoutBlanks(input.identity);
    const changed = changedFields(before, identity, [...IDENTITY_FIELDS, 'confidentiality']);
    if (changed.length === 0) return getPersonSummary(db, ctx.ports.cases, row.id);
    const person = validRecord(Person, {
      ...profileOf(row),
      id: row.id,
      caseId: row.case_id,
      code: row.code,
      identity,
    });
    db.prepare('UPDATE people SET identity = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(person.identity),
      at,
      row.id,
    );
    record({
      action: 'person.identity.set',
      caseId: row.case_id,
      target: personTarget(row.id, row.code),
      details: { code: row.code, changed, recorded: recordedIdentityFields(person.identity) },
    });
    return getPersonSummary(db, ctx.ports.cases, row.id);
  });
}

/** Shows an identity: an explicit act whose reason goes to the audit trail in the same transaction. */
export function revealPersonIdentity(
  ctx: CaseFileContext,
  input: { personId: string; reason: string },
): { personId: string; code: string; identity: PersonIdentity } {
  const db = ctx.db();
  return db
    .transaction(() => {
      const row = getPersonRow(db, input.personId);
      const identity = readIdentity(db, row.id);
      appendAudit(ctx, {
        action: 'person.identity.reveal',
        caseId: row.case_id,
        target: personTarget(row.id, row.code),
        details: { code: row.code, reason: input.reason, fields: recordedIdentityFields(identity) },
      });
      return { personId: row.id, code: row.code, identity };
    })
    .immediate();
}
