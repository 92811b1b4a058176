import { PersonIdentity } from '../../shared/domain/person.js';

/** Precisions a date of birth is typed with: a child often knows only the year, sometimes the month. */
export const BIRTH_PRECISIONS = ['unknown', 'day', 'month', 'year'] as const;
export type BirthPrecision = (typeof BIRTH_PRECISIONS)[number];

/** The identity inputs as typed; every value here is strictly confidential. */
export interface IdentityDraft {
  fullName: string;
  otherNames: string;
  birthPrecision: BirthPrecision;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to the precision. */
  birthDate: string;
  contact: string;
  address: string;
  identityDocument: string;
  serviceNumber: string;
  safetyNotes: string;
}

/** Text fields of the identity, in the order the form shows them. */
export const IDENTITY_TEXT_FIELDS = [
  'fullName',
  'otherNames',
  'contact',
  'address',
  'identityDocument',
  'serviceNumber',
  'safetyNotes',
] as const;
export type IdentityTextField = (typeof IDENTITY_TEXT_FIELDS)[number];

export function emptyIdentityDraft(): IdentityDraft {
  return {
    fullName: '',
    otherNames: '',
    birthPrecision: 'unknown',
    birthDate: '',
    contact: '',
    address: '',
    identityDocument: '',
    serviceNumber: '',
    safetyNotes: '',
  };
}

export function draftFromIdentity(identity: PersonIdentity): IdentityDraft {
  const draft = emptyIdentityDraft();
  for (const field of IDENTITY_TEXT_FIELDS) draft[field] = identity[field] ?? '';
  const birth = identity.dateOfBirth;
  if (birth && (birth.precision === 'day' || birth.precision === 'month' || birth.precision === 'year')) {
    draft.birthPrecision = birth.precision;
    draft.birthDate = birth.from;
  }
  return draft;
}

export type IdentityCheck =
  { ok: true; identity: PersonIdentity } | { ok: false; invalid: ('dateOfBirth' | IdentityTextField)[] };

/** The identity to send (blank fields left out), or the inputs the contract refuses. */
export function identityFromDraft(draft: IdentityDraft): IdentityCheck {
  const candidate: Record<string, unknown> = { confidentiality: 'strictly_confidential' };
  for (const field of IDENTITY_TEXT_FIELDS) {
    const value = draft[field].trim();
    if (value !== '') candidate[field] = value;
  }
  if (draft.birthPrecision !== 'unknown') {
    candidate.dateOfBirth = { precision: draft.birthPrecision, from: draft.birthDate.trim() };
  }
  const parsed = PersonIdentity.safeParse(candidate);
  if (parsed.success) return { ok: true, identity: parsed.data };
  const invalid = new Set<'dateOfBirth' | IdentityTextField>();
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (key === 'dateOfBirth' || (IDENTITY_TEXT_FIELDS as readonly string[]).includes(key))
      invalid.add(key as IdentityTextField | 'dateOfBirth');
  }
  return { ok: false, invalid: [...invalid] };
}
