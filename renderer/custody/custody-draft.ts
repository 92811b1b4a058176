import type { TFunction } from 'i18next';
import { CustodyEntry } from '../../shared/contract/custody.js';
import { custodyFieldProblems, RECHECK_BY_DEFAULT, type CustodyEventKind } from '../../shared/domain/evidence.js';
import { fieldErrors, type FieldErrors } from '../components/validation.js';
import { instantFromLocal, type LocalMoment } from '../people/local-time.js';

/** The custody form as typed: names as text, the time as date and time inputs. */
export interface CustodyForm {
  kind: CustodyEventKind | '';
  at: LocalMoment;
  timeZone: string;
  from: string;
  to: string;
  /** Names or pseudonym codes, one per line or separated by commas. */
  persons: string;
  purpose: string;
  sealNumber: string;
  location: string;
  note: string;
  /** null: the default for the kind (re-hash at hand-overs, openings, copies, examinations, returns). */
  recheckHash: boolean | null;
}

export function emptyCustodyForm(now: LocalMoment, timeZone: string): CustodyForm {
  return {
    kind: '',
    at: now,
    timeZone,
    from: '',
    to: '',
    persons: '',
    purpose: '',
    sealNumber: '',
    location: '',
    note: '',
    recheckHash: null,
  };
}

/** Kinds that record a seal: the one applied, or the one found intact when opening. */
export const SEAL_KINDS: readonly CustodyEventKind[] = ['sealed', 'opened'];

export const recheckByDefault = (kind: CustodyEventKind | ''): boolean =>
  kind !== '' && RECHECK_BY_DEFAULT.includes(kind);

export function personsOf(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

const CUSTODY_PROBLEM_PATHS = ['from', 'to', 'sealNumber', 'persons'] as const;
type ProblemPath = (typeof CUSTODY_PROBLEM_PATHS)[number];
const isProblemPath = (path: string): path is ProblemPath =>
  (CUSTODY_PROBLEM_PATHS as readonly string[]).includes(path);

export type CustodyCheck = { ok: true; entry: CustodyEntry } | { ok: false; errors: FieldErrors };

/** The event to log, or messages per field; a re-check is asked only where the item has files. */
export function custodyEntryFrom(
  t: TFunction,
  form: CustodyForm,
  item: { id: string; hasContent: boolean },
): CustodyCheck {
  const errors: FieldErrors = {};
  const at = instantFromLocal(form.at, form.timeZone);
  if (at === null) errors.at = t('evidence.custody.errors.at');
  const optional = (key: string, text: string) => (text.trim() === '' ? {} : { [key]: text });
  const candidate = {
    itemId: item.id,
    kind: form.kind,
    at: at ?? '',
    timeZone: form.timeZone,
    ...optional('from', form.from),
    ...optional('to', form.to),
    persons: personsOf(form.persons),
    purpose: form.purpose,
    ...(form.kind !== '' && SEAL_KINDS.includes(form.kind) ? optional('sealNumber', form.sealNumber) : {}),
    ...optional('location', form.location),
    ...optional('note', form.note),
    ...(item.hasContent ? { recheckHash: form.recheckHash ?? recheckByDefault(form.kind) } : {}),
  };
  const parsed = CustodyEntry.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: { ...fieldErrors(t, parsed.error), ...errors } };
  const { itemId: _itemId, recheckHash: _recheck, ...fields } = parsed.data;
  for (const problem of custodyFieldProblems(fields)) {
    if (isProblemPath(problem.path) && !(problem.path in errors))
      errors[problem.path] = t(`evidence.custody.problems.${problem.path}`);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, entry: parsed.data };
}
