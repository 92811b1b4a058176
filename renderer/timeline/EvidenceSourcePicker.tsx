import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import { SearchCombobox, type ComboboxOption } from '../components/SearchCombobox.js';

/** Matches offered at a time: the number or a word narrows the rest. */
const SHOWN = 20;

/**
 * The evidence items an event rests on: each searched by number or words among the case's items
 * (the evidence log's own query, a few at a time, never the whole log), and listed once linked,
 * each with a button to unlink it.
 */
export function EvidenceSourcePicker({
  caseId,
  linked,
  onLink,
  onUnlink,
  disabled,
}: {
  caseId: string;
  /** The items linked so far, with the words they are shown by. */
  linked: readonly ComboboxOption[];
  onLink: (option: ComboboxOption) => void;
  onUnlink: (itemId: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const listId = useId();
  const search = useCallback(
    async (text: string) => {
      const reply = await api.evidence.page({ caseId, search: text, limit: SHOWN + linked.length });
      if (!reply.ok) return reply;
      const taken = new Set(linked.map((option) => option.value));
      const options: ComboboxOption[] = reply.value.rows
        .filter((item) => !taken.has(item.id))
        .slice(0, SHOWN)
        .map((item) => ({
          value: item.id,
          label: t('evidence.form.originalOption', { number: item.number, description: item.description }),
        }));
      return { ok: true as const, value: options };
    },
    [api, caseId, linked, t],
  );
  return (
    <fieldset className="fieldset-plain timeline-evidence-sources">
      <legend className="field-label">{t('timeline.dialog.evidence')}</legend>
      <SearchCombobox
        label={t('timeline.dialog.evidenceSearch')}
        value=""
        selectedLabel=""
        onChange={(value, label) => value !== '' && onLink({ value, label })}
        search={search}
        noMatches={t('timeline.dialog.noEvidenceMatch')}
        hint={t('timeline.dialog.evidenceSearchHint')}
        disabled={disabled}
      />
      <p className="field-label" id={listId}>
        {t('timeline.dialog.evidenceLinked')}
      </p>
      {linked.length === 0 ? (
        <p className="muted">{t('timeline.dialog.noEvidenceLinked')}</p>
      ) : (
        <ul className="timeline-linked-evidence" aria-labelledby={listId}>
          {linked.map((option) => (
            <li key={option.value}>
              {option.label}{' '}
              <button
                type="button"
                className="button button-link button-small"
                aria-label={t('timeline.dialog.unlinkLabel', { label: option.label })}
                onClick={() => onUnlink(option.value)}
                disabled={disabled}
              >
                {t('timeline.dialog.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
