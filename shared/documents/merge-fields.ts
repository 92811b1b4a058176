import type { Recipient } from './template.js';
import type { TemplateProblemHint } from './template-problem-words.js';

/**
 * What merge data may hold, field by field, and which recipients may see each field. The
 * validator checks template paths against it, the editor completes from it, and the merge-data
 * builder prunes its output to it, so a field a recipient may not see cannot reach its letter
 * even by mistake.
 *
 * Fields listed with `visibleTo: []` exist only to be refused by name: they are the identity
 * fields a template author might reach for, each with a hint to the field to use instead.
 *
 * Who sees what (R9: the minimum necessary in every referral; domain.md §4):
 * - victims[]: referrals only; a victim's name only through `displayName`, which the builder
 *   fills with the name only when the victim's consent (or a recorded override) allows it.
 * - subject: every referral names the person it is about (name, nationality, category, unit,
 *   function) by policy, not by consent; the service/index number goes to those who employ or
 *   command the person (TCC, HR, UNV), not to a Member State; the rotation date to the TCC, who
 *   must act before it. Never in a closure letter.
 * - evidence[]: an index (listed, not attached) for the TCC's investigator and the disciplinary
 *   bodies; a Member State is offered the information instead.
 * - clocks[]: the TCC only, and only clocks that run from the notification, the referral or the
 *   subject's rotation (medical and forensic clocks would tell about the victim).
 * - witnesses: never.
 * - victim, assistance, outcome: the closure letter only, which holds nothing of anyone else.
 */

export type FieldNode =
  | { kind: 'text' | 'flag'; label: string; visibleTo: readonly Recipient[]; hint?: TemplateProblemHint }
  | {
      kind: 'object';
      label: string;
      visibleTo: readonly Recipient[];
      hint?: TemplateProblemHint;
      fields: Readonly<Record<string, FieldNode>>;
    }
  | {
      kind: 'list';
      label: string;
      visibleTo: readonly Recipient[];
      hint?: TemplateProblemHint;
      item: Extract<FieldNode, { kind: 'object' }>;
    };

const ALL: readonly Recipient[] = ['member_state', 'tcc', 'human_resources', 'unv', 'victim'];
const REFERRALS: readonly Recipient[] = ['member_state', 'tcc', 'human_resources', 'unv'];
const TCC: readonly Recipient[] = ['tcc'];
const DISCIPLINE: readonly Recipient[] = ['human_resources', 'unv'];
const TCC_AND_DISCIPLINE: readonly Recipient[] = ['tcc', 'human_resources', 'unv'];
const VICTIM: readonly Recipient[] = ['victim'];
const NOBODY: readonly Recipient[] = [];

const text = (label: string, visibleTo: readonly Recipient[]): FieldNode => ({ kind: 'text', label, visibleTo });
const flag = (label: string, visibleTo: readonly Recipient[]): FieldNode => ({ kind: 'flag', label, visibleTo });
const refused = (label: string, hint: TemplateProblemHint): FieldNode => ({
  kind: 'text',
  label,
  visibleTo: NOBODY,
  hint,
});
const object = (
  label: string,
  visibleTo: readonly Recipient[],
  fields: Record<string, FieldNode>,
): Extract<FieldNode, { kind: 'object' }> => ({
  kind: 'object',
  label,
  visibleTo,
  fields,
});

// Why a field is refused, with the field to use instead: worded in the catalogue (templateProblems.hints).
const VICTIM_IDENTITY_HINT: TemplateProblemHint = 'victimIdentity';
const OWN_VICTIM_HINT: TemplateProblemHint = 'ownVictim';
const SUBJECT_HINT: TemplateProblemHint = 'subject';

const victimIdentity = (hint: TemplateProblemHint): Record<string, FieldNode> => ({
  name: refused('Full name (raw)', hint),
  fullName: refused('Full name (raw)', hint),
  otherNames: refused('Other names', hint),
  dateOfBirth: refused('Date of birth', hint),
  contact: refused('Contact details', hint),
  address: refused('Address', hint),
  identityDocument: refused('Identity document', hint),
  safetyNotes: refused('Safety notes', hint),
});

export const MERGE_SCHEMA: Extract<FieldNode, { kind: 'object' }> = object('Merge data', ALL, {
  case: object('The case', ALL, {
    reference: text('Case reference (CF-2026-0001)', ALL),
    category: text('Category (sexual exploitation / abuse)', REFERRALS),
    subtype: text('Subtype', REFERRALS),
    dateReceived: text('Date the allegation was received, in words', ALL),
    incidentDates: text('Date(s) of the incident as known, in words', REFERRALS),
    mission: text('Mission or entity', ALL),
    location: text('Location (empty when strictly confidential)', REFERRALS),
    status: text('Status', REFERRALS),
    investigatingEntity: text('Investigating entity', REFERRALS),
    urgent: flag('Urgent case', REFERRALS),
    victimCount: text('Number of victims', REFERRALS),
    paternityClaimed: flag('A paternity claim was made', REFERRALS),
    paternityStatus: text('Status of the paternity claim', REFERRALS),
    summary: refused('Case summary', 'caseSummary'),
  }),
  victims: {
    kind: 'list',
    label: 'Victims (identity only with consent)',
    visibleTo: REFERRALS,
    hint: 'onlyOwnVictim',
    item: object('A victim', REFERRALS, {
      code: text('Pseudonym (V-01)', REFERRALS),
      displayName: text('Name if the victim consented to this recipient, otherwise the pseudonym', REFERRALS),
      identified: flag('The name is given (consent or recorded override)', REFERRALS),
      sex: text('Sex', REFERRALS),
      ageBand: text('Age band', REFERRALS),
      language: text('Language', REFERRALS),
      ...victimIdentity(VICTIM_IDENTITY_HINT),
    }),
  },
  victim: object('The victim this closure letter is for', VICTIM, {
    code: text('Pseudonym (V-01)', VICTIM),
    name: text('Full name as recorded (may be empty)', VICTIM),
    language: text('Language', VICTIM),
    female: flag('Recorded as female (French and Arabic agree with it)', VICTIM),
    male: flag('Recorded as male (French and Arabic agree with it)', VICTIM),
    minor: flag('Under 18', VICTIM),
    paternityClaimed: flag('This victim made a paternity claim', VICTIM),
    displayName: refused('Display name', 'useVictimName'),
    fullName: refused('Full name (raw)', 'useVictimName'),
    otherNames: refused('Other names', OWN_VICTIM_HINT),
    dateOfBirth: refused('Date of birth', OWN_VICTIM_HINT),
    contact: refused('Contact details', OWN_VICTIM_HINT),
    address: refused('Address', OWN_VICTIM_HINT),
    identityDocument: refused('Identity document', OWN_VICTIM_HINT),
    safetyNotes: refused('Safety notes', OWN_VICTIM_HINT),
  }),
  witnesses: {
    kind: 'list',
    label: 'Witnesses',
    visibleTo: NOBODY,
    hint: 'witnesses',
    item: object('A witness', NOBODY, {}),
  },
  subject: object('The person concerned (subject)', REFERRALS, {
    code: text('Pseudonym (S-01)', REFERRALS),
    name: text('Full name', REFERRALS),
    nationality: text('Nationality (country name)', REFERRALS),
    category: text('Personnel category', REFERRALS),
    unit: text('Unit or contingent', REFERRALS),
    function: text('Function', REFERRALS),
    serviceNumber: text('Index, service or staff number', TCC_AND_DISCIPLINE),
    rotationDate: text('Rotation, repatriation or end of contract, in words', TCC),
    otherNames: refused('Other names', SUBJECT_HINT),
    dateOfBirth: refused('Date of birth', SUBJECT_HINT),
    contact: refused('Contact details', SUBJECT_HINT),
    address: refused('Address', SUBJECT_HINT),
    identityDocument: refused('Identity document', SUBJECT_HINT),
  }),
  evidence: {
    kind: 'list',
    label: 'Evidence index (listed, not attached)',
    visibleTo: TCC_AND_DISCIPLINE,
    item: object('An evidence item', TCC_AND_DISCIPLINE, {
      number: text('Number (E-0007)', TCC_AND_DISCIPLINE),
      type: text('Type', TCC_AND_DISCIPLINE),
      description: text('Description (withheld when strictly confidential)', TCC_AND_DISCIPLINE),
      collectedOn: text('Date collected, in words', TCC_AND_DISCIPLINE),
      status: text('Status', TCC_AND_DISCIPLINE),
    }),
  },
  clocks: {
    kind: 'list',
    label: 'Deadlines that run from the notification',
    visibleTo: TCC,
    item: object('A deadline', TCC, {
      name: text('What is due', TCC),
      due: text('Due date, in words', TCC),
      rule: text('How it is counted', TCC),
      firmness: text('Binding, target or indicative', TCC),
      urgent: flag('The shorter urgent duration applies', TCC),
    }),
  },
  letter: object('This letter', ALL, {
    date: text('Date of the letter, in words', ALL),
    reference: text('Letter reference', ALL),
    place: text('Place of signature', ALL),
    author: text('Signatory', ALL),
    authorTitle: text('Signatory’s title', ALL),
    recipientName: text('Addressee', ALL),
    recipientAddress: text('Addressee’s address (several lines)', ALL),
    particulars: text('Particulars of the allegation, written for this letter', REFERRALS),
    noteNumber: text('Note verbale or Office of Legal Affairs number', REFERRALS),
    discreet: flag('Discreet form, for delivery to a home: no letterhead, neutral words', VICTIM),
  }),
  contact: object('Contact point', ALL, {
    name: text('Name', ALL),
    title: text('Title', ALL),
    email: text('Email', ALL),
    phone: text('Telephone', ALL),
    address: text('Address', ALL),
  }),
  guardian: object('A child’s guardian, as the case records (the letter is addressed with them)', VICTIM, {
    name: text('Full name as recorded (may be empty)', VICTIM),
  }),
  advocate: object('Victims’ rights advocate', VICTIM, {
    name: text('Name', VICTIM),
    phone: text('Telephone', VICTIM),
    email: text('Email', VICTIM),
    address: text('Where to find them', VICTIM),
  }),
  assistance: object('Victim assistance contact', VICTIM, {
    name: text('Name or service', VICTIM),
    phone: text('Telephone', VICTIM),
    email: text('Email', VICTIM),
    address: text('Where to go', VICTIM),
  }),
  legalBasis: object('The instrument the letter rests on (by the subject’s personnel category)', REFERRALS, {
    gaResolutions: flag('GA resolutions 62/63 and 64/110 (officials and experts on mission)', REFERRALS),
    modelMou: flag('The model memorandum of understanding (contingent and formed police unit members)', REFERRALS),
    staffRules: flag('The Staff Regulations and Rules (staff members)', REFERRALS),
    unvConditions: flag('The conditions of service of UN Volunteers', REFERRALS),
    none: flag('No instrument of this letter covers the subject (a letter made as an exception)', REFERRALS),
  }),
  finding: object('The finding in force about the subject, as recorded in the case', REFERRALS, {
    recorded: flag('A finding is recorded', REFERRALS),
    substantiated: flag('The allegation was found substantiated', REFERRALS),
    notSubstantiated: flag('The allegation was found not substantiated', REFERRALS),
    insufficientEvidence: flag('The evidence was found insufficient', REFERRALS),
    closedWithoutInvestigation: flag('The matter was closed without investigation', REFERRALS),
    decidedBy: text('Who decided it (investigating entity)', REFERRALS),
    decidedOn: text('When it was decided, in words', REFERRALS),
  }),
  reply: object('The reply asked for', REFERRALS, {
    due: text('Reply expected by, in words (the officer’s date, else the follow-up reply clock)', REFERRALS),
    rule: text('How the reply date is counted (empty when the officer gave it)', REFERRALS),
  }),
  annexes: {
    kind: 'list',
    label: 'Annexes sent with the letter',
    visibleTo: REFERRALS,
    item: object('An annex', REFERRALS, { title: text('Title', REFERRALS) }),
  },
  referral: object('Referral details', REFERRALS, {
    reportReference: text('Investigation report reference', REFERRALS),
    findings: text('Findings per allegation', DISCIPLINE),
    subjectComments: text('Comments of the person concerned', DISCIPLINE),
    interimMeasures: text('Interim measures taken', TCC_AND_DISCIPLINE),
    dueProcess: text('Due process steps (R10)', DISCIPLINE),
  }),
  outcome: object('Outcome, for the victim', VICTIM, {
    closedOn: text('Date the matter ended for this victim (her subjects’ latest finding or her closure)', VICTIM),
    reason: text('Why it closed for this victim (closed for other reasons), as a sentence', VICTIM),
    decidedBy: text('Who decided the outcome, in words', VICTIM),
    whatFollows: text('What follows, written for this victim', VICTIM),
  }),
});

export type FieldLookup =
  | { found: true; node: FieldNode; visible: boolean; hiddenAt: string | null }
  | { found: false; missing: string; known: readonly string[]; throughList: string | null };

/**
 * Follows `segments` from `start` (the root, or a list's element). `hiddenAt` names the first
 * segment the recipient may not see; `throughList` the list a path tried to read into.
 */
export function lookupField(
  start: FieldNode,
  segments: readonly string[],
  recipient: Recipient,
  prefix: readonly string[] = [],
): FieldLookup {
  let node = start;
  let hiddenAt: string | null = node.visibleTo.includes(recipient) ? null : prefix.join('.') || '(root)';
  const walked = [...prefix];
  for (const segment of segments) {
    if (node.kind === 'list') return { found: false, missing: segment, known: [], throughList: walked.join('.') };
    if (node.kind !== 'object' || !Object.hasOwn(node.fields, segment)) {
      return {
        found: false,
        missing: segment,
        known: node.kind === 'object' ? Object.keys(node.fields) : [],
        throughList: null,
      };
    }
    node = node.fields[segment] as FieldNode;
    walked.push(segment);
    if (hiddenAt === null && !node.visibleTo.includes(recipient)) hiddenAt = walked.join('.');
  }
  return { found: true, node, visible: hiddenAt === null, hiddenAt };
}

export interface MergeFieldInfo {
  /** `case.reference`, or `victims` for a list; `.code` for fields of a list's element. */
  path: string;
  kind: FieldNode['kind'];
  label: string;
  /** Set for fields of a list's element: the list they belong to. */
  list?: string;
}

/** Every field a recipient may use, for the editor's completion. */
export function mergeFieldsFor(recipient: Recipient): MergeFieldInfo[] {
  const out: MergeFieldInfo[] = [];
  const walk = (node: FieldNode, path: string, list: string | undefined): void => {
    if (!node.visibleTo.includes(recipient)) return;
    if (path)
      out.push({ path: list ? `.${path}` : path, kind: node.kind, label: node.label, ...(list ? { list } : {}) });
    if (node.kind === 'object') {
      for (const [name, child] of Object.entries(node.fields)) walk(child, path ? `${path}.${name}` : name, list);
    } else if (node.kind === 'list') {
      for (const [name, child] of Object.entries(node.item.fields)) walk(child, name, path);
    }
  };
  walk(MERGE_SCHEMA, '', undefined);
  return out;
}
