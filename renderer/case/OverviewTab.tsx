import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import type { CaseRecord } from '../../shared/contract/cases.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { displayLocale, formatUncertainDate, formatWrittenDate } from '../components/format-dates.js';
import { useInstantText } from '../components/mission-time.js';
import { SensitiveTextView } from '../components/SensitiveTextField.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { CaseMilestones } from '../deadlines/CaseMilestones.js';
import { ClosureLettersWarning } from '../letters/ClosureLettersWarning.js';
import { PaternityChildren } from '../paternity/PaternityChildren.js';
import { CountExclusionPanel } from '../statistics/CountExclusionPanel.js';
import { SendCaseDialog } from '../bundles/SendCaseDialog.js';
import { ArchiveDialog } from './ArchiveDialog.js';
import { ChangeStatusDialog } from './ChangeStatusDialog.js';
import { EditCaseDialog } from './EditCaseDialog.js';
import { PaternityClaimView } from './PaternityClaimView.js';
import { StatusHistory } from './StatusHistory.js';
import { listText } from '../../shared/i18n/list-text.js';

type OpenDialog = 'edit' | 'status' | 'archive' | 'send' | null;

/** The intake as recorded, the status and its history, and the archive state; each change through a dialog. */
export function OverviewTab({
  record,
  onChanged,
  onOpenLetters,
}: {
  record: CaseRecord;
  onChanged: (record: CaseRecord) => void;
  onOpenLetters?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const ids = { intake: useId(), status: useId() };
  const locale = displayLocale(i18n.language);
  const none = <span className="muted">{t('caseFile.common.notSet')}</span>;

  const api = useApi();
  // A child recorded or updated moves the case's own claim (status, DNA sample, Member State notified).
  const refreshClaim = () => {
    void api.cases.get({ caseId: record.id }).then((result) => {
      if (result.ok) onChanged(result.value);
    });
  };

  const done = (message: string) => (changed: CaseRecord) => {
    setDialog(null);
    setNotice(message);
    onChanged(changed);
  };

  return (
    <div className="overview">
      <div className="feedback-slot" role="status">
        {notice && <p className="alert alert-success">{notice}</p>}
      </div>

      <ClosureLettersWarning caseId={record.id} status={record.status} onOpenLetters={onOpenLetters} />

      {record.archived && (
        <p className="alert alert-info">
          {t('caseFile.archive.archivedOn', {
            when: instantText(record.archived.at),
            reason: record.archived.reason,
          })}
        </p>
      )}

      <section className="panel" aria-labelledby={ids.intake}>
        <div className="panel-header">
          <h2 id={ids.intake}>{t('caseFile.overview.intakeHeading')}</h2>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setDialog('edit')}
            disabled={!!record.archived}
          >
            {t('caseFile.overview.edit')}
          </button>
        </div>
        <dl className="facts">
          <Fact label={t('caseFile.fields.summary')} wide>
            {record.summary.trim() === '' ? none : <span className="prewrap user-text">{record.summary}</span>}
          </Fact>
          <Fact label={t('caseFile.fields.dateReceived')}>
            <time dateTime={record.dateReceived}>{formatWrittenDate(locale, record.dateReceived)}</time>
          </Fact>
          <Fact label={t('caseFile.fields.reportingChannel')}>
            {t(`labels.reportingChannel.${record.reportingChannel}`)}
          </Fact>
          <Fact label={t('caseFile.fields.entity')}>{record.entity}</Fact>
          <Fact label={t('caseFile.fields.investigatingEntity')}>
            {record.investigatingEntity ? t(`labels.investigatingEntity.${record.investigatingEntity}`) : none}
          </Fact>
          <Fact label={t('caseFile.fields.location')}>
            <SensitiveTextView value={record.location} label={t('caseFile.fields.location')} />{' '}
            {record.location.text !== '' && <ConfidentialityBadge level={record.location.confidentiality} short />}
          </Fact>
          <Fact label={t('cases.columns.confidentiality')}>
            <ConfidentialityBadge level={record.confidentiality} short />
          </Fact>
          <Fact label={t('caseFile.fields.category')}>
            {record.category
              ? t('caseFile.enums.categoryOption', {
                  code: record.category,
                  label: t(`labels.caseCategory.${record.category}`),
                })
              : none}
          </Fact>
          <Fact label={t('caseFile.fields.subtype')}>
            {record.subtype ? t(`labels.caseSubtype.${record.subtype}`) : none}
          </Fact>
          <Fact label={t('caseFile.fields.allegedExchange')}>
            {record.allegedExchange.length === 0
              ? t('caseFile.overview.noExchange')
              : listText(
                  i18n.language,
                  record.allegedExchange.map((kind) => t(`labels.exchangeKind.${kind}`)),
                )}
          </Fact>
          <Fact label={t('caseFile.fields.incidentDates')}>
            <ul className="plain-list">
              {record.incidentDates.map((date, index) => (
                <li key={index}>{formatUncertainDate(t, locale, date)}</li>
              ))}
            </ul>
          </Fact>
          <Fact label={t('caseFile.fields.urgent')}>
            {record.urgent ? t('caseFile.common.yes') : t('caseFile.common.no')}
          </Fact>
          <Fact label={t('caseFile.fields.obligation')}>
            {record.reportingObligationAcknowledgedAt ? (
              t('caseFile.overview.acknowledged', {
                when: instantText(record.reportingObligationAcknowledgedAt),
              })
            ) : (
              <span className="text-warn">{t('caseFile.overview.notAcknowledged')}</span>
            )}
          </Fact>
          <Fact label={t('caseFile.fields.paternityClaim')}>
            <PaternityClaimView claim={record.paternityClaim} />
          </Fact>
          <Fact label={t('cases.columns.created')}>{instantText(record.createdAt)}</Fact>
          <Fact label={t('caseFile.overview.updated')}>{instantText(record.updatedAt)}</Fact>
        </dl>
      </section>

      <PaternityChildren caseId={record.id} archived={record.archived !== null} onChanged={refreshClaim} />

      <CountExclusionPanel record={record} onChanged={done(t('caseFile.overview.saved'))} />

      <section className="panel" aria-labelledby={ids.status}>
        <div className="panel-header">
          <h2 id={ids.status}>{t('caseFile.status.heading')}</h2>
          <div className="panel-actions">
            <button
              type="button"
              className="button button-primary button-small"
              onClick={() => setDialog('status')}
              disabled={!!record.archived}
            >
              {t('caseFile.status.change')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setDialog('archive')}>
              {record.archived ? t('caseFile.archive.restore') : t('caseFile.archive.archive')}
            </button>
            <button type="button" className="button button-secondary button-small" onClick={() => setDialog('send')}>
              {t('bundles.send.action')}
            </button>
          </div>
        </div>
        <p className="status-current">
          {t('caseFile.status.current')} <StatusBadge status={record.status} />
        </p>
        <StatusHistory history={record.statusHistory} />
      </section>

      <CaseMilestones record={record} />

      {dialog === 'edit' && (
        <EditCaseDialog record={record} onClose={() => setDialog(null)} onSaved={done(t('caseFile.overview.saved'))} />
      )}
      {dialog === 'status' && (
        <ChangeStatusDialog
          record={record}
          onClose={() => setDialog(null)}
          onChanged={done(t('caseFile.status.changed'))}
        />
      )}
      {dialog === 'send' && (
        <SendCaseDialog caseId={record.id} reference={record.reference} onClose={() => setDialog(null)} />
      )}
      {dialog === 'archive' && (
        <ArchiveDialog
          record={record}
          onClose={() => setDialog(null)}
          onDone={done(record.archived ? t('caseFile.archive.restored') : t('caseFile.archive.archivedNotice'))}
        />
      )}
    </div>
  );
}

function Fact({ label, wide = false, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'fact fact-wide' : 'fact'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
