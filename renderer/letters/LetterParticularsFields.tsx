import { useTranslation } from 'react-i18next';
import type { LetterParticulars } from '../../shared/contract/letters.js';
import type { LetterWarning } from '../../shared/documents/letter-warnings.js';
import { DateField } from '../components/DateField.js';
import { TextField } from '../components/TextField.js';

/**
 * The particulars a legal officer signs, typed in the New letter dialog: the signatory for every
 * letter; for a referral or notification also the references, the reply date, the contact point,
 * interim measures and annexes. Empty fields are left out, so the core's defaults apply (the finding's
 * report reference, the follow-up register's reply clock).
 */
export interface ParticularsDraft {
  reference: string;
  noteNumber: string;
  reportReference: string;
  replyBy: string;
  authorName: string;
  authorTitle: string;
  contactName: string;
  contactTitle: string;
  contactEmail: string;
  contactPhone: string;
  place: string;
  interimMeasures: string;
  particulars: string;
  annexes: string;
}

export const EMPTY_PARTICULARS: ParticularsDraft = {
  reference: '',
  noteNumber: '',
  reportReference: '',
  replyBy: '',
  authorName: '',
  authorTitle: '',
  contactName: '',
  contactTitle: '',
  contactEmail: '',
  contactPhone: '',
  place: '',
  interimMeasures: '',
  particulars: '',
  annexes: '',
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The request's particulars from the draft: trimmed, empty ones left out; a referral's only for a referral. */
export function particularsOf(draft: ParticularsDraft, referral: boolean): LetterParticulars {
  const given = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const present = <T extends Record<string, unknown>>(record: T): Partial<T> =>
    Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
  const authorName = given(draft.authorName);
  const common = {
    ...(authorName ? { author: { name: authorName, title: draft.authorTitle.trim() } } : {}),
    ...present({ place: given(draft.place) }),
  };
  if (!referral) return common;
  const contactName = given(draft.contactName);
  const annexes = draft.annexes
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const replyBy = given(draft.replyBy);
  return {
    ...common,
    ...present({
      reference: given(draft.reference),
      noteNumber: given(draft.noteNumber),
      reportReference: given(draft.reportReference),
      interimMeasures: given(draft.interimMeasures),
      particulars: given(draft.particulars),
    }),
    // A date not yet complete is not sent: the field says what is wrong with it.
    ...(replyBy && ISO_DAY.test(replyBy) ? { replyBy } : {}),
    ...(contactName
      ? {
          contact: {
            name: contactName,
            ...present({
              title: given(draft.contactTitle),
              email: given(draft.contactEmail),
              phone: given(draft.contactPhone),
            }),
          },
        }
      : {}),
    ...(annexes.length > 0 ? { annexes } : {}),
  };
}

export function LetterParticularsFields({
  draft,
  onChange,
  referral,
}: {
  draft: ParticularsDraft;
  onChange: (draft: ParticularsDraft) => void;
  referral: boolean;
}) {
  const { t } = useTranslation();
  const field = (name: keyof ParticularsDraft, maxLength = 300, rows?: number, hint?: string) => (
    <TextField
      label={t(`letters.particulars.${name}`)}
      value={draft[name]}
      onChange={(value) => onChange({ ...draft, [name]: value })}
      maxLength={maxLength}
      {...(rows ? { rows } : {})}
      {...(hint ? { hint } : {})}
    />
  );
  return (
    <fieldset className="fieldset-box letters-particulars">
      <legend>{t('letters.particulars.legend')}</legend>
      <p className="muted">{t('letters.particulars.intro')}</p>
      {referral && (
        <>
          {field('reference')}
          {field('noteNumber')}
          {field('reportReference', 300, undefined, t('letters.particulars.reportReferenceHint'))}
          <DateField
            label={t('letters.particulars.replyBy')}
            hint={t('letters.particulars.replyByHint')}
            value={draft.replyBy}
            onChange={(replyBy) => onChange({ ...draft, replyBy })}
          />
        </>
      )}
      <fieldset className="fieldset-plain">
        <legend className="field-label">{t('letters.particulars.signatory')}</legend>
        {field('authorName')}
        {field('authorTitle')}
        {field('place')}
      </fieldset>
      {referral && (
        <>
          <fieldset className="fieldset-plain">
            <legend className="field-label">{t('letters.particulars.contact')}</legend>
            {field('contactName')}
            {field('contactTitle')}
            {field('contactEmail')}
            {field('contactPhone')}
          </fieldset>
          {field('interimMeasures', 20_000, 2)}
          {field('particulars', 20_000, 3)}
          {field('annexes', 5_000, 3, t('letters.particulars.annexesHint'))}
        </>
      )}
    </fieldset>
  );
}

/**
 * What to check before the letter is made, in words; nothing when all is in order. The live region
 * is always there, so a screen reader announces a warning when it appears (a region that appears
 * already filled is often not read).
 */
export function LetterWarnings({ warnings }: { warnings: readonly LetterWarning[] }) {
  const { t } = useTranslation();
  return (
    <div role="status">
      {warnings.length > 0 && (
        <div className="alert alert-warning letters-warnings">
          <p>{t('letters.particulars.warningsHeading')}</p>
          <ul>
            {warnings.map((warning) => (
              <li key={warning.code}>{t(`messages.letterWarnings.${warning.code}`, { date: warning.date ?? '' })}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
