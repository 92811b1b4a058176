import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceRecord } from '../../shared/contract/evidence.js';
import { formatUncertainDate } from '../components/format-dates.js';
import { SensitiveTextView } from '../components/SensitiveTextField.js';
import { useInstantText } from '../components/mission-time.js';
import { CodeList } from '../components/CodeList.js';
import { useInterviewLabel } from '../interviews/use-case-interviews.js';
import { usePeopleCodes } from '../people/use-case-people.js';
import { listText } from '../../shared/i18n/list-text.js';

function Fact({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'fact fact-wide' : 'fact'}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** An item's recorded fields; people and interviews by pseudonym code, the place masked until shown. */
export function EvidenceFacts({ record, onOpen }: { record: EvidenceRecord; onOpen: (itemId: string) => void }) {
  const { t, i18n } = useTranslation();
  const instantText = useInstantText();
  const headingId = useId();
  const language = i18n.language;
  const { caseId, originalId } = record;
  // Only the codes of the people the item is linked to are read, never the whole case's; its
  // interviews come with the item, each with its code, status and date.
  const codes = usePeopleCodes(caseId, record.personIds);
  const interviewLabel = useInterviewLabel();
  const notRecorded = <span className="muted">{t('evidence.detail.notRecorded')}</span>;

  const personCodes = record.personIds
    .flatMap((id) => (codes[id] === undefined ? [] : [codes[id]]))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

  return (
    <section className="panel evidence-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('evidence.detail.factsHeading')}</h3>
      <dl className="facts">
        <Fact label={t('evidence.fields.description')} wide>
          <span className="evidence-description-full user-text">{record.description}</span>
        </Fact>
        <Fact label={t('evidence.fields.collectedAt')}>
          {instantText(record.collectedAt, record.timeZone)}
          {record.timeZone && <span className="cell-sub">{record.timeZone.replace(/_/g, ' ')}</span>}
        </Fact>
        <Fact label={t('evidence.fields.collectedBy')}>{record.collectedBy ?? notRecorded}</Fact>
        <Fact label={t('evidence.fields.collectedWhere')}>
          {record.collectedWhere ? (
            <SensitiveTextView value={record.collectedWhere} label={t('evidence.fields.collectedWhere')} />
          ) : (
            notRecorded
          )}
        </Fact>
        <Fact label={t('evidence.fields.copyRole')}>
          {t(`labels.copyRole.${record.copyRole}`)}
          {originalId && record.originalNumber && (
            <span className="cell-sub">
              {t('evidence.detail.madeFrom')}{' '}
              <button type="button" className="button button-link button-small" onClick={() => onOpen(originalId)}>
                {record.originalNumber}
              </button>
            </span>
          )}
          {record.copies.length > 0 && (
            <span className="cell-sub">
              {t('evidence.detail.copies')}{' '}
              {record.copies.map((copy) => (
                <button
                  key={copy.id}
                  type="button"
                  className="button button-link button-small copy-link"
                  onClick={() => onOpen(copy.id)}
                >
                  {copy.number}
                </button>
              ))}
            </span>
          )}
        </Fact>
        <Fact label={t('evidence.fields.storageLocation')}>
          {record.storageLocation === '' ? notRecorded : record.storageLocation}
        </Fact>
        <Fact label={t('evidence.fields.status')}>{t(`labels.evidenceStatus.${record.status}`)}</Fact>
        <Fact label={t('evidence.fields.markers')}>
          {record.markers.length === 0
            ? t('evidence.detail.noMarkers')
            : listText(
                language,
                record.markers.map((marker) => t(`evidence.enums.markerLong.${marker}`)),
              )}
        </Fact>
        {record.recordedAt && (
          <Fact label={t('evidence.fields.recordedAt')}>{formatUncertainDate(t, language, record.recordedAt)}</Fact>
        )}
        {record.identifiedAt && (
          <Fact label={t('evidence.fields.identifiedAt')}>{instantText(record.identifiedAt, record.timeZone)}</Fact>
        )}
        <Fact label={t('evidence.fields.people')}>
          {record.personIds.length === 0 ? (
            t('evidence.detail.noLinks')
          ) : (
            <span className="mono">
              <CodeList codes={personCodes} />
            </span>
          )}
        </Fact>
        <Fact label={t('evidence.fields.interviews')}>
          {record.linkedInterviews.length === 0 ? (
            t('evidence.detail.noLinks')
          ) : (
            <ul className="linked-interviews">
              {record.linkedInterviews.map((interview) => (
                <li key={interview.id}>{interviewLabel(interview)}</li>
              ))}
            </ul>
          )}
        </Fact>
      </dl>
    </section>
  );
}
