import { CoreStatusReason } from '../domain/case.js';
import { FIELD_WORDS, type FieldWord, type ValueWord } from '../i18n/bundle-fields.js';
import type { LabelGroup } from '../i18n/label-types.js';
import { messageText } from '../i18n/messages.js';
import { statusReasonText } from '../i18n/status-reasons.js';

/*
 * Every field of a case's records that travels in a bundle (electron/core/bundles/case-tables.ts),
 * by table and column: its label (words in the catalogues, shared/i18n/<language>/bundle-fields.ts) and how
 * its value reads. The one place the app's
 * conflict view and the command line's preview take them from; tests/unit/bundles/record-fields.test.ts
 * fails when a column travels that is not here.
 */

/** Words in each language of the screens. */
export interface Words {
  en: string;
  fr: string;
  ar: string;
}

/** How a field's value reads. */
export type FieldKind =
  /** Written by a person: shown as written. */
  | { kind: 'text' }
  /** Notes in the app's rich text: shown as their plain text. */
  | { kind: 'richText' }
  /** A number shown as is (a version, a position, a size in bytes). */
  | { kind: 'number' }
  /** A spoken language's tag (fr, sg, ar-SD): shown by the language's name. */
  | { kind: 'spokenLanguage' }
  /** A country's ISO alpha-3 code (a nationality): shown by the country's name. */
  | { kind: 'country' }
  /** A value of a label group (shared/i18n/<language>/labels.ts). */
  | { kind: 'label'; group: LabelGroup }
  /** A list of values of a label group (JSON). */
  | { kind: 'labels'; group: LabelGroup }
  /** A value only these records use: its words here. */
  | { kind: 'choice'; values: Readonly<Record<string, Words>> }
  /** A calendar date (YYYY-MM-DD). */
  | { kind: 'date' }
  /** A moment (ISO, UTC). */
  | { kind: 'instant' }
  /** A date as precise as it is known (shared/domain/uncertain-date.ts, JSON), or a moment (an ISO string). */
  | { kind: 'uncertainDate' }
  /** 0 or 1 (a column), true or false (a part of a structured value). */
  | { kind: 'yesNo' }
  /** Another record of the case, named by its pseudonym or reference, never by its id. */
  | { kind: 'reference'; to: ReferenceKind }
  /**
   * A structured value (JSON): an object's parts named here by their labels and readings (a conflict
   * shows each part that differs on a line of its own), or a list whose items each read as `items`;
   * parts not named here are only counted, never shown by their names.
   */
  | { kind: 'details'; parts?: Readonly<Record<string, RecordField>>; items?: FieldKind }
  /**
   * Can name a person, or (`sensitive`) is sensitive text the app shows only when asked (a place's
   * description): never printed, only said to differ, and where to compare.
   */
  | { kind: 'withheld'; sensitive?: true }
  /** Bytes, a hash, a signature: said to differ, never shown. */
  | { kind: 'opaque' }
  /**
   * Bookkeeping each side keeps as it edits (when a record was last saved): never a difference a person
   * decides about, never a conflict on its own; a merge keeps the later of the two.
   */
  | { kind: 'bookkeeping' };

/** What a reference names; the import names each by its code (V-03, E-0012) in the bundle's or this vault's records. */
export type ReferenceKind =
  | 'case'
  | 'person'
  | 'evidence'
  | 'interview'
  | 'letter'
  | 'template'
  | 'followUp'
  | 'referral'
  | 'action'
  | 'deadline'
  | 'content'
  | 'record';

export interface RecordField extends Words {
  read: FieldKind;
}

/** A field: its reading, and its label from the catalogues (shared/i18n/<language>/bundle-fields.ts). */
const field = (read: FieldKind, word: FieldWord): RecordField => ({
  read,
  en: FIELD_WORDS.en.labels[word],
  fr: FIELD_WORDS.fr.labels[word],
  ar: FIELD_WORDS.ar.labels[word],
});
const text = (word: FieldWord) => field({ kind: 'text' }, word);
const number = (word: FieldWord) => field({ kind: 'number' }, word);
const spokenLanguage = (word: FieldWord) => field({ kind: 'spokenLanguage' }, word);
const label = (group: LabelGroup, word: FieldWord) => field({ kind: 'label', group }, word);
const labels = (group: LabelGroup, word: FieldWord) => field({ kind: 'labels', group }, word);
/** A value only these records use, each worded in the catalogues' values. */
const choice = (values: Record<string, ValueWord>, word: FieldWord) =>
  field(
    {
      kind: 'choice',
      values: Object.fromEntries(
        Object.entries(values).map(([value, key]) => [
          value,
          { en: FIELD_WORDS.en.values[key], fr: FIELD_WORDS.fr.values[key], ar: FIELD_WORDS.ar.values[key] },
        ]),
      ),
    },
    word,
  );
const date = (word: FieldWord) => field({ kind: 'date' }, word);
const instant = (word: FieldWord) => field({ kind: 'instant' }, word);
const uncertain = (word: FieldWord) => field({ kind: 'uncertainDate' }, word);
const yesNo = (word: FieldWord) => field({ kind: 'yesNo' }, word);
const ref = (to: ReferenceKind, word: FieldWord) => field({ kind: 'reference', to }, word);
const details = (word: FieldWord) => field({ kind: 'details' }, word);
/** A structured value whose parts each have a label and a reading. */
const parts = (named: Record<string, RecordField>, word: FieldWord) => field({ kind: 'details', parts: named }, word);
/** A list whose items each read as `items`. */
const list = (items: FieldKind, word: FieldWord) => field({ kind: 'details', items }, word);
const withheld = (word: FieldWord) => field({ kind: 'withheld' }, word);
const opaque = (word: FieldWord) => field({ kind: 'opaque' }, word);
const bookkeeping = (word: FieldWord) => field({ kind: 'bookkeeping' }, word);

// Fields many tables share.
const id = ref('record', 'record');
const caseId = ref('case', 'case');
const personId = ref('person', 'person');
const confidentiality = label('confidentiality', 'confidentiality');
const createdAt = instant('created');
const updatedAt = bookkeeping('lastChanged');
const recordedAt = instant('recorded');
const recordedBy = text('recordedBy');
const note = text('note');
const reason = text('reason');
/** The reason the core gave a status change of its own (migration 0037), in the message catalogues' words. */
const coreStatusReason = field(
  {
    kind: 'choice',
    values: Object.fromEntries(
      CoreStatusReason.options.map((code) => {
        const inLanguage = (language: keyof Words) =>
          statusReasonText((key, params) => messageText(language, key, params), { code });
        return [code, { en: inLanguage('en'), fr: inLanguage('fr'), ar: inLanguage('ar') }];
      }),
    ),
  },
  'reason',
);
// Who a bundle hand-over's custody event names (migration 0030): a vault, a passphrase's holder, an unknown sender.
const HOLDER_ROLES: Record<string, ValueWord> = {
  vault: 'aCasefileVault',
  passphrase_holder: 'theHolderOfTheBundlesPassphrase',
  unknown_sender: 'anUnknownSender',
};

// Structured values (JSON columns), part by part.
/**
 * Sensitive text with its level (a place's description): shared/domain/primitives.ts sensitiveText. The app
 * shows the text only when asked (SensitiveTextView), so a conflict never prints it: the record compares them.
 */
const sensitivePlace = (word: FieldWord) =>
  parts({ text: field({ kind: 'withheld', sensitive: true }, 'description'), confidentiality }, word);
const duration = (word: FieldWord) =>
  parts({ amount: number('durationNumber'), unit: label('durationUnit', 'unit') }, word);
const offeredPresent = { offered: yesNo('offered'), present: yesNo('present') };
const INTERVIEW_ARRANGEMENTS = {
  scheduledAt: instant('plannedFor'),
  timeZone: text('timeZone'),
  place: parts(
    {
      type: label('placeType', 'kindOfPlace'),
      private: yesNo('private'),
      details: sensitivePlace('whereabouts'),
    },
    'place',
  ),
  team: list(
    {
      kind: 'details',
      parts: {
        name: text('name'),
        gender: label('interviewerGender', 'gender'),
        role: label('interviewerRole', 'role'),
        trainedInChildInterviewing: yesNo('trainedToInterviewChildren'),
      },
    },
    'interviewTeam',
  ),
  genderPreference: parts(
    {
      offered: yesNo('offered'),
      preferred: label('genderPreference', 'preferred'),
    },
    'choiceOfTheInterviewersGender',
  ),
  supportPerson: parts({ ...offeredPresent, personId: ref('person', 'who') }, 'supportPerson'),
  interpreterPersonId: ref('person', 'interpreter'),
  language: spokenLanguage('language'),
  recorded: yesNo('audioOrVideoRecorded'),
  riskAssessment: parts(
    {
      assessedAt: instant('assessed'),
      level: label('riskLevel', 'level'),
      risks: text('risks'),
      mitigations: text('mitigations'),
      proceed: yesNo('goAhead'),
    },
    'riskAssessment',
  ),
  repeatJustification: text('whyInterviewedAgain'),
  subjectNotice: parts(
    {
      writtenNoticeGivenAt: instant('writtenNoticeGiven'),
      observerOffered: yesNo('observerOffered'),
      observerPresent: yesNo('observerPresent'),
    },
    'noticeToTheSubject',
  ),
  confidentiality,
};
const PATERNITY_CLAIM = {
  claimed: yesNo('paternityClaimed'),
  status: label('paternityStatus', 'status'),
  dnaPermittedByNationalLaw: label('dnaPermitted', 'dnaTestAllowedByNationalLaw'),
  dnaSampleTaken: yesNo('dnaSampleTaken'),
  memberStateNotifiedOn: date('memberStateNotifiedOn'),
  nationalFocalPoint: withheld('nationalFocalPoint'),
  wishesOfMotherOrGuardian: text('wishesOfTheMotherOrGuardian'),
};
const EXCLUSION_GROUNDS: Record<string, ValueWord> = {
  insufficient_information: 'notEnoughInformationToInvestigate',
  between_personnel: 'betweenUnPersonnel',
  no_indication_of_sea: 'nothingPointingToSexualExploitationOrAbuse',
  non_fraternisation: 'aBreachOfTheNonFraternisationPolicy',
  already_counted: 'alreadyCountedAsAnotherAllegation',
};
const CLOCK_START = label('clockStartEvent', 'countedFrom');
const DEADLINE_BASIS = {
  startEvent: CLOCK_START,
  direction: choice(
    {
      after_start: 'afterTheStart',
      before_event: 'beforeTheEvent',
    },
    'direction',
  ),
  recordedStart: uncertain('startAsRecorded'),
  startReading: choice(
    {
      exact: 'asRecorded',
      earliest_possible: 'atItsEarliestPossibleMoment',
    },
    'startRead',
  ),
  startAt: instant('countedFromTheMoment'),
  duration: duration('length'),
  urgentApplied: yesNo('urgentLengthApplied'),
  wholeDays: yesNo('wholeDays'),
  timeZone: text('timeZone'),
  weekendDays: labels('weekday', 'weekendDays'),
  holidaysSkipped: list({ kind: 'date' }, 'holidaysSkipped'),
};
const CLOCK_DEFINITION = {
  id: opaque('clock'),
  name: text('name'),
  enabled: yesNo('inUse'),
  startEvent: CLOCK_START,
  duration: duration('length'),
  urgentDuration: duration('lengthWhenUrgent'),
  wholeDays: yesNo('wholeDays'),
  appliesTo: details('whatStartsIt'),
  firmness: label('firmness', 'firmness'),
  source: text('source'),
  action: text('actionDue'),
  note,
};

export const RECORD_FIELDS: Readonly<Record<string, Readonly<Record<string, RecordField>>>> = {
  cases: {
    id: ref('case', 'case'),
    reference: text('reference'),
    title: text('title'),
    summary: text('summary'),
    date_received: date('dateReceived'),
    reporting_channel: label('reportingChannel', 'howItWasReported'),
    entity: text('missionOrEntity'),
    location: sensitivePlace('location'),
    category: label('caseCategory', 'category'),
    subtype: label('caseSubtype', 'type'),
    incident_dates: list({ kind: 'uncertainDate' }, 'incidentDates'),
    investigating_entity: label('investigatingEntity', 'investigatingEntity'),
    urgent: yesNo('urgent'),
    reporting_obligation_acknowledged_at: instant('dutyToReportAcknowledged'),
    alleged_exchange: labels('exchangeKind', 'allegedExchange'),
    paternity_claim: parts(PATERNITY_CLAIM, 'paternityClaim'),
    status: label('caseStatus', 'status'),
    confidentiality,
    archived_at: instant('archived'),
    archive_reason: text('reasonForArchiving'),
    created_at: createdAt,
    updated_at: updatedAt,
    count_exclusion: parts(
      { ground: choice(EXCLUSION_GROUNDS, 'ground'), reason: text('reasonForExclusion') },
      'leftOutOfTheCounts',
    ),
  },
  case_status_changes: {
    case_id: caseId,
    position: number('number'),
    from_status: label('caseStatus', 'fromStatus'),
    to_status: label('caseStatus', 'toStatus'),
    at: instant('when'),
    reason,
    reason_code: coreStatusReason,
    closure_ground: label('closureGround', 'groundForClosing'),
    recorded_at: recordedAt,
  },
  case_milestones: {
    case_id: caseId,
    milestone: label('caseMilestone', 'milestone'),
    at: instant('when'),
    recorded_at: recordedAt,
  },
  case_clock_conditions: {
    case_id: caseId,
    condition: choice({ drug_facilitation_suspected: 'drugFacilitationSuspected' }, 'condition'),
    recorded_at: recordedAt,
  },
  person_codes_issued: {
    case_id: caseId,
    code: text('code'),
    issued_at: instant('issued'),
  },
  people: {
    id,
    case_id: caseId,
    code: text('code'),
    role: label('personRole', 'role'),
    profile: field(
      {
        kind: 'details',
        parts: {
          role: label('personRole', 'role'),
          sex: label('sex', 'sex'),
          ageBand: label('ageBand', 'age'),
          personnelCategory: label('personnelCategory', 'categoryOfPersonnel'),
          nationality: field({ kind: 'country' }, 'nationality'),
          language: spokenLanguage('language'),
        },
      },
      'profile',
    ),
    identity: field({ kind: 'withheld' }, 'identity'),
    confidentiality,
    created_at: createdAt,
    updated_at: updatedAt,
  },
  consent_decisions: {
    seq: number('number'),
    id,
    case_id: caseId,
    person_id: personId,
    purpose: label('consentPurpose', 'consentPurpose'),
    decision: label('consentDecision', 'decision'),
    decided_at: instant('decided'),
    given_by: label('consentParty', 'givenBy'),
    guardian_person_id: ref('person', 'guardian'),
    recipient: text('sharedWith'),
    note,
    recorded_at: recordedAt,
  },
  interviews: {
    id,
    case_id: caseId,
    person_id: ref('person', 'personInterviewed'),
    status: label('interviewStatus', 'status'),
    arrangements: parts(INTERVIEW_ARRANGEMENTS, 'arrangements'),
    conducted_at: instant('conducted'),
    signed_at: instant('signed'),
    cancelled_at: instant('cancelled'),
    cancel_reason: text('reasonForCancelling'),
    notes: field({ kind: 'richText' }, 'notes'),
    notes_revision: bookkeeping('notesRevision'),
    notes_saved_at: bookkeeping('notesSaved'),
    notes_audited_at: bookkeeping('notesAudited'),
    confidentiality,
    created_at: createdAt,
    updated_at: updatedAt,
  },
  interview_versions: {
    interview_id: ref('interview', 'interview'),
    version: number('version'),
    at: instant('when'),
    reason,
    notes: field({ kind: 'richText' }, 'notes'),
  },
  evidence_items: {
    id,
    case_id: caseId,
    sequence: number('number'),
    type: label('evidenceType', 'type'),
    description: text('description'),
    collected_at: instant('collected'),
    time_zone: text('timeZone'),
    collected_where: sensitivePlace('whereCollected'),
    collected_by: text('collectedBy'),
    copy_role: label('copyRole', 'originalOrCopy'),
    original_id: ref('evidence', 'copyOf'),
    storage_location: text('whereItIsKept'),
    status: label('evidenceStatus', 'status'),
    confidentiality,
    markers: labels('evidenceMarker', 'markers'),
    recorded_at: uncertain('whenItWasRecorded'),
    identified_at: instant('identified'),
    created_at: createdAt,
    updated_at: updatedAt,
  },
  evidence_people: {
    item_id: ref('evidence', 'evidenceItem'),
    person_id: personId,
  },
  evidence_interviews: {
    item_id: ref('evidence', 'evidenceItem'),
    interview_id: ref('interview', 'interview'),
  },
  evidence_contents: {
    seq: number('number'),
    id,
    item_id: ref('evidence', 'evidenceItem'),
    object_id: opaque('storedCopy'),
    wrapped_key: opaque('encryptionKey'),
    file_name: field({ kind: 'withheld' }, 'fileName'),
    size: number('sizeInBytes'),
    sha256: opaque('fingerprintSha256'),
    ingested_at: instant('added'),
    verification: label('verificationState', 'lastCheck'),
    verified_at: instant('checked'),
    problem: label('contentProblem', 'problemFound'),
  },
  evidence_signatures: {
    object_id: opaque('storedCopy'),
    item_id: ref('evidence', 'evidenceItem'),
    statement: opaque('whatWasSigned'),
    signature: opaque('signature'),
    signer_key: opaque('signingKey'),
    signed_at: instant('signed'),
    at_ingest: yesNo('signedWhenAdded'),
  },
  custody_events: {
    seq: number('number'),
    id,
    item_id: ref('evidence', 'evidenceItem'),
    sequence: number('placeInTheChain'),
    kind: label('custodyEventKind', 'event'),
    at: instant('when'),
    time_zone: text('timeZone'),
    from_holder: text('from'),
    to_holder: text('to'),
    persons: list({ kind: 'text' }, 'peoplePresent'),
    purpose: text('custodyPurpose'),
    seal_number: text('sealNumber'),
    location: text('place'),
    note,
    hash_checks: list(
      {
        kind: 'details',
        parts: {
          contentId: ref('content', 'file'),
          fileName: withheld('fileName'),
          sha256: opaque('fingerprintSha256'),
          result: choice({ match: 'matches', failed: 'doesNotMatch' }, 'result'),
          problem: label('contentProblem', 'problemFound'),
          checkedAt: instant('checked'),
        },
      },
      'fingerprintChecks',
    ),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
    received: yesNo('receivedInABundle'),
    purpose_code: choice(
      {
        bundle_sent: 'handedOverInAnEncryptedCaseBundle',
        bundle_received: 'receivedInAnEncryptedCaseBundle',
      },
      'handOver',
    ),
    from_role: choice(HOLDER_ROLES, 'fromWho'),
    to_role: choice(HOLDER_ROLES, 'toWho'),
  },
  deadlines: {
    id,
    case_id: caseId,
    trigger_key: opaque('whatStartedIt'),
    clock_id: opaque('clock'),
    clock: parts(CLOCK_DEFINITION, 'clock'),
    concerns_kind: choice(
      {
        incident: 'theIncident',
        subject: 'aSubject',
        evidence: 'anEvidenceItem',
        case: 'theCase',
        follow_up: 'aFollowUp',
      },
      'about',
    ),
    concerns_id: ref('record', 'whatItIsAbout'),
    started_by: choice(
      {
        case_facts: 'theCasesFacts',
        evidence: 'anEvidenceItem',
      },
      'startedBy',
    ),
    start: uncertain('start'),
    due_at: instant('due'),
    last_possible_due_at: instant('latestPossibleDueDate'),
    span_ms: opaque('length'),
    firmness: label('firmness', 'firmness'),
    basis: parts(DEADLINE_BASIS, 'basis'),
    created_at: createdAt,
    updated_at: updatedAt,
    closed_at: instant('closed'),
    closed_action: text('closedByTheAction'),
    closed_by: text('closedBy'),
    withdrawn_at: instant('withdrawn'),
    withdrawn_reason: text('reasonForWithdrawing'),
  },
  timeline_events: {
    id,
    case_id: caseId,
    date: uncertain('date'),
    date_earliest: instant('earliest'),
    date_latest: instant('latest'),
    kind: label('timelineEventKind', 'kindOfEvent'),
    title: text('title'),
    description: text('description'),
    basis: label('eventBasis', 'basis'),
    sources: list(
      {
        kind: 'details',
        parts: {
          kind: choice({ interview: 'anInterview', evidence: 'anEvidenceItem' }, 'kind'),
          id: ref('record', 'record'),
        },
      },
      'sources',
    ),
    confidentiality,
    created_at: createdAt,
    updated_at: updatedAt,
    removed_at: instant('removed'),
    removed_reason: text('reasonForRemoving'),
  },
  letter_templates: {
    id: ref('template', 'template'),
    version: number('version'),
    kind: label('letterKind', 'kindOfLetter'),
    origin: choice(
      {
        shipped: 'asShipped',
        edited: 'edited',
        reset: 'resetToTheShippedOne',
      },
      'origin',
    ),
    source: details('textOfTheTemplate'),
    created_at: createdAt,
    author: text('author'),
  },
  letters: {
    id,
    case_id: caseId,
    kind: label('letterKind', 'kindOfLetter'),
    recipient: label('recipient', 'recipient'),
    recipient_name: field({ kind: 'withheld' }, 'recipientsName'),
    template_id: ref('template', 'template'),
    template_version: number('templateVersion'),
    language: label('documentLanguage', 'language'),
    page_size: text('pageSize'),
    author: text('author'),
    created_at: createdAt,
    concerns_person_id: ref('person', 'about'),
    concerns_code: text('aboutCode'),
    disclosures: details('whatItDiscloses'),
    withheld: list(
      { kind: 'details', parts: { personId: ref('person', 'person'), code: text('code') } },
      'whatItWithholds',
    ),
    overrides: field({ kind: 'withheld' }, 'namesGivenDespiteTheRule'),
    exception_reason: text('reasonForTheException'),
    discreet: yesNo('discreet'),
  },
  letter_outputs: {
    letter_id: ref('letter', 'letter'),
    format: label('letterFormat', 'format'),
    file_name: field({ kind: 'withheld' }, 'fileName'),
    size: number('sizeInBytes'),
    sha256: opaque('fingerprintSha256'),
    bytes: opaque('theFile'),
  },
  letter_deliveries: {
    id,
    letter_id: ref('letter', 'letter'),
    how: label('deliveryMethod', 'howItWasDelivered'),
    at: instant('when'),
    by: text('by'),
    language: label('documentLanguage', 'language'),
    oral_language: spokenLanguage('languageSpoken'),
    interpreter: text('interpreter'),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  subject_findings: {
    id,
    case_id: caseId,
    person_id: ref('person', 'subject'),
    version: number('version'),
    outcome: label('findingOutcome', 'outcome'),
    deciding_entity: label('investigatingEntity', 'decidedBy'),
    decided_on: date('decidedOn'),
    report_reference: text('reportReference'),
    closure_ground: label('closureGround', 'groundForClosing'),
    closure_reason: text('reasonForClosing'),
    correction_reason: text('reasonForTheCorrection'),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  subject_actions: {
    seq: number('number'),
    id,
    case_id: caseId,
    person_id: ref('person', 'subject'),
    kind: label('subjectActionKind', 'subjectAction'),
    taken_at: date('takenOn'),
    source: label('actionSource', 'source'),
    source_reference: text('sourceReference'),
    description: text('description'),
    follow_up_id: ref('followUp', 'followUp'),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  follow_ups: {
    seq: number('number'),
    id,
    case_id: caseId,
    counterpart: label('followUpCounterpart', 'counterpart'),
    kind: label('followUpKind', 'kind'),
    addressee: text('addressee'),
    subject_id: ref('person', 'subject'),
    sent_at: date('sentOn'),
    opened_by: choice({ letter: 'aLetter', manual: 'recordedByHand' }, 'openedBy'),
    letter_id: ref('letter', 'letter'),
    note,
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  follow_up_replies: {
    seq: number('number'),
    id,
    follow_up_id: ref('followUp', 'followUp'),
    received_at: date('receivedOn'),
    summary: text('summary'),
    action_reported: yesNo('actionReported'),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  follow_up_letters: {
    follow_up_id: ref('followUp', 'followUp'),
    letter_id: ref('letter', 'letter'),
    linked_at: instant('linked'),
    linked_by: text('linkedBy'),
  },
  assistance_referrals: {
    seq: number('number'),
    id,
    case_id: caseId,
    person_id: personId,
    service: label('assistanceService', 'service'),
    provider: text('provider'),
    advocate: text('victimsRightsAdvocate'),
    status: label('assistanceStatus', 'status'),
    offered_at: date('offeredOn'),
    referred_at: date('referredOn'),
    recorded_at: recordedAt,
    updated_at: updatedAt,
  },
  assistance_steps: {
    seq: number('number'),
    referral_id: ref('referral', 'referral'),
    status: label('assistanceStatus', 'status'),
    at: date('on'),
    reason,
    recorded_at: recordedAt,
  },
  victim_contacts: {
    seq: number('number'),
    id,
    case_id: caseId,
    person_id: personId,
    at: instant('when'),
    by: text('by'),
    channel: label('contactChannel', 'how'),
    language: spokenLanguage('language'),
    interpreter_person_id: ref('person', 'interpreter'),
    told: labels('contactTopic', 'whatTheyWereTold'),
    note,
    letter_id: ref('letter', 'letter'),
    recorded_at: recordedAt,
  },
  investigative_actions: {
    id,
    case_id: caseId,
    kind: label('investigativeActionKind', 'investigativeActionKind'),
    person_id: personId,
    description: text('description'),
    requested_at: instant('requested'),
    requested_by: text('requestedBy'),
    status: label('investigativeActionStatus', 'status'),
    outcome_at: instant('outcomeOn'),
    result: text('result'),
    reason,
    provider_qualified: yesNo('providerQualified'),
    closed_deadlines: list({ kind: 'reference', to: 'deadline' }, 'deadlinesItClosed'),
    confidentiality,
    recorded_at: recordedAt,
    updated_at: updatedAt,
  },
  investigative_action_evidence: {
    action_id: ref('action', 'investigativeAction'),
    evidence_id: ref('evidence', 'evidenceItem'),
    position: number('position'),
  },
  paternity_children: {
    id,
    case_id: caseId,
    code: text('code'),
    mother_id: ref('person', 'mother'),
    subject_id: ref('person', 'allegedFather'),
    birth: uncertain('birth'),
    reported_on: date('reportedOn'),
    status: label('paternityChildStatus', 'status'),
    dna_sample_taken_on: date('dnaSampleTakenOn'),
    dna_sample_sent_on: date('dnaSampleSentOn'),
    dna_result: label('dnaResult', 'dnaResult'),
    dna_result_on: date('dnaResultOn'),
    member_state_contact: field({ kind: 'withheld' }, 'nationalContact'),
    support: parts(
      {
        amount: text('amount'),
        orderedOn: date('orderedOn'),
        lastPaidOn: date('lastPaidOn'),
      },
      'support',
    ),
    note,
    confidentiality,
    created_at: createdAt,
    updated_at: updatedAt,
  },
  victim_closures: {
    seq: number('number'),
    id,
    case_id: caseId,
    person_id: personId,
    ground: label('closureGround', 'ground'),
    reason_to_victim: text('reasonGivenToTheVictim'),
    decided_by: text('decidedBy'),
    decided_on: date('decidedOn'),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  search_documents: {
    id: number('number'),
    kind: opaque('kind'),
    record_id: ref('record', 'record'),
    case_id: caseId,
    label: text('label'),
    text: text('text'),
  },
};

/** A field's label and reading, or undefined for a column this version of Casefile does not know. */
export function recordField(table: string, column: string): RecordField | undefined {
  const fields = RECORD_FIELDS[table];
  return fields !== undefined && Object.hasOwn(fields, column) ? fields[column] : undefined;
}

/** Bookkeeping a merge never counts as a difference (when a record was last saved, and the like). */
export const isBookkeeping = (table: string, column: string) => recordField(table, column)?.read.kind === 'bookkeeping';
