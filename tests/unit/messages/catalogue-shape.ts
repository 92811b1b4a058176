import * as contract from '../../../shared/contract/index.js';
import * as evidenceContract from '../../../shared/contract/evidence.js';
import * as lettersContract from '../../../shared/contract/letters.js';
import { LETTER_FORMATS } from '../../../shared/contract/letters.js';
import * as evidence from '../../../shared/domain/evidence.js';
import { CUSTODY_EVENT_KINDS } from '../../../shared/domain/evidence.js';
import * as documents from '../../../shared/documents/index.js';
import * as domain from '../../../shared/domain/index.js';
import type { MessageCatalogue } from '../../../shared/i18n/catalogue.js';
import { messages as en } from '../../../shared/i18n/en/messages.js';
import { messages as fr } from '../../../shared/i18n/fr/messages.js';
import type { MessageParamValue } from '../../../shared/i18n/catalogue.js';
import { RULE_IDS } from '../../../shared/principles/finding.js';
import { PASSPHRASE_POLICY } from '../../../shared/passphrase.js';

/** What the catalogue tests walk: every leaf, every placeholder, and values to fill them with. */

export const CATALOGUES: Record<'en' | 'fr', MessageCatalogue> = { en, fr };
export const LANGUAGES_OF_CATALOGUE = ['en', 'fr'] as const;

/** `{a: {b: 'x'}}` → `[['a.b', 'x']]`. */
export function leavesOf(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leavesOf(value as object, `${prefix}${key}.`),
  );
}

export interface Placeholder {
  name: string;
  /** A label group, `date`, `instant`, or undefined for safe text. */
  format: string | undefined;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
/** `{{name}}`, `{{name, format}}`, `{{name, format(type: disjunction)}}`: nothing else is ours. */
export const WELL_FORMED = /^(\w+)(?:, (\w+)(?:\(type: disjunction\))?)?$/;

export function placeholdersOf(text: string): { body: string; parsed: Placeholder | null }[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => {
    const body = match[1]!;
    const parsed = WELL_FORMED.exec(body);
    return { body, parsed: parsed ? { name: parsed[1]!, format: parsed[2] } : null };
  });
}

/** The values each label group names, from the enums themselves (so a new enum value needs its label). */
export const LABEL_VALUES: Record<string, readonly string[]> = {
  caseStatus: domain.CASE_STATUSES,
  caseOutcome: domain.CLOSED_CASE_STATUSES,
  caseCategory: domain.CASE_CATEGORIES,
  caseSubtype: domain.CASE_SUBTYPES,
  exchangeKind: domain.EXCHANGE_KINDS,
  interviewStatus: domain.INTERVIEW_STATUSES,
  personRole: domain.PERSON_ROLES,
  personnelCategory: domain.PERSONNEL_CATEGORIES,
  identityField: domain.IDENTITY_FIELDS,
  consentParty: ['self', 'guardian', 'assent'],
  consentAction: domain.STANDARD_CONSENT_PURPOSES.filter((purpose) => purpose !== 'sharing_with_national_authorities'),
  consentRefusal: ['refused', 'withdrawn'],
  custodyEventKind: CUSTODY_EVENT_KINDS,
  letterKind: documents.TEMPLATE_KINDS,
  documentLanguage: documents.DOCUMENT_LANGUAGES,
  letterFormat: LETTER_FORMATS,
  passphraseProblem: ['too_short', 'too_guessable'],
};

/** A representative value for a placeholder: what a real throw site passes. */
export function sampleValue(placeholder: Placeholder, asList: boolean): MessageParamValue {
  const { name, format } = placeholder;
  if (format === 'date') return '2026-03-10';
  if (format === 'instant') return '2026-03-10T09:30:00.000Z';
  if (format !== undefined) {
    const values = LABEL_VALUES[format] ?? [];
    return asList ? values.slice(0, 3) : (values[values.length - 1] ?? '');
  }
  if (name === 'reference') return 'CF-2026-0001';
  if (['number', 'evidence', 'original'].includes(name)) return 'E-0007';
  if (['person', 'people'].includes(name)) return 'V-01';
  return 3;
}

/**
 * Every string value of every enum the shared code declares (arrays of strings exported from
 * shared/domain, shared/documents, shared/contract), kept where it cannot be a word of prose:
 * with an underscore (`closed_other`), camelCase (`fullName`) or all capitals (`SE`). The
 * evidence and letters modules are read on their own: the barrels do not re-export them. Rule numbers
 * (R1–R15) are left out: the UI shows them on purpose, as the principles' names.
 */
export function codeLikeEnumValues(): string[] {
  const values = new Set<string>();
  for (const module of [domain, evidence, documents, contract, evidenceContract, lettersContract]) {
    for (const exported of Object.values(module)) {
      if (Array.isArray(exported) && exported.length > 0 && exported.every((value) => typeof value === 'string')) {
        for (const value of exported as string[]) values.add(value);
      }
    }
  }
  const rules = new Set<string>(RULE_IDS);
  return [...values].filter((value) => !rules.has(value) && (/_/.test(value) || /[a-z][A-Z]/.test(value) || /^[A-Z][A-Z0-9]+$/.test(value)));
}

export const MIN_PASSPHRASE_LENGTH = PASSPHRASE_POLICY.minLength;
