import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaternityChild } from '../../shared/domain/paternity.js';
import { useApi } from '../api/context.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { displayLocale, formatUncertainDate, formatWrittenDate } from '../components/format-dates.js';
import { useLoaded } from '../components/use-loaded.js';
import { ChildDialog } from './ChildDialog.js';

/**
 * The children of a case's paternity claim. Strictly confidential by default, so the records stay
 * folded until someone asks to see them; each one is updated step by step as the claim moves.
 */
export function PaternityChildren({
  caseId,
  archived,
  onChanged,
}: {
  caseId: string;
  archived: boolean;
  /** A child was recorded or updated: the case's own claim follows it. */
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const listId = useId();
  const locale = displayLocale(i18n.language);
  const [shown, setShown] = useState(false);
  const [editing, setEditing] = useState<PaternityChild | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    const children = await api.paternity.list({ caseId });
    return children.ok ? { ok: true as const, value: children.value.items } : children;
  }, [api, caseId]);
  const { state, reload } = useLoaded<PaternityChild[]>(load);
  const children = state.status === 'ready' ? state.value : [];

  const date = (day: string | undefined) => (day === undefined ? '' : formatWrittenDate(locale, day));
  const stepsOf = (child: PaternityChild): string => {
    const steps = [
      child.dna.sampleTakenOn && t('paternity.steps.dnaTaken', { date: date(child.dna.sampleTakenOn) }),
      child.dna.sampleSentOn && t('paternity.steps.dnaSent', { date: date(child.dna.sampleSentOn) }),
      child.dna.result &&
        t('paternity.steps.dnaResult', {
          result: t(`labels.dnaResult.${child.dna.result}`),
          date: date(child.dna.resultOn),
        }),
      child.memberStateContact &&
        t('paternity.steps.contacted', {
          date: date(child.memberStateContact.on),
          how: t(`labels.stateContactChannel.${child.memberStateContact.how}`),
        }),
      child.support.orderedOn && t('paternity.steps.supportOrdered', { date: date(child.support.orderedOn) }),
      child.support.lastPaidOn && t('paternity.steps.supportPaid', { date: date(child.support.lastPaidOn) }),
    ].filter(Boolean);
    return steps.length === 0 ? t('paternity.steps.none') : steps.join(' · ');
  };

  function saved(child: PaternityChild) {
    setNotice(
      editing === 'new' ? t('paternity.added', { code: child.code }) : t('paternity.updated', { code: child.code }),
    );
    setEditing(null);
    setShown(true);
    void reload();
    onChanged();
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h2 id={headingId}>{t('paternity.heading')}</h2>
        {!archived && (
          <div className="panel-actions">
            <button type="button" className="button button-primary button-small" onClick={() => setEditing('new')}>
              {t('paternity.add')}
            </button>
          </div>
        )}
      </div>
      <div className="feedback-slot" role="status">
        {notice && <p className="alert alert-success">{notice}</p>}
      </div>
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && children.length === 0 && <p className="muted">{t('paternity.none')}</p>}
      {children.length > 0 && (
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={shown}
          aria-controls={listId}
          onClick={() => setShown((open) => !open)}
        >
          {shown ? t('paternity.hide') : t('paternity.show', { count: children.length })}
        </button>
      )}
      <div id={listId} hidden={!shown}>
        {shown && children.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('paternity.columns.child')}</th>
                <th scope="col">{t('paternity.columns.mother')}</th>
                <th scope="col">{t('paternity.columns.subject')}</th>
                <th scope="col">{t('paternity.columns.born')}</th>
                <th scope="col">{t('paternity.columns.status')}</th>
                <th scope="col">{t('paternity.columns.steps')}</th>
                <th scope="col">{t('paternity.columns.confidentiality')}</th>
                {!archived && <th scope="col">{t('paternity.columns.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {children.map((child) => (
                <tr key={child.id}>
                  <th scope="row">{child.code}</th>
                  <td>{child.motherCode}</td>
                  <td>{child.subjectCode}</td>
                  <td>{formatUncertainDate(t, locale, child.birth)}</td>
                  <td>{t(`labels.paternityChildStatus.${child.status}`)}</td>
                  <td>{stepsOf(child)}</td>
                  <td>
                    <ConfidentialityBadge level={child.confidentiality} short />
                  </td>
                  {!archived && (
                    <td>
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => setEditing(child)}
                      >
                        {t('paternity.edit', { code: child.code })}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {editing !== null && state.status === 'ready' && (
        <ChildDialog
          caseId={caseId}
          {...(editing === 'new' ? {} : { child: editing })}
          onClose={() => setEditing(null)}
          onSaved={saved}
        />
      )}
    </section>
  );
}
