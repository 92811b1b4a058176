import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictInWords } from '../../shared/bundles/record-words.js';
import type { BundlePreview } from '../../shared/contract/bundles.js';
import { useInstantText } from '../components/mission-time.js';
import { wordsLanguage } from './table-labels.js';

type Conflict = BundlePreview['conflicts'][number];
type Row = Conflict['ours'];

/** What happens to a field as the choice stands: only the fields changed on both sides follow it. */
const outcomeWords = (t: TFunction, outcome: 'taken' | 'kept' | 'conflict', takeTheirs: boolean): string =>
  outcome === 'conflict' && takeTheirs
    ? t('bundles.conflict.outcome.conflictTheirs')
    : t(`bundles.conflict.outcome.${outcome}`);

const instantOf = (value: Row[string] | undefined): string | null =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;

/**
 * One record both vaults changed since they last exchanged it: every field that differs, by its label,
 * mine beside theirs in words (shared/bundles/record-words.ts), and what the merge does with it; the
 * fields changed on both sides first. Keep mine or Take theirs decides those.
 */
export function ConflictChoice({
  conflict,
  takeTheirs,
  onChange,
}: {
  conflict: Conflict;
  takeTheirs: boolean;
  onChange: (takeTheirs: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const id = useId();
  const words = conflictInWords(conflict, wordsLanguage(i18n.language));
  const when = (row: Row) => {
    const at = instantOf(row['updated_at']);
    return at ? instantText(at) : t('bundles.conflict.unknownTime');
  };
  const hasTimes = 'updated_at' in conflict.ours || 'updated_at' in conflict.theirs;
  return (
    <fieldset className="fieldset-box bundle-conflict">
      <legend>{words.record}</legend>
      <table className="table table-dense bundle-conflict-table">
        <caption className="visually-hidden">{t('bundles.conflict.caption', { record: words.record })}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('bundles.conflict.mine')}</th>
            <th scope="col">{t('bundles.conflict.theirs')}</th>
            <th scope="col">{t('bundles.conflict.outcomeColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {words.fields.map((field) => (
            <tr key={field.label} className={`bundle-field-${field.outcome}`}>
              <th scope="row">{field.label}</th>
              <td className="prewrap">{field.ours}</td>
              <td className="prewrap">{field.theirs}</td>
              <td>{outcomeWords(t, field.outcome, takeTheirs)}</td>
            </tr>
          ))}
          {hasTimes && (
            <tr>
              <th scope="row">{t('bundles.conflict.changed')}</th>
              <td>{when(conflict.ours)}</td>
              <td>{when(conflict.theirs)}</td>
              <td />
            </tr>
          )}
        </tbody>
      </table>
      <p className="muted" id={`${id}-hint`}>
        {t('bundles.conflict.choiceHint')}
      </p>
      <div className="bundle-choice">
        <div className="check">
          <input
            id={`${id}-mine`}
            type="radio"
            name={`${id}-choice`}
            checked={!takeTheirs}
            aria-describedby={`${id}-hint`}
            onChange={() => onChange(false)}
          />
          <label htmlFor={`${id}-mine`}>{t('bundles.conflict.keepMine')}</label>
        </div>
        <div className="check">
          <input
            id={`${id}-theirs`}
            type="radio"
            name={`${id}-choice`}
            checked={takeTheirs}
            aria-describedby={`${id}-hint`}
            onChange={() => onChange(true)}
          />
          <label htmlFor={`${id}-theirs`}>{t('bundles.conflict.takeTheirs')}</label>
        </div>
      </div>
    </fieldset>
  );
}
