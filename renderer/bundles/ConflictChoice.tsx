import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundlePreview } from '../../shared/contract/bundles.js';
import { displayLocale, formatInstant } from '../components/format-dates.js';
import en from '../i18n/en/bundles.json';
import { tableLabel } from './table-labels.js';

type Conflict = BundlePreview['conflicts'][number];
type Row = Conflict['ours'];
type FieldKey = keyof typeof en.fields;

// Free text a person wrote, shown side by side; every other differing detail is counted, never shown by its column.
const SHOWN_FIELDS = Object.keys(en.fields) as FieldKey[];
// What names a record to a person: the case's reference, a person's code, an item's number.
const NAMING_FIELDS = ['reference', 'code', 'number', 'title'] as const;
// Bookkeeping both sides have their own of: not a difference the person decides about.
const NOT_COMPARED = new Set(['updated_at', 'updated_by', 'version']);

const textOf = (value: Row[string] | undefined): string | null =>
  typeof value === 'string' && !value.startsWith('{') && !value.startsWith('[') ? value : null;

/** One record both vaults changed since they last exchanged it: mine | theirs in words, Keep mine or Take theirs. */
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
  const id = useId();
  const locale = displayLocale(i18n.language);
  const { ours, theirs } = conflict;
  const naming = NAMING_FIELDS.map((field) => textOf(ours[field]) ?? textOf(theirs[field])).find(Boolean);
  const title = naming ? `${tableLabel(t, conflict.table)}: ${naming}` : tableLabel(t, conflict.table);
  const differing = Object.keys({ ...ours, ...theirs }).filter(
    (column) => !NOT_COMPARED.has(column) && JSON.stringify(ours[column]) !== JSON.stringify(theirs[column]),
  );
  const shown = SHOWN_FIELDS.filter((field) => differing.includes(field));
  const others = differing.length - shown.length;
  const when = (row: Row) => {
    const at = textOf(row['updated_at']);
    return at ? formatInstant(locale, at) : t('bundles.conflict.unknownTime');
  };
  return (
    <fieldset className="fieldset-box bundle-conflict">
      <legend>{title}</legend>
      <table className="table table-dense bundle-conflict-table">
        <caption className="visually-hidden">{t('bundles.conflict.caption', { record: title })}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('bundles.conflict.mine')}</th>
            <th scope="col">{t('bundles.conflict.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('bundles.conflict.changed')}</th>
            <td>{when(ours)}</td>
            <td>{when(theirs)}</td>
          </tr>
          {shown.map((field) => (
            <tr key={field}>
              <th scope="row">{t(`bundles.fields.${field}`)}</th>
              <td className="prewrap">{textOf(ours[field]) ?? ''}</td>
              <td className="prewrap">{textOf(theirs[field]) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {others > 0 && <p className="muted">{t('bundles.conflict.others', { count: others })}</p>}
      <div className="bundle-choice">
        <div className="check">
          <input
            id={`${id}-mine`}
            type="radio"
            name={`${id}-choice`}
            checked={!takeTheirs}
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
            onChange={() => onChange(true)}
          />
          <label htmlFor={`${id}-theirs`}>{t('bundles.conflict.takeTheirs')}</label>
        </div>
      </div>
    </fieldset>
  );
}
