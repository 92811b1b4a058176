import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceRecord } from '../../shared/contract/evidence.js';
import type { ApiError } from '../../shared/contract/index.js';
import type { EvidenceContent } from '../../shared/domain/evidence.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useInstantText } from '../components/mission-time.js';
import { ExportContentDialog } from './ExportContentDialog.js';
import { IntakeStatus } from './IntakeStatus.js';
import { formatByteCount, formatBytes } from './transfer-figures.js';
import type { useContentIntake } from './use-content-intake.js';
import { useVerifyJob } from './use-verify-job.js';
import { VerifyProgress } from './VerifyProgress.js';

type Intake = ReturnType<typeof useContentIntake>;

function VerificationCell({ content }: { content: EvidenceContent }) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const when = content.verifiedAt ? instantText(content.verifiedAt) : null;
  if (content.verification === 'failed') {
    return (
      <span className="verification verification-failed">
        <span className="flag-mark" aria-hidden="true">
          {'✗ '}
        </span>
        {t('evidence.contents.failed', { problem: t(`labels.contentProblem.${content.problem ?? 'hash_mismatch'}`) })}
        {when && <span className="cell-sub">{when}</span>}
      </span>
    );
  }
  if (content.verification === 'verified') {
    return (
      <span className="verification verification-verified">
        <span aria-hidden="true">{'✓ '}</span>
        {t('evidence.contents.verified')}
        {when && <span className="cell-sub">{when}</span>}
      </span>
    );
  }
  return <span className="muted">{t('evidence.contents.unchecked')}</span>;
}

/**
 * An item's files: name, size, SHA-256 computed when each was read in, last check. Files are
 * added from the native dialog or by dropping them on the item; Verify decrypts and re-hashes.
 */
export function ContentsSection({
  record,
  intake,
  readOnly,
  onChanged,
}: {
  record: EvidenceRecord;
  intake: Intake;
  /** A destroyed item takes no more files. */
  readOnly: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const headingId = useId();
  const hashHeadingId = useId();
  const [choosing, setChoosing] = useState(false);
  const [chooseError, setChooseError] = useState<ApiError | null>(null);
  const [exporting, setExporting] = useState<EvidenceContent | null>(null);
  const verify = useVerifyJob(onChanged);
  const language = i18n.language;

  async function chooseFiles() {
    setChoosing(true);
    setChooseError(null);
    const chosen = await api.evidence.chooseFiles({});
    setChoosing(false);
    if (!chosen.ok) {
      setChooseError(chosen.error);
      return;
    }
    intake.add(
      record.id,
      chosen.value.files.map((file) => ({ kind: 'chosen' as const, file })),
    );
  }

  const adding = intake.running !== null;
  return (
    <section className="panel evidence-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h3 id={headingId}>{t('evidence.contents.heading')}</h3>
        <div className="panel-actions">
          {record.contents.length > 0 && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void verify.start({ itemId: record.id })}
              disabled={verify.running || adding}
            >
              {t('evidence.contents.verify')}
            </button>
          )}
          {!readOnly && (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void chooseFiles()}
              disabled={choosing}
              aria-busy={choosing || undefined}
            >
              {t('evidence.contents.addFiles')}
            </button>
          )}
        </div>
      </div>
      <ErrorAlert error={chooseError} />
      <ErrorAlert error={verify.error} />
      {verify.job && (
        <VerifyProgress
          job={verify.job}
          label={t('evidence.verify.itemLabel', { number: record.number })}
          onCancel={verify.cancel}
          onDismiss={verify.dismiss}
        />
      )}
      <IntakeStatus intake={intake} />

      {record.contents.length === 0 ? (
        <p className="muted">{readOnly ? t('evidence.contents.noneReadOnly') : t('evidence.contents.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table table-dense contents-table">
            <caption className="visually-hidden">{t('evidence.contents.caption', { number: record.number })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evidence.contents.file')}</th>
                <th scope="col">{t('evidence.contents.size')}</th>
                <th scope="col" id={hashHeadingId}>
                  {t('evidence.contents.sha256')}
                </th>
                <th scope="col">{t('evidence.contents.ingestedAt')}</th>
                <th scope="col">{t('evidence.contents.lastCheck')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('evidence.list.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {record.contents.map((content) => (
                <tr key={content.id} className={content.verification === 'failed' ? 'row-flagged' : undefined}>
                  <th scope="row" className="content-name">
                    {content.fileName}
                  </th>
                  <td className="nowrap">
                    {formatBytes(language, content.size)}
                    <span className="cell-sub">{formatByteCount(language, content.size)}</span>
                  </td>
                  <td>
                    <code className="sha256" aria-describedby={hashHeadingId}>
                      {content.sha256}
                    </code>
                    <span className="cell-sub">
                      {content.provenance === undefined && t('evidence.contents.unsigned')}
                      {content.provenance?.atIngest === true &&
                        t('evidence.contents.signed', { fingerprint: content.provenance.signerFingerprint })}
                      {content.provenance?.atIngest === false &&
                        t('evidence.contents.signedLate', {
                          fingerprint: content.provenance.signerFingerprint,
                          at: instantText(content.provenance.signedAt),
                        })}
                    </span>
                  </td>
                  <td className="nowrap">{instantText(content.ingestedAt)}</td>
                  <td>
                    <VerificationCell content={content} />
                  </td>
                  <td className="cell-action">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => setExporting(content)}
                      aria-label={t('evidence.contents.exportLabel', { file: content.fileName })}
                    >
                      {t('evidence.contents.export')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!readOnly && <p className={`drop-hint${adding ? ' drop-hint-busy' : ''}`}>{t('evidence.contents.dropHint')}</p>}
      {exporting && (
        <ExportContentDialog
          itemId={record.id}
          itemNumber={record.number}
          content={exporting}
          onClose={() => setExporting(null)}
          onFinished={onChanged}
        />
      )}
    </section>
  );
}
