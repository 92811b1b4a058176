import type { TFunction } from 'i18next';
import type { EvidenceChanges, EvidenceRecord } from '../../shared/contract/evidence.js';
import type { Confidentiality } from '../../shared/domain/confidentiality.js';
import {
  EvidenceFields,
  evidenceFieldProblems,
  type CopyRole,
  type EvidenceMarker,
  type EvidenceStatus,
  type EvidenceType,
} from '../../shared/domain/evidence.js';
import type { SensitiveText } from '../../shared/domain/primitives.js';
import { fieldErrors, type FieldErrors } from '../components/validation.js';
import {
  draftFromUncertainDate,
  emptyDateDraft,
  uncertainDateFromDraft,
  type UncertainDateDraft,
} from '../components/uncertain-date-draft.js';
import { instantFromLocal, localFromInstant, type LocalMoment } from '../people/local-time.js';

/**
 * What the evidence form holds while it is filled: times as the date and time inputs hold
 * them, every optional field as text. `fieldsFromForm` turns it into the contract's fields and
 * says, per field, what is wrong.
 */
export interface EvidenceForm {
  type: EvidenceType | '';
  description: string;
  collected: LocalMoment;
  /** The zone the collection time is read and shown in. */
  timeZone: string;
  collectedWhere: SensitiveText;
  collectedBy: string;
  copyRole: CopyRole;
  originalId: string;
  storageLocation: string;
  status: EvidenceStatus;
  confidentiality: Confidentiality;
  personIds: string[];
  interviewIds: string[];
  markers: EvidenceMarker[];
  /** CCTV: when the footage was recorded; left unknown, overwriting counts from the incident. */
  recordedAt: UncertainDateDraft;
  /** CCTV or phone data: when the source was found to exist, if before the item was logged. */
  identified: LocalMoment;
}

export function emptyEvidenceForm(now: LocalMoment, timeZone: string): EvidenceForm {
  return {
    type: '',
    description: '',
    collected: now,
    timeZone,
    collectedWhere: { text: '', confidentiality: 'confidential' },
    collectedBy: '',
    copyRole: 'evidentiary_original',
    originalId: '',
    storageLocation: '',
    status: 'collected',
    confidentiality: 'confidential',
    personIds: [],
    interviewIds: [],
    markers: [],
    recordedAt: emptyDateDraft('unknown', timeZone),
    identified: { day: '', time: '' },
  };
}

/** The form an existing item is edited from, its times on the clocks of its own zone. */
export function formFromRecord(record: EvidenceRecord, fallbackZone: string): EvidenceForm {
  const timeZone = record.timeZone ?? fallbackZone;
  return {
    type: record.type,
    description: record.description,
    collected: localFromInstant(record.collectedAt, timeZone),
    timeZone,
    collectedWhere: record.collectedWhere ?? { text: '', confidentiality: 'confidential' },
    collectedBy: record.collectedBy ?? '',
    copyRole: record.copyRole,
    originalId: record.originalId ?? '',
    storageLocation: record.storageLocation,
    status: record.status,
    confidentiality: record.confidentiality,
    personIds: [...record.personIds],
    interviewIds: [...record.interviewIds],
    markers: [...record.markers],
    recordedAt: record.recordedAt
      ? draftFromUncertainDate(record.recordedAt, timeZone)
      : emptyDateDraft('unknown', timeZone),
    identified: record.identifiedAt ? localFromInstant(record.identifiedAt, timeZone) : { day: '', time: '' },
  };
}

/** Cross-field problems of the domain, by the field they are shown on. */
const FIELD_PROBLEM_PATHS = ['originalId', 'markers', 'recordedAt', 'identifiedAt'] as const;
type ProblemPath = (typeof FIELD_PROBLEM_PATHS)[number];
const isProblemPath = (path: string): path is ProblemPath => (FIELD_PROBLEM_PATHS as readonly string[]).includes(path);

export type EvidenceFormCheck = { ok: true; fields: EvidenceFields } | { ok: false; errors: FieldErrors };

const blank = (text: string): boolean => text.trim() === '';

/**
 * The contract's fields from the form, or messages per field (`collectedAt`, `recordedAt.from`,
 * `originalId`…). Only what the choices make relevant is sent: an original's link for a working
 * copy, a recording time for CCTV, an identification time for a marked source.
 */
export function fieldsFromForm(t: TFunction, form: EvidenceForm): EvidenceFormCheck {
  const errors: FieldErrors = {};
  const collectedAt = instantFromLocal(form.collected, form.timeZone);
  if (collectedAt === null) errors.collectedAt = t('evidence.form.errors.collectedAt');
  const identifiedGiven = form.markers.length > 0 && !(blank(form.identified.day) && blank(form.identified.time));
  const identifiedAt = identifiedGiven ? instantFromLocal(form.identified, form.timeZone) : undefined;
  if (identifiedAt === null) errors.identifiedAt = t('evidence.form.errors.identifiedAt');
  const recordedGiven = form.markers.includes('cctv') && form.recordedAt.precision !== 'unknown';

  const candidate = {
    type: form.type,
    description: form.description,
    collectedAt: collectedAt ?? '',
    timeZone: form.timeZone,
    ...(blank(form.collectedWhere.text) ? {} : { collectedWhere: form.collectedWhere }),
    ...(blank(form.collectedBy) ? {} : { collectedBy: form.collectedBy }),
    copyRole: form.copyRole,
    ...(form.copyRole === 'working_copy' && form.originalId !== '' ? { originalId: form.originalId } : {}),
    storageLocation: form.storageLocation,
    status: form.status,
    confidentiality: form.confidentiality,
    personIds: form.personIds,
    interviewIds: form.interviewIds,
    markers: form.markers,
    ...(recordedGiven ? { recordedAt: uncertainDateFromDraft(form.recordedAt) } : {}),
    ...(identifiedAt ? { identifiedAt } : {}),
  };
  const parsed = EvidenceFields.safeParse(candidate);
  if (!parsed.success) {
    // The times' own messages say more than the schema's "invalid date".
    return { ok: false, errors: { ...fieldErrors(t, parsed.error), ...errors } };
  }
  for (const problem of evidenceFieldProblems(parsed.data)) {
    if (isProblemPath(problem.path) && !(problem.path in errors))
      errors[problem.path] = t(`evidence.form.problems.${problem.path}`);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, fields: parsed.data };
}

/** Every field, so the item ends up exactly as the form shows it: `null` clears what was left blank. */
export function changesFromFields(fields: EvidenceFields): EvidenceChanges {
  return {
    type: fields.type,
    description: fields.description,
    collectedAt: fields.collectedAt,
    timeZone: fields.timeZone ?? null,
    collectedWhere: fields.collectedWhere ?? null,
    collectedBy: fields.collectedBy ?? null,
    copyRole: fields.copyRole,
    originalId: fields.originalId ?? null,
    storageLocation: fields.storageLocation,
    status: fields.status,
    confidentiality: fields.confidentiality,
    personIds: fields.personIds,
    interviewIds: fields.interviewIds,
    markers: fields.markers,
    recordedAt: fields.recordedAt ?? null,
    identifiedAt: fields.identifiedAt ?? null,
  };
}
