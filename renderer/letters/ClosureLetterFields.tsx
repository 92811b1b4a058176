import { useTranslation } from 'react-i18next';
import type { LetterApplicability, LetterParticulars } from '../../shared/contract/letters.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { TextField } from '../components/TextField.js';

/** What a closure letter asks of the officer beyond the case file (issue 11, items 2 and 6). */
export interface ClosureDraft {
  advocateName: string;
  advocatePhone: string;
  advocateEmail: string;
  discreet: boolean;
}

export const EMPTY_CLOSURE: ClosureDraft = { advocateName: '', advocatePhone: '', advocateEmail: '', discreet: false };

/** The closure letter's part of the request's details; the advocate only once named. */
export function closureDetailsOf(draft: ClosureDraft): Pick<LetterParticulars, 'advocate' | 'discreet'> {
  const name = draft.advocateName.trim();
  const phone = draft.advocatePhone.trim();
  const email = draft.advocateEmail.trim();
  return {
    ...(name ? { advocate: { name, ...(phone ? { phone } : {}), ...(email ? { email } : {}) } } : {}),
    ...(draft.discreet ? { discreet: true } : {}),
  };
}

/**
 * The victims' rights advocate a closure letter gives (required: flagged before the letter is made),
 * the discreet form for delivery to a home, and, for the letter chosen, the victims it is not yet for
 * and why.
 */
export function ClosureLetterFields({
  draft,
  onChange,
  entry,
  showMissing,
  recordedAdvocate,
}: {
  draft: ClosureDraft;
  onChange: (draft: ClosureDraft) => void;
  entry: LetterApplicability | undefined;
  showMissing: boolean;
  /** The advocate the victim's assistance records name, if any (the name field starts with it). */
  recordedAdvocate?: string | undefined;
}) {
  const { t } = useTranslation();
  const set = (part: Partial<ClosureDraft>) => onChange({ ...draft, ...part });
  const notYet = entry?.victims.filter((victim) => victim.reason !== null) ?? [];
  // The reply names a few of them; the others are searched for by code, each with why not.
  const notNamed = (entry?.victimCounts.notYet ?? 0) - notYet.length;
  return (
    <>
      {notYet.length > 0 && (
        <div className="alert alert-info letters-not-yet" role="note">
          <p>{t('letters.closureFields.notYet')}</p>
          <ul>
            {notYet.map((victim) => (
              <li key={victim.id}>
                <span className="mono">{victim.code}</span> — <span className="user-text">{victim.reason}</span>
              </li>
            ))}
          </ul>
          {notNamed > 0 && <p>{t('letters.closureFields.notYetMore', { count: notNamed })}</p>}
        </div>
      )}
      <fieldset className="fieldset-box letters-advocate">
        <legend>{t('letters.closureFields.advocate')}</legend>
        {!draft.advocateName.trim() && (
          <p className="alert alert-warning" role="note">
            {t('letters.closureFields.advocateMissing')}
          </p>
        )}
        <TextField
          label={t('letters.closureFields.advocateName')}
          value={draft.advocateName}
          onChange={(advocateName) => set({ advocateName })}
          required
          maxLength={300}
          hint={
            recordedAdvocate !== undefined && draft.advocateName === recordedAdvocate
              ? t('letters.closureFields.advocateOnRecord')
              : undefined
          }
          error={showMissing && !draft.advocateName.trim() ? t('letters.closureFields.advocateRequired') : undefined}
        />
        <TextField
          label={t('letters.closureFields.advocatePhone')}
          value={draft.advocatePhone}
          onChange={(advocatePhone) => set({ advocatePhone })}
          maxLength={300}
        />
        <TextField
          label={t('letters.closureFields.advocateEmail')}
          value={draft.advocateEmail}
          onChange={(advocateEmail) => set({ advocateEmail })}
          maxLength={300}
        />
      </fieldset>
      <CheckboxField
        label={t('letters.closureFields.discreet')}
        hint={t('letters.closureFields.discreetHint')}
        checked={draft.discreet}
        onChange={(discreet) => set({ discreet })}
      />
    </>
  );
}
