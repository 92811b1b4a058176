import type { FieldWord } from '../../shared/i18n/bundle-fields.js';
import type { LabelGroup } from '../../shared/i18n/label-types.js';

/**
 * How the audit trail's details read: for each key the core records (electron/core, `details` of an
 * audit row), its words and how its value reads. A field's words are the bundle-fields catalogue's
 * (`field`, shared/i18n/<language>/bundle-fields.ts), the few the audit alone records are the audit
 * tab's (`audit`, caseFile.audit.detailWords); values read through the label catalogues, the date
 * formatters, or as recorded where they are codes people know (V-01, E-0007). A key not here is
 * counted as an "other detail", never shown by its name.
 */

/** A key's words: a record field's, or one only the audit trail records. */
export type DetailWord = { field: FieldWord } | { audit: AuditDetailWord };

type AuditDetailWord =
  | 'changed'
  | 'previousVersion'
  | 'savedTo'
  | 'items'
  | 'files'
  | 'added'
  | 'changedRecords'
  | 'conflictsKept'
  | 'recipients'
  | 'evidenceFiles'
  | 'objectsCopied'
  | 'objectsKept'
  | 'bytesCopied'
  | 'backupCreatedAt'
  | 'cases'
  | 'periodFrom'
  | 'periodTo'
  | 'madeAsException'
  | 'identityRecorded'
  | 'fingerprintChecks'
  | 'limitedToRecipient';

/** How a value reads. */
export type ValueReading =
  /** A code or reference people know (V-01, E-0007, CF-2026-0001), or a reason a person wrote: as recorded. */
  | 'asRecorded'
  | 'number'
  | 'yesNo'
  | 'instant'
  | 'date'
  /** A spoken or document language's tag (fr, sg, ar-SD): by the language's name. */
  | 'language'
  /** Names of a record's fields: each by its words. */
  | 'fieldNames'
  /** The enumerated fields a case edit changed, each from → to. */
  | 'caseValues'
  /** A list: how many. */
  | 'count'
  /** The code of a reason the core gave a status change (migration 0037): in the reader's words. */
  | 'statusReason'
  /**
   * The `reason` of a status change's row written before migration 0037, the only rows with that key: the
   * core's own in its shipped English (shared/domain/shipped-status-reasons.ts), in the reader's words; a
   * person's, as recorded. Later rows say which it is (`reasonWritten` or `reasonCode`) and are never matched by words.
   */
  | 'statusReasonText'
  /** `V-01:consent`: the pseudonym codes only. */
  | 'codes'
  /** A consent's purpose: a standard or named one in the reader's words, a custom one as its author wrote it. */
  | 'consentPurpose'
  | { group: LabelGroup };

interface DetailReading {
  word: DetailWord;
  value: ValueReading;
}

const field = (word: FieldWord, value: ValueReading): DetailReading => ({ word: { field: word }, value });
const audit = (word: AuditDetailWord, value: ValueReading): DetailReading => ({ word: { audit: word }, value });
const label = (word: FieldWord, group: LabelGroup): DetailReading => field(word, { group });

/** What a key reads as wherever it is recorded. */
const COMMON: Readonly<Record<string, DetailReading>> = {
  reason: field('reason', 'asRecorded'),
  reasonCode: field('reason', 'statusReason'),
  reasonWritten: field('reason', 'asRecorded'),
  code: field('code', 'asRecorded'),
  personCode: field('person', 'asRecorded'),
  guardianCode: field('guardian', 'asRecorded'),
  interpreterCode: field('interpreter', 'asRecorded'),
  number: field('number', 'asRecorded'),
  at: field('when', 'instant'),
  closureGround: label('groundForClosing', 'closureGround'),
  confidentiality: label('confidentiality', 'confidentiality'),
  reportingObligationAcknowledged: field('dutyToReportAcknowledged', 'yesNo'),
  fields: audit('changed', 'fieldNames'),
  changed: audit('changed', 'fieldNames'),
  values: audit('changed', 'caseValues'),
  recorded: audit('identityRecorded', 'fieldNames'),
  version: field('version', 'number'),
  previousVersion: audit('previousVersion', 'number'),
  templateId: label('template', 'letterKind'),
  templateVersion: field('templateVersion', 'number'),
  language: field('language', 'language'),
  recipient: label('recipient', 'recipient'),
  disclosed: field('whatItDiscloses', 'codes'),
  withheld: field('whatItWithholds', 'codes'),
  exception: audit('madeAsException', 'yesNo'),
  discreet: field('discreet', 'yesNo'),
  sha256: field('fingerprintSha256', 'asRecorded'),
  size: field('sizeInBytes', 'number'),
  destination: audit('savedTo', 'asRecorded'),
  how: label('howItWasDelivered', 'deliveryMethod'),
  oralTranslation: field('languageSpoken', 'language'),
  interpreter: field('interpreter', 'yesNo'),
  decidedBy: field('decidedBy', 'asRecorded'),
  decidedOn: field('decidedOn', 'date'),
  reasonToVictim: field('reasonGivenToTheVictim', 'yesNo'),
  takenAt: field('takenOn', 'instant'),
  outcome: label('outcome', 'findingOutcome'),
  previousOutcome: label('outcome', 'findingOutcome'),
  decidingEntity: label('decidedBy', 'investigatingEntity'),
  purpose: field('consentPurpose', 'consentPurpose'),
  decision: label('decision', 'consentDecision'),
  by: label('givenBy', 'consentParty'),
  decidedAt: field('decided', 'instant'),
  limitedToRecipient: audit('limitedToRecipient', 'yesNo'),
  channel: label('how', 'contactChannel'),
  told: label('whatTheyWereTold', 'contactTopic'),
  note: field('note', 'yesNo'),
  service: label('service', 'assistanceService'),
  offeredAt: field('offeredOn', 'instant'),
  provider: field('provider', 'yesNo'),
  advocate: field('victimsRightsAdvocate', 'yesNo'),
  counterpart: label('counterpart', 'followUpCounterpart'),
  openedBy: field('openedBy', 'asRecorded'),
  sentAt: field('sentOn', 'instant'),
  receivedAt: field('receivedOn', 'instant'),
  actionReported: field('actionReported', 'yesNo'),
  milestone: label('milestone', 'caseMilestone'),
  state: label('status', 'deadlineState'),
  dueAt: field('due', 'instant'),
  conductedAt: field('conducted', 'instant'),
  signedAt: field('signed', 'instant'),
  scheduledAt: field('plannedFor', 'instant'),
  revision: field('notesRevision', 'number'),
  type: label('type', 'evidenceType'),
  copyRole: label('originalOrCopy', 'copyRole'),
  role: label('role', 'personRole'),
  hashChecks: audit('fingerprintChecks', 'count'),
  items: audit('items', 'number'),
  files: audit('files', 'number'),
  added: audit('added', 'number'),
  conflictsKept: audit('conflictsKept', 'number'),
  recipients: audit('recipients', 'number'),
  evidenceFiles: audit('evidenceFiles', 'number'),
  objectsCopied: audit('objectsCopied', 'number'),
  objectsKept: audit('objectsKept', 'number'),
  bytesCopied: audit('bytesCopied', 'number'),
  backupCreatedAt: audit('backupCreatedAt', 'instant'),
  cases: audit('cases', 'count'),
};

/** What a key reads as in the rows of one action, where it means something else. */
const BY_ACTION: Readonly<Record<string, Readonly<Record<string, DetailReading>>>> = {
  // Only a status change ever held the core's own reason as text (before migration 0037): a reason in any
  // other row (an archive's, a person's edit) is a person's, as written, whatever its words.
  'case.status.change': { reason: field('reason', 'statusReasonText') },
};

/** What a key reads as in the rows of some actions (by the action's first part), where it means something else. */
const BY_AREA: Readonly<Record<string, Readonly<Record<string, DetailReading>>>> = {
  case: {
    status: label('status', 'caseStatus'),
    from: label('fromStatus', 'caseStatus'),
    to: label('toStatus', 'caseStatus'),
  },
  assistance: {
    from: label('fromStatus', 'assistanceStatus'),
    to: label('toStatus', 'assistanceStatus'),
    reason: field('reason', 'yesNo'),
    providerChanged: field('provider', 'yesNo'),
    advocateChanged: field('victimsRightsAdvocate', 'yesNo'),
  },
  evidence: { status: label('status', 'evidenceStatus') },
  custody: { status: label('status', 'evidenceStatus'), kind: label('kind', 'custodyEventKind') },
  paternity: { status: label('status', 'paternityChildStatus') },
  subject_action: { kind: label('kind', 'subjectActionKind'), source: label('source', 'actionSource') },
  follow_up: { kind: label('kind', 'followUpKind') },
  investigation: {
    kind: label('investigativeActionKind', 'investigativeActionKind'),
    status: label('status', 'investigativeActionStatus'),
  },
  statistics: {
    from: audit('periodFrom', 'date'),
    to: audit('periodTo', 'date'),
    format: field('format', 'asRecorded'),
  },
  letter: { format: label('format', 'letterFormat'), changed: audit('changedRecords', 'number') },
  bundle: { changed: audit('changedRecords', 'number') },
};

/** How `key` reads in a row of `action`; undefined for a key this version does not word. */
export function detailReading(action: string, key: string): DetailReading | undefined {
  return (
    entryOf(entryOf(BY_ACTION, action) ?? {}, key) ??
    entryOf(entryOf(BY_AREA, action.split('.')[0] ?? '') ?? {}, key) ??
    entryOf(COMMON, key)
  );
}

/** A table's own entry for `key` (never one it inherits, such as `constructor`). */
function entryOf<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The words of the record fields an audit row names (what changed): a field not here reads as "another field". */
export const FIELD_NAME_WORDS: Readonly<Record<string, FieldWord>> = {
  // A case.
  title: 'title',
  summary: 'summary',
  dateReceived: 'dateReceived',
  reportingChannel: 'howItWasReported',
  entity: 'missionOrEntity',
  location: 'location',
  category: 'category',
  subtype: 'type',
  incidentDates: 'incidentDates',
  investigatingEntity: 'investigatingEntity',
  urgent: 'urgent',
  allegedExchange: 'allegedExchange',
  paternityClaim: 'paternityClaim',
  confidentiality: 'confidentiality',
  countExclusion: 'leftOutOfTheCounts',
  reportingObligationAcknowledged: 'dutyToReportAcknowledged',
  // An interview's arrangements.
  scheduledAt: 'plannedFor',
  timeZone: 'timeZone',
  place: 'place',
  team: 'interviewTeam',
  genderPreference: 'choiceOfTheInterviewersGender',
  supportPerson: 'supportPerson',
  interpreterPersonId: 'interpreter',
  language: 'language',
  recorded: 'audioOrVideoRecorded',
  riskAssessment: 'riskAssessment',
  repeatJustification: 'whyInterviewedAgain',
  subjectNotice: 'noticeToTheSubject',
  // An evidence item.
  type: 'type',
  description: 'description',
  collectedAt: 'collected',
  collectedWhere: 'whereCollected',
  collectedBy: 'collectedBy',
  copyRole: 'originalOrCopy',
  originalId: 'copyOf',
  storageLocation: 'whereItIsKept',
  status: 'status',
  markers: 'markers',
  recordedAt: 'whenItWasRecorded',
  identifiedAt: 'identified',
  // A child of a paternity claim.
  motherId: 'mother',
  subjectId: 'allegedFather',
  birth: 'birth',
  reportedOn: 'reportedOn',
  memberStateContact: 'nationalContact',
  support: 'support',
  note: 'note',
};
