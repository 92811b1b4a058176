import type { LabelGroup } from '../i18n/label-types.js';

/*
 * Every field of a case's records that travels in a bundle (electron/core/bundles/case-tables.ts),
 * by table and column: its label in words (en, fr) and how its value reads. The one place the app's
 * conflict view and the command line's preview take them from; tests/unit/bundles/record-fields.test.ts
 * fails when a column travels that is not here.
 */

/** Words in each language of the screens. */
export interface Words {
  en: string;
  fr: string;
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
  /** Can name a person: never printed, only said to differ. */
  | { kind: 'withheld' }
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

const field = (read: FieldKind, en: string, fr: string): RecordField => ({ read, en, fr });
const text = (en: string, fr: string) => field({ kind: 'text' }, en, fr);
const number = (en: string, fr: string) => field({ kind: 'number' }, en, fr);
const spokenLanguage = (en: string, fr: string) => field({ kind: 'spokenLanguage' }, en, fr);
const label = (group: LabelGroup, en: string, fr: string) => field({ kind: 'label', group }, en, fr);
const labels = (group: LabelGroup, en: string, fr: string) => field({ kind: 'labels', group }, en, fr);
const choice = (values: Record<string, [string, string]>, en: string, fr: string) =>
  field(
    { kind: 'choice', values: Object.fromEntries(Object.entries(values).map(([v, [e, f]]) => [v, { en: e, fr: f }])) },
    en,
    fr,
  );
const date = (en: string, fr: string) => field({ kind: 'date' }, en, fr);
const instant = (en: string, fr: string) => field({ kind: 'instant' }, en, fr);
const uncertain = (en: string, fr: string) => field({ kind: 'uncertainDate' }, en, fr);
const yesNo = (en: string, fr: string) => field({ kind: 'yesNo' }, en, fr);
const ref = (to: ReferenceKind, en: string, fr: string) => field({ kind: 'reference', to }, en, fr);
const details = (en: string, fr: string) => field({ kind: 'details' }, en, fr);
/** A structured value whose parts each have a label and a reading. */
const parts = (named: Record<string, RecordField>, en: string, fr: string) =>
  field({ kind: 'details', parts: named }, en, fr);
/** A list whose items each read as `items`. */
const list = (items: FieldKind, en: string, fr: string) => field({ kind: 'details', items }, en, fr);
const withheld = (en: string, fr: string) => field({ kind: 'withheld' }, en, fr);
const opaque = (en: string, fr: string) => field({ kind: 'opaque' }, en, fr);
const bookkeeping = (en: string, fr: string) => field({ kind: 'bookkeeping' }, en, fr);

// Fields many tables share.
const id = ref('record', 'Record', 'Fiche');
const caseId = ref('case', 'Case', 'Dossier');
const personId = ref('person', 'Person', 'Personne');
const confidentiality = label('confidentiality', 'Confidentiality', 'Confidentialité');
const createdAt = instant('Created', 'Créé le');
const updatedAt = bookkeeping('Last changed', 'Dernière modification');
const recordedAt = instant('Recorded', 'Enregistré le');
const recordedBy = text('Recorded by', 'Enregistré par');
const note = text('Note', 'Note');
const reason = text('Reason', 'Motif');
// Who a bundle hand-over's custody event names (migration 0030): a vault, a passphrase's holder, an unknown sender.
const HOLDER_ROLES: Record<string, [string, string]> = {
  vault: ['A Casefile vault', 'Un coffre Casefile'],
  passphrase_holder: ['The holder of the bundle’s passphrase', 'La personne qui détient la phrase secrète du fichier'],
  unknown_sender: ['An unknown sender', 'Un expéditeur inconnu'],
};

// Structured values (JSON columns), part by part.
/** Sensitive text with its level (a place's description): shared/domain/primitives.ts sensitiveText. */
const sensitivePlace = (en: string, fr: string) =>
  parts({ text: text('Description', 'Description'), confidentiality }, en, fr);
const duration = (en: string, fr: string) =>
  parts({ amount: number('Number', 'Nombre'), unit: label('durationUnit', 'Unit', 'Unité') }, en, fr);
const offeredPresent = { offered: yesNo('Offered', 'Proposé'), present: yesNo('Present', 'Présent') };
const INTERVIEW_ARRANGEMENTS = {
  scheduledAt: instant('Planned for', 'Prévu le'),
  timeZone: text('Time zone', 'Fuseau horaire'),
  place: parts(
    {
      type: label('placeType', 'Kind of place', 'Type de lieu'),
      private: yesNo('Private', 'À l’abri des regards'),
      details: sensitivePlace('Whereabouts', 'Emplacement'),
    },
    'Place',
    'Lieu',
  ),
  team: list(
    {
      kind: 'details',
      parts: {
        name: text('Name', 'Nom'),
        gender: label('interviewerGender', 'Gender', 'Genre'),
        role: label('interviewerRole', 'Role', 'Rôle'),
        trainedInChildInterviewing: yesNo('Trained to interview children', 'Formé à l’audition d’enfants'),
      },
    },
    'Interview team',
    'Équipe d’audition',
  ),
  genderPreference: parts(
    {
      offered: yesNo('Offered', 'Proposé'),
      preferred: label('genderPreference', 'Preferred', 'Préférence'),
    },
    'Choice of the interviewer’s gender',
    'Choix du genre de l’intervieweur',
  ),
  supportPerson: parts(
    { ...offeredPresent, personId: ref('person', 'Who', 'Qui') },
    'Support person',
    'Personne de soutien',
  ),
  interpreterPersonId: ref('person', 'Interpreter', 'Interprète'),
  language: spokenLanguage('Language', 'Langue'),
  recorded: yesNo('Audio or video recorded', 'Enregistrement audio ou vidéo'),
  riskAssessment: parts(
    {
      assessedAt: instant('Assessed', 'Évalué le'),
      level: label('riskLevel', 'Level', 'Niveau'),
      risks: text('Risks', 'Risques'),
      mitigations: text('Mitigations', 'Mesures d’atténuation'),
      proceed: yesNo('Go ahead', 'Poursuivre'),
    },
    'Risk assessment',
    'Évaluation des risques',
  ),
  repeatJustification: text('Why interviewed again', 'Motif d’une nouvelle audition'),
  subjectNotice: parts(
    {
      writtenNoticeGivenAt: instant('Written notice given', 'Notification écrite remise le'),
      observerOffered: yesNo('Observer offered', 'Observateur proposé'),
      observerPresent: yesNo('Observer present', 'Observateur présent'),
    },
    'Notice to the subject',
    'Notification à la personne mise en cause',
  ),
  confidentiality,
};
const PATERNITY_CLAIM = {
  claimed: yesNo('Paternity claimed', 'Paternité revendiquée'),
  status: label('paternityStatus', 'Status', 'Statut'),
  dnaPermittedByNationalLaw: label('dnaPermitted', 'DNA test allowed by national law', 'Test ADN permis par la loi'),
  dnaSampleTaken: yesNo('DNA sample taken', 'Prélèvement ADN effectué'),
  memberStateNotifiedOn: date('Member State notified on', 'État membre informé le'),
  nationalFocalPoint: withheld('National focal point', 'Point focal national'),
  wishesOfMotherOrGuardian: text('Wishes of the mother or guardian', 'Souhaits de la mère ou du tuteur'),
};
const EXCLUSION_GROUNDS: Record<string, [string, string]> = {
  insufficient_information: ['Not enough information to investigate', 'Informations insuffisantes pour enquêter'],
  between_personnel: ['Between UN personnel', 'Entre membres du personnel de l’ONU'],
  no_indication_of_sea: [
    'Nothing pointing to sexual exploitation or abuse',
    'Aucun indice d’exploitation ou d’atteintes sexuelles',
  ],
  non_fraternisation: [
    'A breach of the non-fraternisation policy',
    'Un manquement à la politique de non-fraternisation',
  ],
  already_counted: ['Already counted as another allegation', 'Déjà comptée comme une autre allégation'],
};
const CLOCK_START = label('clockStartEvent', 'Counted from', 'Compté à partir de');
const DEADLINE_BASIS = {
  startEvent: CLOCK_START,
  direction: choice(
    {
      after_start: ['After the start', 'Après le point de départ'],
      before_event: ['Before the event', 'Avant l’événement'],
    },
    'Direction',
    'Sens',
  ),
  recordedStart: uncertain('Start as recorded', 'Point de départ enregistré'),
  startReading: choice(
    {
      exact: ['As recorded', 'Tel qu’enregistré'],
      earliest_possible: ['At its earliest possible moment', 'Au plus tôt possible'],
    },
    'Start read',
    'Lecture du point de départ',
  ),
  startAt: instant('Counted from the moment', 'Compté à partir du'),
  duration: duration('Length', 'Durée'),
  urgentApplied: yesNo('Urgent length applied', 'Durée d’urgence appliquée'),
  wholeDays: yesNo('Whole days', 'Jours entiers'),
  timeZone: text('Time zone', 'Fuseau horaire'),
  weekendDays: labels('weekday', 'Weekend days', 'Jours de week-end'),
  holidaysSkipped: list({ kind: 'date' }, 'Holidays skipped', 'Jours fériés sautés'),
};
const CLOCK_DEFINITION = {
  id: opaque('Clock', 'Délai'),
  name: text('Name', 'Nom'),
  enabled: yesNo('In use', 'En service'),
  startEvent: CLOCK_START,
  duration: duration('Length', 'Durée'),
  urgentDuration: duration('Length when urgent', 'Durée en cas d’urgence'),
  wholeDays: yesNo('Whole days', 'Jours entiers'),
  appliesTo: details('What starts it', 'Ce qui le déclenche'),
  firmness: label('firmness', 'Firmness', 'Caractère'),
  source: text('Source', 'Source'),
  action: text('Action due', 'Action attendue'),
  note,
};

export const RECORD_FIELDS: Readonly<Record<string, Readonly<Record<string, RecordField>>>> = {
  cases: {
    id: ref('case', 'Case', 'Dossier'),
    reference: text('Reference', 'Référence'),
    title: text('Title', 'Titre'),
    summary: text('Summary', 'Résumé'),
    date_received: date('Date received', 'Date de réception'),
    reporting_channel: label('reportingChannel', 'How it was reported', 'Voie de signalement'),
    entity: text('Mission or entity', 'Mission ou entité'),
    location: sensitivePlace('Location', 'Lieu'),
    category: label('caseCategory', 'Category', 'Catégorie'),
    subtype: label('caseSubtype', 'Type', 'Type'),
    incident_dates: list({ kind: 'uncertainDate' }, 'Incident dates', 'Dates des faits'),
    investigating_entity: label('investigatingEntity', 'Investigating entity', 'Entité chargée de l’enquête'),
    urgent: yesNo('Urgent', 'Urgent'),
    reporting_obligation_acknowledged_at: instant(
      'Duty to report acknowledged',
      'Obligation de signalement reconnue le',
    ),
    alleged_exchange: labels('exchangeKind', 'Alleged exchange', 'Échange allégué'),
    paternity_claim: parts(PATERNITY_CLAIM, 'Paternity claim', 'Demande de paternité'),
    status: label('caseStatus', 'Status', 'Statut'),
    confidentiality,
    archived_at: instant('Archived', 'Archivé le'),
    archive_reason: text('Reason for archiving', 'Motif de l’archivage'),
    created_at: createdAt,
    updated_at: updatedAt,
    count_exclusion: parts(
      { ground: choice(EXCLUSION_GROUNDS, 'Ground', 'Motif'), reason: text('Reason', 'Raison') },
      'Left out of the counts',
      'Exclu des statistiques',
    ),
  },
  case_status_changes: {
    case_id: caseId,
    position: number('Number', 'Numéro'),
    from_status: label('caseStatus', 'From status', 'Ancien statut'),
    to_status: label('caseStatus', 'To status', 'Nouveau statut'),
    at: instant('When', 'Date'),
    reason,
    closure_ground: label('closureGround', 'Ground for closing', 'Motif de clôture'),
    recorded_at: recordedAt,
  },
  case_milestones: {
    case_id: caseId,
    milestone: label('caseMilestone', 'Milestone', 'Étape'),
    at: instant('When', 'Date'),
    recorded_at: recordedAt,
  },
  case_clock_conditions: {
    case_id: caseId,
    condition: choice(
      { drug_facilitation_suspected: ['Drug facilitation suspected', 'Soumission chimique soupçonnée'] },
      'Condition',
      'Condition',
    ),
    recorded_at: recordedAt,
  },
  person_codes_issued: {
    case_id: caseId,
    code: text('Code', 'Code'),
    issued_at: instant('Issued', 'Attribué le'),
  },
  people: {
    id,
    case_id: caseId,
    code: text('Code', 'Code'),
    role: label('personRole', 'Role', 'Rôle'),
    profile: field(
      {
        kind: 'details',
        parts: {
          role: label('personRole', 'Role', 'Rôle'),
          sex: label('sex', 'Sex', 'Sexe'),
          ageBand: label('ageBand', 'Age', 'Âge'),
          personnelCategory: label('personnelCategory', 'Category of personnel', 'Catégorie de personnel'),
          nationality: field({ kind: 'country' }, 'Nationality', 'Nationalité'),
          language: spokenLanguage('Language', 'Langue'),
        },
      },
      'Profile',
      'Profil',
    ),
    identity: field({ kind: 'withheld' }, 'Identity', 'Identité'),
    confidentiality,
    created_at: createdAt,
    updated_at: updatedAt,
  },
  consent_decisions: {
    seq: number('Number', 'Numéro'),
    id,
    case_id: caseId,
    person_id: personId,
    purpose: label('consentPurpose', 'Purpose', 'Finalité'),
    decision: label('consentDecision', 'Decision', 'Décision'),
    decided_at: instant('Decided', 'Décidé le'),
    given_by: label('consentParty', 'Given by', 'Donné par'),
    guardian_person_id: ref('person', 'Guardian', 'Tuteur ou tutrice'),
    recipient: text('Shared with', 'Communiqué à'),
    note,
    recorded_at: recordedAt,
  },
  interviews: {
    id,
    case_id: caseId,
    person_id: ref('person', 'Person interviewed', 'Personne entendue'),
    status: label('interviewStatus', 'Status', 'Statut'),
    arrangements: parts(INTERVIEW_ARRANGEMENTS, 'Arrangements', 'Organisation'),
    conducted_at: instant('Conducted', 'Mené le'),
    signed_at: instant('Signed', 'Signé le'),
    cancelled_at: instant('Cancelled', 'Annulé le'),
    cancel_reason: text('Reason for cancelling', 'Motif de l’annulation'),
    notes: field({ kind: 'richText' }, 'Notes', 'Notes'),
    notes_revision: bookkeeping('Notes revision', 'Révision des notes'),
    notes_saved_at: bookkeeping('Notes saved', 'Notes enregistrées le'),
    notes_audited_at: bookkeeping('Notes audited', 'Notes journalisées le'),
    confidentiality,
    created_at: createdAt,
    updated_at: updatedAt,
  },
  interview_versions: {
    interview_id: ref('interview', 'Interview', 'Entretien'),
    version: number('Version', 'Version'),
    at: instant('When', 'Date'),
    reason,
    notes: field({ kind: 'richText' }, 'Notes', 'Notes'),
  },
  evidence_items: {
    id,
    case_id: caseId,
    sequence: number('Number', 'Numéro'),
    type: label('evidenceType', 'Type', 'Type'),
    description: text('Description', 'Description'),
    collected_at: instant('Collected', 'Collecté le'),
    time_zone: text('Time zone', 'Fuseau horaire'),
    collected_where: sensitivePlace('Where collected', 'Lieu de collecte'),
    collected_by: text('Collected by', 'Collecté par'),
    copy_role: label('copyRole', 'Original or copy', 'Original ou copie'),
    original_id: ref('evidence', 'Copy of', 'Copie de'),
    storage_location: text('Where it is kept', 'Lieu de conservation'),
    status: label('evidenceStatus', 'Status', 'Statut'),
    confidentiality,
    markers: labels('evidenceMarker', 'Markers', 'Marqueurs'),
    recorded_at: uncertain('When it was recorded', 'Date de l’enregistrement'),
    identified_at: instant('Identified', 'Identifié le'),
    created_at: createdAt,
    updated_at: updatedAt,
  },
  evidence_people: {
    item_id: ref('evidence', 'Evidence item', 'Élément de preuve'),
    person_id: personId,
  },
  evidence_interviews: {
    item_id: ref('evidence', 'Evidence item', 'Élément de preuve'),
    interview_id: ref('interview', 'Interview', 'Entretien'),
  },
  evidence_contents: {
    seq: number('Number', 'Numéro'),
    id,
    item_id: ref('evidence', 'Evidence item', 'Élément de preuve'),
    object_id: opaque('Stored copy', 'Copie stockée'),
    wrapped_key: opaque('Encryption key', 'Clé de chiffrement'),
    file_name: field({ kind: 'withheld' }, 'File name', 'Nom du fichier'),
    size: number('Size in bytes', 'Taille en octets'),
    sha256: opaque('Fingerprint (SHA-256)', 'Empreinte (SHA-256)'),
    ingested_at: instant('Added', 'Ajouté le'),
    verification: label('verificationState', 'Last check', 'Dernière vérification'),
    verified_at: instant('Checked', 'Vérifié le'),
    problem: label('contentProblem', 'Problem found', 'Problème constaté'),
  },
  evidence_signatures: {
    object_id: opaque('Stored copy', 'Copie stockée'),
    item_id: ref('evidence', 'Evidence item', 'Élément de preuve'),
    statement: opaque('What was signed', 'Ce qui a été signé'),
    signature: opaque('Signature', 'Signature'),
    signer_key: opaque('Signing key', 'Clé de signature'),
    signed_at: instant('Signed', 'Signé le'),
    at_ingest: yesNo('Signed when added', 'Signé à l’ajout'),
  },
  custody_events: {
    seq: number('Number', 'Numéro'),
    id,
    item_id: ref('evidence', 'Evidence item', 'Élément de preuve'),
    sequence: number('Place in the chain', 'Rang dans la chaîne'),
    kind: label('custodyEventKind', 'Event', 'Événement'),
    at: instant('When', 'Date'),
    time_zone: text('Time zone', 'Fuseau horaire'),
    from_holder: text('From', 'De'),
    to_holder: text('To', 'À'),
    persons: list({ kind: 'text' }, 'People present', 'Personnes présentes'),
    purpose: text('Purpose', 'Objet'),
    seal_number: text('Seal number', 'Numéro de scellé'),
    location: text('Place', 'Lieu'),
    note,
    hash_checks: list(
      {
        kind: 'details',
        parts: {
          contentId: ref('content', 'File', 'Fichier'),
          fileName: withheld('File name', 'Nom du fichier'),
          sha256: opaque('Fingerprint (SHA-256)', 'Empreinte (SHA-256)'),
          result: choice(
            { match: ['Matches', 'Correspond'], failed: ['Does not match', 'Ne correspond pas'] },
            'Result',
            'Résultat',
          ),
          problem: label('contentProblem', 'Problem found', 'Problème constaté'),
          checkedAt: instant('Checked', 'Vérifié le'),
        },
      },
      'Fingerprint checks',
      'Vérifications d’empreinte',
    ),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
    received: yesNo('Received in a bundle', 'Reçu dans un fichier de dossier'),
    purpose_code: choice(
      {
        bundle_sent: ['Handed over in an encrypted case bundle', 'Remis dans un fichier de dossier chiffré'],
        bundle_received: ['Received in an encrypted case bundle', 'Reçu dans un fichier de dossier chiffré'],
      },
      'Hand-over',
      'Remise',
    ),
    from_role: choice(HOLDER_ROLES, 'From (who)', 'De (qui)'),
    to_role: choice(HOLDER_ROLES, 'To (who)', 'À (qui)'),
  },
  deadlines: {
    id,
    case_id: caseId,
    trigger_key: opaque('What started it', 'Déclencheur'),
    clock_id: opaque('Clock', 'Délai'),
    clock: parts(CLOCK_DEFINITION, 'Clock', 'Délai'),
    concerns_kind: choice(
      {
        incident: ['The incident', 'Les faits'],
        subject: ['A subject', 'Une personne mise en cause'],
        evidence: ['An evidence item', 'Un élément de preuve'],
        case: ['The case', 'Le dossier'],
        follow_up: ['A follow-up', 'Un suivi'],
      },
      'About',
      'Concerne',
    ),
    concerns_id: ref('record', 'What it is about', 'Objet'),
    started_by: choice(
      {
        case_facts: ['The case’s facts', 'Les faits du dossier'],
        evidence: ['An evidence item', 'Un élément de preuve'],
      },
      'Started by',
      'Déclenché par',
    ),
    start: uncertain('Start', 'Point de départ'),
    due_at: instant('Due', 'Échéance'),
    last_possible_due_at: instant('Latest possible due date', 'Dernière échéance possible'),
    span_ms: opaque('Length', 'Durée'),
    firmness: label('firmness', 'Firmness', 'Caractère'),
    basis: parts(DEADLINE_BASIS, 'Basis', 'Fondement'),
    created_at: createdAt,
    updated_at: updatedAt,
    closed_at: instant('Closed', 'Clos le'),
    closed_action: text('Closed by the action', 'Clos par l’action'),
    closed_by: text('Closed by', 'Clos par'),
    withdrawn_at: instant('Withdrawn', 'Retiré le'),
    withdrawn_reason: text('Reason for withdrawing', 'Motif du retrait'),
  },
  timeline_events: {
    id,
    case_id: caseId,
    date: uncertain('Date', 'Date'),
    date_earliest: instant('Earliest', 'Au plus tôt'),
    date_latest: instant('Latest', 'Au plus tard'),
    kind: label('timelineEventKind', 'Kind of event', 'Type d’événement'),
    title: text('Title', 'Titre'),
    description: text('Description', 'Description'),
    basis: label('eventBasis', 'Basis', 'Fondement'),
    sources: list(
      {
        kind: 'details',
        parts: {
          kind: choice(
            { interview: ['An interview', 'Un entretien'], evidence: ['An evidence item', 'Un élément de preuve'] },
            'Kind',
            'Type',
          ),
          id: ref('record', 'Record', 'Fiche'),
        },
      },
      'Sources',
      'Sources',
    ),
    confidentiality,
    created_at: createdAt,
    updated_at: updatedAt,
    removed_at: instant('Removed', 'Retiré le'),
    removed_reason: text('Reason for removing', 'Motif du retrait'),
  },
  letter_templates: {
    id: ref('template', 'Template', 'Modèle'),
    version: number('Version', 'Version'),
    kind: label('letterKind', 'Kind of letter', 'Type de lettre'),
    origin: choice(
      {
        shipped: ['As shipped', 'Tel que livré'],
        edited: ['Edited', 'Modifié'],
        reset: ['Reset to the shipped one', 'Rétabli tel que livré'],
      },
      'Origin',
      'Origine',
    ),
    source: details('Text of the template', 'Texte du modèle'),
    created_at: createdAt,
    author: text('Author', 'Auteur'),
  },
  letters: {
    id,
    case_id: caseId,
    kind: label('letterKind', 'Kind of letter', 'Type de lettre'),
    recipient: label('recipient', 'Recipient', 'Destinataire'),
    recipient_name: field({ kind: 'withheld' }, 'Recipient’s name', 'Nom du destinataire'),
    template_id: ref('template', 'Template', 'Modèle'),
    template_version: number('Template version', 'Version du modèle'),
    language: label('documentLanguage', 'Language', 'Langue'),
    page_size: text('Page size', 'Format de page'),
    author: text('Author', 'Auteur'),
    created_at: createdAt,
    concerns_person_id: ref('person', 'About', 'Concerne'),
    concerns_code: text('About (code)', 'Concerne (code)'),
    disclosures: details('What it discloses', 'Ce qu’elle communique'),
    withheld: list(
      { kind: 'details', parts: { personId: ref('person', 'Person', 'Personne'), code: text('Code', 'Code') } },
      'What it withholds',
      'Ce qu’elle retient',
    ),
    overrides: field({ kind: 'withheld' }, 'Names given despite the rule', 'Noms donnés par exception'),
    exception_reason: text('Reason for the exception', 'Motif de l’exception'),
    discreet: yesNo('Discreet', 'Discrète'),
  },
  letter_outputs: {
    letter_id: ref('letter', 'Letter', 'Lettre'),
    format: label('letterFormat', 'Format', 'Format'),
    file_name: field({ kind: 'withheld' }, 'File name', 'Nom du fichier'),
    size: number('Size in bytes', 'Taille en octets'),
    sha256: opaque('Fingerprint (SHA-256)', 'Empreinte (SHA-256)'),
    bytes: opaque('The file', 'Le fichier'),
  },
  letter_deliveries: {
    id,
    letter_id: ref('letter', 'Letter', 'Lettre'),
    how: label('deliveryMethod', 'How it was delivered', 'Mode de remise'),
    at: instant('When', 'Date'),
    by: text('By', 'Par'),
    language: label('documentLanguage', 'Language', 'Langue'),
    oral_language: spokenLanguage('Language spoken', 'Langue parlée'),
    interpreter: text('Interpreter', 'Interprète'),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  subject_findings: {
    id,
    case_id: caseId,
    person_id: ref('person', 'Subject', 'Personne mise en cause'),
    version: number('Version', 'Version'),
    outcome: label('findingOutcome', 'Outcome', 'Conclusion'),
    deciding_entity: label('investigatingEntity', 'Decided by', 'Décidé par'),
    decided_on: date('Decided on', 'Décidé le'),
    report_reference: text('Report reference', 'Référence du rapport'),
    closure_ground: label('closureGround', 'Ground for closing', 'Motif de clôture'),
    closure_reason: text('Reason for closing', 'Motif de la clôture'),
    correction_reason: text('Reason for the correction', 'Motif de la correction'),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  subject_actions: {
    seq: number('Number', 'Numéro'),
    id,
    case_id: caseId,
    person_id: ref('person', 'Subject', 'Personne mise en cause'),
    kind: label('subjectActionKind', 'Action', 'Mesure'),
    taken_at: date('Taken on', 'Prise le'),
    source: label('actionSource', 'Source', 'Source'),
    source_reference: text('Source reference', 'Référence de la source'),
    description: text('Description', 'Description'),
    follow_up_id: ref('followUp', 'Follow-up', 'Suivi'),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  follow_ups: {
    seq: number('Number', 'Numéro'),
    id,
    case_id: caseId,
    counterpart: label('followUpCounterpart', 'Counterpart', 'Interlocuteur'),
    kind: label('followUpKind', 'Kind', 'Type'),
    addressee: text('Addressee', 'Destinataire'),
    subject_id: ref('person', 'Subject', 'Personne mise en cause'),
    sent_at: date('Sent on', 'Envoyé le'),
    opened_by: choice(
      { letter: ['A letter', 'Une lettre'], manual: ['Recorded by hand', 'Saisi à la main'] },
      'Opened by',
      'Ouvert par',
    ),
    letter_id: ref('letter', 'Letter', 'Lettre'),
    note,
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  follow_up_replies: {
    seq: number('Number', 'Numéro'),
    id,
    follow_up_id: ref('followUp', 'Follow-up', 'Suivi'),
    received_at: date('Received on', 'Reçue le'),
    summary: text('Summary', 'Résumé'),
    action_reported: yesNo('Action reported', 'Mesure signalée'),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  follow_up_letters: {
    follow_up_id: ref('followUp', 'Follow-up', 'Suivi'),
    letter_id: ref('letter', 'Letter', 'Lettre'),
    linked_at: instant('Linked', 'Lié le'),
    linked_by: text('Linked by', 'Lié par'),
  },
  assistance_referrals: {
    seq: number('Number', 'Numéro'),
    id,
    case_id: caseId,
    person_id: personId,
    service: label('assistanceService', 'Service', 'Service'),
    provider: text('Provider', 'Prestataire'),
    advocate: text('Victims’ rights advocate', 'Défenseur des droits des victimes'),
    status: label('assistanceStatus', 'Status', 'Statut'),
    offered_at: date('Offered on', 'Proposé le'),
    referred_at: date('Referred on', 'Orienté le'),
    recorded_at: recordedAt,
    updated_at: updatedAt,
  },
  assistance_steps: {
    seq: number('Number', 'Numéro'),
    referral_id: ref('referral', 'Referral', 'Orientation'),
    status: label('assistanceStatus', 'Status', 'Statut'),
    at: date('On', 'Le'),
    reason,
    recorded_at: recordedAt,
  },
  victim_contacts: {
    seq: number('Number', 'Numéro'),
    id,
    case_id: caseId,
    person_id: personId,
    at: instant('When', 'Date'),
    by: text('By', 'Par'),
    channel: label('contactChannel', 'How', 'Moyen'),
    language: spokenLanguage('Language', 'Langue'),
    interpreter_person_id: ref('person', 'Interpreter', 'Interprète'),
    told: labels('contactTopic', 'What they were told', 'Ce qui a été dit'),
    note,
    letter_id: ref('letter', 'Letter', 'Lettre'),
    recorded_at: recordedAt,
  },
  investigative_actions: {
    id,
    case_id: caseId,
    kind: label('investigativeActionKind', 'Action', 'Acte'),
    person_id: personId,
    description: text('Description', 'Description'),
    requested_at: instant('Requested', 'Demandé le'),
    requested_by: text('Requested by', 'Demandé par'),
    status: label('investigativeActionStatus', 'Status', 'Statut'),
    outcome_at: instant('Outcome on', 'Résultat le'),
    result: text('Result', 'Résultat'),
    reason,
    provider_qualified: yesNo('Provider qualified', 'Prestataire qualifié'),
    closed_deadlines: list({ kind: 'reference', to: 'deadline' }, 'Deadlines it closed', 'Délais qu’il a clos'),
    confidentiality,
    recorded_at: recordedAt,
    updated_at: updatedAt,
  },
  investigative_action_evidence: {
    action_id: ref('action', 'Investigative action', 'Acte d’enquête'),
    evidence_id: ref('evidence', 'Evidence item', 'Élément de preuve'),
    position: number('Position', 'Rang'),
  },
  paternity_children: {
    id,
    case_id: caseId,
    code: text('Code', 'Code'),
    mother_id: ref('person', 'Mother', 'Mère'),
    subject_id: ref('person', 'Alleged father', 'Père présumé'),
    birth: uncertain('Birth', 'Naissance'),
    reported_on: date('Reported on', 'Signalé le'),
    status: label('paternityChildStatus', 'Status', 'Statut'),
    dna_sample_taken_on: date('DNA sample taken on', 'Prélèvement ADN le'),
    dna_sample_sent_on: date('DNA sample sent on', 'Prélèvement ADN envoyé le'),
    dna_result: label('dnaResult', 'DNA result', 'Résultat ADN'),
    dna_result_on: date('DNA result on', 'Résultat ADN le'),
    member_state_contact: field({ kind: 'withheld' }, 'National contact', 'Contact national'),
    support: parts(
      {
        amount: text('Amount', 'Montant'),
        orderedOn: date('Ordered on', 'Ordonnée le'),
        lastPaidOn: date('Last paid on', 'Dernier paiement le'),
      },
      'Support',
      'Pension',
    ),
    note,
    confidentiality,
    created_at: createdAt,
    updated_at: updatedAt,
  },
  victim_closures: {
    seq: number('Number', 'Numéro'),
    id,
    case_id: caseId,
    person_id: personId,
    ground: label('closureGround', 'Ground', 'Motif'),
    reason_to_victim: text('Reason given to the victim', 'Motif donné à la victime'),
    decided_by: text('Decided by', 'Décidé par'),
    decided_on: date('Decided on', 'Décidé le'),
    recorded_at: recordedAt,
    recorded_by: recordedBy,
  },
  search_documents: {
    id: number('Number', 'Numéro'),
    kind: opaque('Kind', 'Type'),
    record_id: ref('record', 'Record', 'Fiche'),
    case_id: caseId,
    label: text('Label', 'Libellé'),
    text: text('Text', 'Texte'),
  },
};

/** A field's label and reading, or undefined for a column this version of Casefile does not know. */
export function recordField(table: string, column: string): RecordField | undefined {
  const fields = RECORD_FIELDS[table];
  return fields !== undefined && Object.hasOwn(fields, column) ? fields[column] : undefined;
}

/** Bookkeeping a merge never counts as a difference (when a record was last saved, and the like). */
export const isBookkeeping = (table: string, column: string) => recordField(table, column)?.read.kind === 'bookkeeping';
