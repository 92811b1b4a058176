import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../shared/contract/people.js';
import { IDENTITY_FIELDS, type IdentityField, type PersonIdentity } from '../../shared/domain/person.js';
import type { UncertainDate } from '../../shared/domain/uncertain-date.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { useFocusOnArrival } from '../components/focus-on-arrival.js';
import { displayLocale } from '../components/format-dates.js';
import { dateTimeFormat } from '../i18n/date-conventions.js';
import { TextField } from '../components/TextField.js';
import {
  draftFromIdentity,
  emptyIdentityDraft,
  identityFromDraft,
  type IdentityDraft,
  type IdentityTextField,
} from './identity-draft.js';
import { IdentityFields } from './IdentityFields.js';
import { formatCalendarDay } from './local-time.js';
import { DialogActions } from '../components/DialogActions.js';
import { useSubmit } from '../components/use-submit.js';
import { listText } from '../../shared/i18n/list-text.js';

/**
 * hidden: only which fields are recorded is known. revealed: the values, fetched by an audited
 * reveal and held in this component's state alone, so leaving the person or locking drops them.
 */
type PanelState =
  | { mode: 'hidden' }
  | { mode: 'asking' }
  | { mode: 'revealed'; identity: PersonIdentity }
  | { mode: 'editing'; draft: IdentityDraft };

function birthText(date: UncertainDate, language: string): string {
  switch (date.precision) {
    case 'day':
      return formatCalendarDay(date.from, language);
    case 'month':
      return dateTimeFormat(displayLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${date.from}-01T00:00:00Z`),
      );
    case 'year':
      return date.from;
    default:
      return '';
  }
}

export function IdentityPanel({
  person,
  onChanged,
}: {
  person: PersonSummary;
  onChanged: (person: PersonSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [state, setState] = useState<PanelState>({ mode: 'hidden' });
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [invalid, setInvalid] = useState<('dateOfBirth' | IdentityTextField)[]>([]);
  const { busy, error, send, dismiss } = useSubmit();
  const [saved, setSaved] = useState(false);
  const recorded = person.identityRecorded;
  const revealed = state.mode === 'revealed';
  const reasonRef = useRef<HTMLElement>(null);
  // The Reveal button gives way to the form: the keyboard goes on in its reason field, not back to the page.
  useFocusOnArrival(reasonRef, state.mode === 'asking');

  // Someone walking up to an unattended screen finds the identity hidden again.
  useEffect(() => {
    if (!revealed) return undefined;
    const hideWhenAway = () => {
      if (document.visibilityState === 'hidden') setState({ mode: 'hidden' });
    };
    document.addEventListener('visibilitychange', hideWhenAway);
    return () => document.removeEventListener('visibilitychange', hideWhenAway);
  }, [revealed]);
  const fieldName = (field: IdentityField) => t(`labels.identityField.${field}`);

  async function reveal(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    await send(
      () => api.people.revealIdentity({ personId: person.id, reason: reason.trim() }),
      (value) => {
        setReason('');
        setState({ mode: 'revealed', identity: value.identity });
      },
    );
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || state.mode !== 'editing') return;
    const checked = identityFromDraft(state.draft);
    setInvalid(checked.ok ? [] : checked.invalid);
    if (!checked.ok) return;
    await send(
      () => api.people.setIdentity({ personId: person.id, identity: checked.identity }),
      (value) => {
        setState({ mode: 'hidden' });
        setSaved(true);
        onChanged(value);
      },
    );
  }

  const hide = () => {
    setState({ mode: 'hidden' });
    dismiss();
  };

  return (
    <section className="panel identity-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h3 id={headingId}>
          {t('people.identity.heading')} <ConfidentialityBadge level="strictly_confidential" short />
        </h3>
        {state.mode === 'hidden' && (
          <div className="actions actions-inline">
            {recorded.length > 0 ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setSaved(false);
                  setReasonMissing(false);
                  setState({ mode: 'asking' });
                }}
              >
                {t('people.identity.reveal')}
              </button>
            ) : (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setSaved(false);
                  setInvalid([]);
                  setState({ mode: 'editing', draft: emptyIdentityDraft() });
                }}
              >
                {t('people.identity.record')}
              </button>
            )}
          </div>
        )}
        {state.mode === 'revealed' && (
          <div className="actions actions-inline">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setInvalid([]);
                setState({ mode: 'editing', draft: draftFromIdentity(state.identity) });
              }}
            >
              {t('people.identity.edit')}
            </button>
            <button type="button" className="button button-primary" onClick={hide}>
              {t('people.identity.hide')}
            </button>
          </div>
        )}
      </div>

      {saved && (
        <p className="alert alert-success" role="status">
          {t('people.identity.saved')}
        </p>
      )}

      {(state.mode === 'hidden' || state.mode === 'asking') && (
        <p className="identity-summary">
          {recorded.length > 0
            ? t('people.identity.recordedFields', { fields: listText(i18n.language, recorded.map(fieldName)) })
            : t('people.identity.nothingRecorded')}
        </p>
      )}

      {state.mode === 'asking' && (
        <form
          className="form reveal-form"
          onSubmit={(event) => void reveal(event)}
          noValidate
          aria-label={t('people.identity.revealForm')}
        >
          <ErrorSummary />
          <TextField
            label={t('people.identity.reasonLabel')}
            value={reason}
            onChange={(value) => {
              setReason(value);
              setReasonMissing(false);
            }}
            hint={t('people.identity.reasonHint')}
            error={reasonMissing ? t('people.identity.reasonRequired') : undefined}
            required
            rows={2}
            maxLength={5_000}
            ref={reasonRef}
            disabled={busy}
          />
          <div className="actions actions-start">
            <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
              {t('people.identity.revealSubmit')}
            </button>
            <button type="button" className="button button-secondary" onClick={hide} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}

      {state.mode === 'revealed' && (
        <>
          <p className="note">{t('people.identity.revealedNote')}</p>
          <dl className="facts identity-values">
            {IDENTITY_FIELDS.filter((field) => state.identity[field] !== undefined).map((field) => {
              const value = state.identity[field];
              return (
                <div key={field} className="fact">
                  <dt>{fieldName(field)}</dt>
                  <dd>{typeof value === 'string' ? value : value ? birthText(value, i18n.language) : ''}</dd>
                </div>
              );
            })}
          </dl>
        </>
      )}

      {state.mode === 'editing' && (
        <form
          className="form"
          onSubmit={(event) => void save(event)}
          noValidate
          aria-label={t('people.identity.editForm')}
        >
          <ErrorSummary />
          <IdentityFields
            role={person.profile.role}
            draft={state.draft}
            onChange={(patch) =>
              setState((current) =>
                current.mode === 'editing' ? { mode: 'editing', draft: { ...current.draft, ...patch } } : current,
              )
            }
            invalid={invalid}
            disabled={busy}
          />
          <DialogActions submitLabel={t('people.identity.save')} busy={busy} onCancel={hide} />
        </form>
      )}

      <ErrorAlert error={error} />
    </section>
  );
}
