import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import { SearchCombobox, type ComboboxOption } from '../components/SearchCombobox.js';

/** Matches offered at a time: the number or a word narrows the rest. */
const SHOWN = 20;

/**
 * The evidentiary original a working copy is made from, searched by number or words among the
 * originals of the case (the evidence log's own query), never the whole log at once. The item
 * being edited is never offered: it cannot be a copy of itself.
 */
export function OriginalPicker({
  caseId,
  itemId,
  value,
  initialLabel,
  onChange,
  error,
  disabled,
}: {
  caseId: string;
  /** The item being edited, if any. */
  itemId?: string;
  value: string;
  /** The chosen original's number when the form opens. */
  initialLabel: string;
  onChange: (originalId: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [label, setLabel] = useState(initialLabel);
  const search = useCallback(
    async (text: string) => {
      const reply = await api.evidence.page({
        caseId,
        filters: { copyRole: 'evidentiary_original' },
        search: text,
        limit: SHOWN + 1,
      });
      if (!reply.ok) return reply;
      const options: ComboboxOption[] = reply.value.rows
        .filter((item) => item.id !== itemId)
        .slice(0, SHOWN)
        .map((item) => ({
          value: item.id,
          label: t('evidence.form.originalOption', { number: item.number, description: item.description }),
        }));
      return { ok: true as const, value: options };
    },
    [api, caseId, itemId, t],
  );
  return (
    <SearchCombobox
      label={t('evidence.fields.original')}
      value={value}
      selectedLabel={label}
      onChange={(originalId, chosen) => {
        setLabel(chosen);
        onChange(originalId);
      }}
      search={search}
      noMatches={t('evidence.form.noOriginals')}
      hint={t('evidence.form.originalHint')}
      error={error}
      required
      disabled={disabled}
    />
  );
}
