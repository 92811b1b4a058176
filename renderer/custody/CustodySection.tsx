import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTODY_REPORT_LANGUAGES, type CustodyReportRequest } from '../../shared/contract/custody.js';
import type { EvidenceRecord, SavedFile } from '../../shared/contract/evidence.js';
import type { ApiError } from '../../shared/contract/index.js';
import type { CustodyEvent } from '../../shared/domain/evidence.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { SelectField } from '../components/SelectField.js';
import { usePagedList } from '../components/use-paged-list.js';
import { CustodyListFilters, DEFAULT_CUSTODY_VIEW, type CustodyListView } from './CustodyListFilters.js';
import { CustodyTable } from './CustodyTable.js';
import { RecordCustodyDialog } from './RecordCustodyDialog.js';

type ReportFormat = CustodyReportRequest['format'];
type ReportLanguage = CustodyReportRequest['language'];
const REPORT_FORMATS: readonly ReportFormat[] = ['pdf', 'docx'];
/** Events asked for at a time: a few screens' worth, so scrolling rarely waits. */
const PAGE_SIZE = 100;

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
  const [view, setView] = useState<CustodyListView>(DEFAULT_CUSTODY_VIEW);
  const fetchPage = useCallback(
    (after: string | undefined) =>
      api.custody.page({ itemId: record.id, ...view, limit: PAGE_SIZE, ...(after === undefined ? {} : { after }) }),
    [api, record.id, view],
  );
  const { state, reload, loadMore } = usePagedList(fetchPage);
  const chain = state.status === 'ready' ? state.loaded : null;
  // The counts came with the first page; every later page keeps them.
  const counts = chain?.counts;
  const figure = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

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
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {chain && counts?.total === 0 && <p className="muted">{t('evidence.custody.none')}</p>}
      {chain && counts && counts.total > 0 && (
        <>
          <CustodyListFilters view={view} onChange={setView} />
          <p className="virtual-list-count muted" role="status">
            {counts.matching === counts.total
              ? t('evidence.custody.list.countAll', { count: counts.total, total: figure(counts.total) })
              : t('evidence.custody.list.countSome', {
                  count: counts.total,
                  matching: figure(counts.matching),
                  total: figure(counts.total),
                })}
          </p>
          {state.status === 'ready' && <ErrorAlert error={state.error ?? null} />}
          {counts.matching === 0 ? (
            <p className="empty-state">{t('evidence.custody.list.noMatch')}</p>
          ) : (
            <CustodyTable
              key={JSON.stringify(view)}
              events={chain.rows}
              matching={counts.matching}
              itemNumber={record.number}
              onNearEnd={loadMore}
            />
          )}
        </>
      )}
      {recording && (
        <RecordCustodyDialog
          item={{ id: record.id, number: record.number, hasContent: record.contents.length > 0 }}
          onClose={() => setRecording(false)}
          onRecorded={(event) => {
            setRecording(false);
            setRecorded(event);
            reload();
            onChanged();
          }}
        />
      )}
    </section>
  );
}
