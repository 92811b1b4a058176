import { useCallback, useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceRecord } from '../../shared/contract/evidence.js';
import { isFinalEvidenceStatus } from '../../shared/domain/evidence.js';
import { useApi } from '../api/context.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { useLoaded } from '../components/use-loaded.js';
import { CustodySection } from '../custody/CustodySection.js';
import { ContentsSection } from './ContentsSection.js';
import { EvidenceFacts } from './EvidenceFacts.js';
import { EvidenceFormDialog } from './EvidenceFormDialog.js';
import { IntegrityBadge } from './IntegrityBadge.js';
import { ItemDeadlines } from './ItemDeadlines.js';
import { useContentIntake } from './use-content-intake.js';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer.types.includes('Files');

/**
 * One evidence item: its fields, its files (dropped anywhere on it, or chosen), its chain of
 * custody and the clocks it runs. A destroyed item is shown as it was, read-only.
 */
export function EvidenceDetail({
  caseId,
  caseClosedAt = null,
  itemId,
  notice,
  onBack,
  onChanged,
  onOpen,
}: {
  caseId: string;
  /** When the case was closed (null while open): deadlines are then shown as outcomes. */
  caseClosedAt?: string | null;
  itemId: string;
  /** A confirmation to show on arrival (the item was just logged). */
  notice?: string;
  onBack: () => void;
  /** The log changed (files, status, fields): the list behind this screen reloads. */
  onChanged: () => void;
  onOpen: (itemId: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [edited, setEdited] = useState<EvidenceRecord | null>(null);
  const [dragging, setDragging] = useState(false);

  const load = useCallback(() => api.evidence.get({ itemId }), [api, itemId]);
  const { state, reload } = useLoaded(load);
  const record = edited ?? (state.status === 'ready' ? state.value : null);
  const refresh = useCallback(() => {
    setEdited(null);
    void reload();
    onChanged();
  }, [reload, onChanged]);
  const intake = useContentIntake(refresh);

  if (!record) {
    return (
      <div>
        <button type="button" className="button button-link back-link" onClick={onBack}>
          {t('evidence.detail.back')}
        </button>
        {state.status === 'loading' && (
          <p className="muted" role="status">
            {t('evidence.detail.loading')}
          </p>
        )}
        {state.status === 'failed' && <ErrorAlert error={state.error} />}
      </div>
    );
  }

  const readOnly = isFinalEvidenceStatus(record.status);
  // Files dropped here never fall through to the window, which would try to open them.
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = readOnly ? 'none' : 'copy';
    if (!readOnly) setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setDragging(false);
    if (readOnly) return;
    const files = [...event.dataTransfer.files];
    intake.add(
      record.id,
      files.map((file) => ({ kind: 'dropped' as const, file })),
    );
  };

  return (
    // Files can be dropped anywhere on the item, a pointer's shortcut: the keyboard chooses them with a button.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- drag and drop only
    <article
      className={`evidence-detail${dragging ? ' evidence-detail-dragging' : ''}`}
      aria-labelledby={headingId}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        // Leaving for a child is not leaving the item.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <button type="button" className="button button-link back-link" onClick={onBack}>
        {t('evidence.detail.back')}
      </button>
      <header className="panel-header evidence-detail-header">
        <div>
          <h2 id={headingId} className="evidence-heading">
            <span className="mono">{record.number}</span>
            <span className="evidence-heading-type">{t(`labels.evidenceType.${record.type}`)}</span>
          </h2>
          <div className="case-badges">
            <span className={`badge badge-evidence-status badge-evidence-${record.status}`}>
              {t(`labels.evidenceStatus.${record.status}`)}
            </span>
            <span className="badge">{t(`labels.copyRole.${record.copyRole}`)}</span>
            <ConfidentialityBadge level={record.confidentiality} short />
            <IntegrityBadge integrity={record.integrity} />
          </div>
        </div>
        {!readOnly && (
          <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
            {t('evidence.detail.edit')}
          </button>
        )}
      </header>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      {readOnly && <p className="alert alert-info">{t('evidence.detail.destroyed')}</p>}
      {record.integrity === 'failed' && (
        <p className="alert alert-error" role="alert">
          {t('evidence.detail.integrityFailed')}
        </p>
      )}

      <EvidenceFacts record={record} onOpen={onOpen} />
      <ContentsSection record={record} intake={intake} readOnly={readOnly} onChanged={refresh} />
      <CustodySection record={record} readOnly={readOnly} onChanged={refresh} />
      <ItemDeadlines caseId={caseId} item={record} version={record.updatedAt} caseClosedAt={caseClosedAt} />

      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('evidence.detail.dropHere', { number: record.number })}</p>
        </div>
      )}
      {editing && (
        <EvidenceFormDialog
          caseId={caseId}
          record={record}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setEdited(saved);
            onChanged();
          }}
        />
      )}
    </article>
  );
}
