import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTODY_REPORT_LANGUAGES, type CustodyReportRequest } from '../../shared/contract/custody.js';
import type { EvidenceRecord, SavedFile } from '../../shared/contract/evidence.js';
import type { ApiError } from '../../shared/contract/index.js';
import type { CustodyEvent, CustodyHashCheck } from '../../shared/domain/evidence.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { SelectField } from '../components/SelectField.js';
import type { MessageParams } from '../../shared/i18n/catalogue.js';
import { custodyEventWords, type CustodyEventWords } from '../../shared/i18n/custody-words.js';
import { formatInstant } from '../people/local-time.js';
import { RecordCustodyDialog } from './RecordCustodyDialog.js';

function HashChecks({ checks }: { checks: readonly CustodyHashCheck[] }) {
  const { t } = useTranslation();
  if (checks.length === 0) return <span className="muted">{t('evidence.custody.noCheck')}</span>;
  return (
    <ul className="hash-checks">
      {checks.map((check) => (
        <li key={check.contentId} className={`hash-check hash-check-${check.result}`}>
          <span className="hash-check-result">
            <span aria-hidden="true">{check.result === 'match' ? '✓ ' : '✗ '}</span>
            {check.result === 'match'
              ? t('evidence.custody.checkMatch', { file: check.fileName })
              : t('evidence.custody.checkFailed', {
                  file: check.fileName,
                  problem: t(`labels.contentProblem.${check.problem ?? 'hash_mismatch'}`),
                })}
          </span>
          <code className="sha256 sha256-small">{check.sha256}</code>
        </li>
      ))}
    </ul>
  );
}

/** An event's purpose and holders in the screen's language: a hand-over's codes in words, what a person wrote as is. */
function useEventWords(): (event: CustodyEvent) => CustodyEventWords {
  const { t } = useTranslation();
  // The catalogue's keys are checked by custody-words.ts's callers in the core; here they are looked up as text.
  const say = t as unknown as (key: string, params?: MessageParams) => string;
  return (event) => custodyEventWords((key, params) => say(`messages.${key}`, params), event);
}

function Holders({ said }: { said: CustodyEventWords }) {
  const { t } = useTranslation();
  if (said.from === undefined && said.to === undefined)
    return <span className="muted">{t('evidence.custody.noHolders')}</span>;
  return (
    <span className="holders">
      {said.from ?? t('evidence.custody.unnamed')}
      <span className="holders-arrow" aria-hidden="true">
        {' → '}
      </span>
      <span className="visually-hidden">{` ${t('evidence.custody.to')} `}</span>
      {said.to ?? t('evidence.custody.unnamed')}
    </span>
  );
}

type ReportFormat = CustodyReportRequest['format'];
type ReportLanguage = CustodyReportRequest['language'];
const REPORT_FORMATS: readonly ReportFormat[] = ['pdf', 'docx'];
const isReportLanguage = (language: string): language is ReportLanguage =>
  (CUSTODY_REPORT_LANGUAGES as readonly string[]).includes(language);

/**
 * An item's chain of custody, oldest first: every hand, seal, opening and check, with the
 * result of each hash re-check. New links are appended; the report lists them all, as a PDF or
 * DOCX in the language chosen (the screens' language first).
 */
export function CustodySection({
  record,
  readOnly,
  onChanged,
}: {
  record: EvidenceRecord;
  readOnly: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const wordsOf = useEventWords();
  const api = useApi();
  const headingId = useId();
  const [recording, setRecording] = useState(false);
  const [recorded, setRecorded] = useState<CustodyEvent | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [language, setLanguage] = useState<ReportLanguage>(() =>
    isReportLanguage(i18n.language) ? i18n.language : 'en',
  );
  const [reporting, setReporting] = useState(false);
  const [report, setReport] = useState<Extract<SavedFile, { cancelled: false }> | null>(null);
  /** Which report was saved last: the item's custody report or the case's verification report. */
  const [reportKind, setReportKind] = useState<'custody' | 'verification'>('custody');
  const [error, setError] = useState<ApiError | null>(null);

  async function writeReport() {
    setReporting(true);
    setError(null);
    setReport(null);
    const result = await api.custody.report({ itemId: record.id, format, language });
    setReporting(false);
    if (!result.ok) setError(result.error);
    else if (!result.value.cancelled) {
      setReportKind('custody');
      setReport(result.value);
      setChoosing(false);
    }
  }

  /** The whole case's verification report (every item's hashes and signatures), in the same file and language. */
  async function writeVerificationReport() {
    setReporting(true);
    setError(null);
    setReport(null);
    const result = await api.custody.verificationReport({ caseId: record.caseId, format, language });
    setReporting(false);
    if (!result.ok) setError(result.error);
    else if (!result.value.saved.cancelled) {
      setReportKind('verification');
      setReport(result.value.saved);
      setChoosing(false);
    }
  }

  return (
    <section className="panel evidence-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h3 id={headingId}>{t('evidence.custody.heading')}</h3>
        <div className="panel-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setChoosing((open) => !open)}
            aria-expanded={choosing}
          >
            {t('evidence.custody.report')}
          </button>
          {!readOnly && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setRecorded(null);
                setRecording(true);
              }}
            >
              {t('evidence.custody.recordButton')}
            </button>
          )}
        </div>
      </div>
      {choosing && (
        <form
          className="custody-report-options"
          aria-label={t('evidence.custody.reportOptions')}
          onSubmit={(event) => {
            event.preventDefault();
            void writeReport();
          }}
        >
          <SelectField
            label={t('evidence.custody.reportFormat')}
            value={format}
            options={REPORT_FORMATS.map((value) => ({
              value,
              label: t(value === 'pdf' ? 'letters.new.formatPdf' : 'letters.new.formatDocx'),
            }))}
            onChange={(value) => value && setFormat(value)}
          />
          <SelectField
            label={t('evidence.custody.reportLanguage')}
            value={language}
            options={CUSTODY_REPORT_LANGUAGES.map((value) => ({ value, label: t(`labels.documentLanguage.${value}`) }))}
            onChange={(value) => value && setLanguage(value)}
          />
          <button
            type="submit"
            className="button button-primary"
            disabled={reporting}
            aria-busy={reporting || undefined}
          >
            {t('evidence.custody.reportSave')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={reporting}
            onClick={() => void writeVerificationReport()}
          >
            {t('evidence.custody.verificationSave')}
          </button>
        </form>
      )}
      <ErrorAlert error={error} />
      {report && (
        <p className="alert alert-success" role="status">
          {reportKind === 'custody' ? t('evidence.custody.reportSaved') : t('evidence.custody.verificationSaved')}{' '}
          <span className="mono export-path">{report.path}</span>
        </p>
      )}
      {recorded && (
        <p className="alert alert-success" role="status">
          {t('evidence.custody.recorded', {
            sequence: recorded.sequence,
            kind: t(`labels.custodyEventKind.${recorded.kind}`),
          })}
        </p>
      )}
      {record.custody.length === 0 ? (
        <p className="muted">{t('evidence.custody.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table-dense custody-table">
            <caption className="visually-hidden">{t('evidence.custody.caption', { number: record.number })}</caption>
            <thead>
              <tr>
                <th scope="col" className="col-narrow">
                  {t('evidence.custody.columns.sequence')}
                </th>
                <th scope="col">{t('evidence.custody.columns.at')}</th>
                <th scope="col">{t('evidence.custody.columns.kind')}</th>
                <th scope="col">{t('evidence.custody.columns.holders')}</th>
                <th scope="col">{t('evidence.custody.columns.persons')}</th>
                <th scope="col">{t('evidence.custody.columns.purpose')}</th>
                <th scope="col">{t('evidence.custody.columns.seal')}</th>
                <th scope="col">{t('evidence.custody.columns.hashCheck')}</th>
              </tr>
            </thead>
            <tbody>
              {record.custody.map((event) => (
                <tr
                  key={event.id}
                  className={event.hashChecks.some((check) => check.result === 'failed') ? 'row-flagged' : undefined}
                >
                  <td className="col-narrow mono">{event.sequence}</td>
                  <td className="nowrap">{formatInstant(event.at, i18n.language, event.timeZone)}</td>
                  <th scope="row" className="custody-kind">
                    {t(`labels.custodyEventKind.${event.kind}`)}
                  </th>
                  <td>
                    <Holders said={wordsOf(event)} />
                  </td>
                  <td>
                    {event.persons.length > 0 ? (
                      event.persons.join(', ')
                    ) : (
                      <span className="muted">{t('evidence.custody.noPersons')}</span>
                    )}
                  </td>
                  <td>
                    {wordsOf(event).purpose}
                    {event.location && (
                      <span className="cell-sub">{t('evidence.custody.atLocation', { location: event.location })}</span>
                    )}
                    {event.note && <span className="cell-sub">{event.note}</span>}
                  </td>
                  <td className="mono">{event.sealNumber ?? ''}</td>
                  <td>
                    <HashChecks checks={event.hashChecks} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {recording && (
        <RecordCustodyDialog
          item={{ id: record.id, number: record.number, hasContent: record.contents.length > 0 }}
          onClose={() => setRecording(false)}
          onRecorded={(event) => {
            setRecording(false);
            setRecorded(event);
            onChanged();
          }}
        />
      )}
    </section>
  );
}
