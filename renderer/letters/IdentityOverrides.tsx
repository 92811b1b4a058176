import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import { CheckboxField } from '../components/CheckboxField.js';
import { SearchCombobox } from '../components/SearchCombobox.js';
import { TextField } from '../components/TextField.js';
import { useRoleSearch } from '../people/use-case-people.js';

/** A victim whose identity a referral would disclose without her consent: on, with a reason (audited). */
export interface IdentityOverride {
  code: string;
  on: boolean;
  reason: string;
}

/** The overrides chosen, by the victim's id. */
export type IdentityOverrides = Readonly<Record<string, IdentityOverride>>;

const codeOf = (person: PersonSummary): string => person.code;
// Without a recorded identity there is nothing to disclose: only those with one are read.
const WITH_IDENTITY = { filters: { identity: 'recorded' } } as const;

/**
 * The identities a referral discloses without consent: each victim searched by code among those of
 * the case whose identity is recorded (a few at a time, never the whole list), then listed with a
 * box to disclose her and the reason it needs (required while the box is ticked).
 */
export function IdentityOverridesFields({
  caseId,
  overrides,
  onChange,
  showMissing,
}: {
  caseId: string;
  overrides: IdentityOverrides;
  onChange: (next: IdentityOverrides) => void;
  showMissing: boolean;
}) {
  const { t } = useTranslation();
  const searchVictims = useRoleSearch(caseId, 'victim', codeOf, WITH_IDENTITY);
  const searchUnchosen = useCallback(
    (text: string) => searchVictims(text, new Set(Object.keys(overrides))),
    [searchVictims, overrides],
  );
  const set = (id: string, next: IdentityOverride) => onChange({ ...overrides, [id]: next });

  return (
    <fieldset className="fieldset-box letters-overrides">
      <legend>{t('letters.new.overrides')}</legend>
      <p className="alert alert-warning">{t('letters.new.overridesWarning')}</p>
      <SearchCombobox
        label={t('letters.new.overrideSearch')}
        hint={t('letters.new.overrideSearchHint')}
        value=""
        selectedLabel=""
        onChange={(id, code) => id !== '' && set(id, { code, on: true, reason: '' })}
        search={searchUnchosen}
        noMatches={t('letters.new.overrideNoMatches')}
      />
      {Object.entries(overrides).map(([id, current]) => (
        <div key={id} className="letters-override">
          <CheckboxField
            label={t('letters.new.overrideFor', { code: current.code })}
            checked={current.on}
            onChange={(on) => set(id, { ...current, on })}
          />
          {current.on && (
            <TextField
              label={t('letters.new.overrideReason', { code: current.code })}
              value={current.reason}
              onChange={(reason) => set(id, { ...current, reason })}
              rows={2}
              required
              maxLength={5000}
              error={showMissing && !current.reason.trim() ? t('letters.new.reasonRequired') : undefined}
            />
          )}
        </div>
      ))}
    </fieldset>
  );
}
