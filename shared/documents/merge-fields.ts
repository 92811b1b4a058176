import type { Language } from '../domain/settings.js';
import { mergeFieldLabel } from './merge-field-words.js';
import type { Recipient } from './template.js';
import type { TemplateProblemHint } from './template-problem-words.js';

/**
 * What merge data may hold, field by field, and which recipients may see each field. The
 * validator checks template paths against it, the editor completes from it, and the merge-data
 * builder prunes its output to it, so a field a recipient may not see cannot reach its letter
 * even by mistake.
 * The words of each field, in each interface language, are the catalogues'
 * (shared/i18n/<language>/merge-fields.ts), keyed by the field's full path.
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
  | { kind: 'text' | 'flag'; visibleTo: readonly Recipient[]; hint?: TemplateProblemHint }
  | {
      kind: 'object';
      visibleTo: readonly Recipient[];
      hint?: TemplateProblemHint;
      fields: Readonly<Record<string, FieldNode>>;
    }
  | {
      kind: 'list';
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

const text = (visibleTo: readonly Recipient[]): FieldNode => ({ kind: 'text', visibleTo });
const flag = (visibleTo: readonly Recipient[]): FieldNode => ({ kind: 'flag', visibleTo });
const refused = (hint: TemplateProblemHint): FieldNode => ({
  kind: 'text',
  visibleTo: NOBODY,
  hint,
});
const object = (
  visibleTo: readonly Recipient[],
  fields: Record<string, FieldNode>,
): Extract<FieldNode, { kind: 'object' }> => ({
  kind: 'object',
  visibleTo,
  fields,
});

// Why a field is refused, with the field to use instead: worded in the catalogue (templateProblems.hints).
const VICTIM_IDENTITY_HINT: TemplateProblemHint = 'victimIdentity';
const OWN_VICTIM_HINT: TemplateProblemHint = 'ownVictim';
const SUBJECT_HINT: TemplateProblemHint = 'subject';

const victimIdentity = (hint: TemplateProblemHint): Record<string, FieldNode> => ({
  name: refused(hint),
  fullName: refused(hint),
  otherNames: refused(hint),
  dateOfBirth: refused(hint),
  contact: refused(hint),
  address: refused(hint),
  identityDocument: refused(hint),
  safetyNotes: refused(hint),
});

export const MERGE_SCHEMA: Extract<FieldNode, { kind: 'object' }> = object(ALL, {
  case: object(ALL, {
    reference: text(ALL),
    category: text(REFERRALS),
    subtype: text(REFERRALS),
    dateReceived: text(ALL),
    incidentDates: text(REFERRALS),
    mission: text(ALL),
    location: text(REFERRALS),
    status: text(REFERRALS),
    investigatingEntity: text(REFERRALS),
    urgent: flag(REFERRALS),
    victimCount: text(REFERRALS),
    paternityClaimed: flag(REFERRALS),
    paternityStatus: text(REFERRALS),
    summary: refused('caseSummary'),
  }),
  victims: {
    kind: 'list',
    visibleTo: REFERRALS,
    hint: 'onlyOwnVictim',
    item: object(REFERRALS, {
      code: text(REFERRALS),
      displayName: text(REFERRALS),
      identified: flag(REFERRALS),
      sex: text(REFERRALS),
      ageBand: text(REFERRALS),
      language: text(REFERRALS),
      ...victimIdentity(VICTIM_IDENTITY_HINT),
    }),
  },
  victim: object(VICTIM, {
    code: text(VICTIM),
    name: text(VICTIM),
    language: text(VICTIM),
    female: flag(VICTIM),
    male: flag(VICTIM),
    minor: flag(VICTIM),
    paternityClaimed: flag(VICTIM),
    displayName: refused('useVictimName'),
    fullName: refused('useVictimName'),
    otherNames: refused(OWN_VICTIM_HINT),
    dateOfBirth: refused(OWN_VICTIM_HINT),
    contact: refused(OWN_VICTIM_HINT),
    address: refused(OWN_VICTIM_HINT),
    identityDocument: refused(OWN_VICTIM_HINT),
    safetyNotes: refused(OWN_VICTIM_HINT),
  }),
  witnesses: {
    kind: 'list',
    visibleTo: NOBODY,
    hint: 'witnesses',
    item: object(NOBODY, {}),
  },
  subject: object(REFERRALS, {
    code: text(REFERRALS),
    name: text(REFERRALS),
    nationality: text(REFERRALS),
    category: text(REFERRALS),
    unit: text(REFERRALS),
    function: text(REFERRALS),
    serviceNumber: text(TCC_AND_DISCIPLINE),
    rotationDate: text(TCC),
    otherNames: refused(SUBJECT_HINT),
    dateOfBirth: refused(SUBJECT_HINT),
    contact: refused(SUBJECT_HINT),
    address: refused(SUBJECT_HINT),
    identityDocument: refused(SUBJECT_HINT),
  }),
  evidence: {
    kind: 'list',
    visibleTo: TCC_AND_DISCIPLINE,
    item: object(TCC_AND_DISCIPLINE, {
      number: text(TCC_AND_DISCIPLINE),
      type: text(TCC_AND_DISCIPLINE),
      description: text(TCC_AND_DISCIPLINE),
      collectedOn: text(TCC_AND_DISCIPLINE),
      status: text(TCC_AND_DISCIPLINE),
    }),
  },
  clocks: {
    kind: 'list',
    visibleTo: TCC,
    item: object(TCC, {
      name: text(TCC),
      due: text(TCC),
      rule: text(TCC),
      firmness: text(TCC),
      urgent: flag(TCC),
    }),
  },
  letter: object(ALL, {
    date: text(ALL),
    reference: text(ALL),
    place: text(ALL),
    author: text(ALL),
    authorTitle: text(ALL),
    recipientName: text(ALL),
    recipientAddress: text(ALL),
    particulars: text(REFERRALS),
    noteNumber: text(REFERRALS),
    discreet: flag(VICTIM),
  }),
  contact: object(ALL, {
    name: text(ALL),
    title: text(ALL),
    email: text(ALL),
    phone: text(ALL),
    address: text(ALL),
  }),
  guardian: object(VICTIM, {
    name: text(VICTIM),
  }),
  advocate: object(VICTIM, {
    name: text(VICTIM),
    phone: text(VICTIM),
    email: text(VICTIM),
    address: text(VICTIM),
  }),
  assistance: object(VICTIM, {
    name: text(VICTIM),
    phone: text(VICTIM),
    email: text(VICTIM),
    address: text(VICTIM),
  }),
  legalBasis: object(REFERRALS, {
    gaResolutions: flag(REFERRALS),
    modelMou: flag(REFERRALS),
    staffRules: flag(REFERRALS),
    unvConditions: flag(REFERRALS),
    none: flag(REFERRALS),
  }),
  finding: object(REFERRALS, {
    recorded: flag(REFERRALS),
    substantiated: flag(REFERRALS),
    notSubstantiated: flag(REFERRALS),
    insufficientEvidence: flag(REFERRALS),
    closedWithoutInvestigation: flag(REFERRALS),
    decidedBy: text(REFERRALS),
    decidedOn: text(REFERRALS),
  }),
  reply: object(REFERRALS, {
    due: text(REFERRALS),
    rule: text(REFERRALS),
  }),
  annexes: {
    kind: 'list',
    visibleTo: REFERRALS,
    item: object(REFERRALS, { title: text(REFERRALS) }),
  },
  referral: object(REFERRALS, {
    reportReference: text(REFERRALS),
    findings: text(DISCIPLINE),
    subjectComments: text(DISCIPLINE),
    interimMeasures: text(TCC_AND_DISCIPLINE),
    dueProcess: text(DISCIPLINE),
  }),
  outcome: object(VICTIM, {
    closedOn: text(VICTIM),
    reason: text(VICTIM),
    decidedBy: text(VICTIM),
    whatFollows: text(VICTIM),
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
  /** Its words in the reader's language (shared/i18n/<language>/merge-fields.ts). */
  label: string;
  /** Set for fields of a list's element: the list they belong to. */
  list?: string;
}

/** Every field a recipient may use, worded in `language`, for the editor's completion. */
export function mergeFieldsFor(recipient: Recipient, language: Language = 'en'): MergeFieldInfo[] {
  const out: MergeFieldInfo[] = [];
  const walk = (node: FieldNode, path: string, list: string | undefined): void => {
    if (!node.visibleTo.includes(recipient)) return;
    if (path) {
      const field = { path: list ? `.${path}` : path, kind: node.kind, ...(list ? { list } : {}) };
      out.push({ ...field, label: mergeFieldLabel(field, language) });
    }
    if (node.kind === 'object') {
      for (const [name, child] of Object.entries(node.fields)) walk(child, path ? `${path}.${name}` : name, list);
    } else if (node.kind === 'list') {
      for (const [name, child] of Object.entries(node.item.fields)) walk(child, name, path);
    }
  };
  walk(MERGE_SCHEMA, '', undefined);
  return out;
}
