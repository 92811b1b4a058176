import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewRecord } from '../../shared/contract/interviews.js';
import type { RichText } from '../../shared/domain/rich-text.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { TextField } from '../components/TextField.js';
import { useInstantText } from '../components/mission-time.js';
import { RichTextEditor } from './rich-text/RichTextEditor.js';
import { RichTextView } from './rich-text/RichTextView.js';
import { useSubmit } from '../components/use-submit.js';

interface Version {
  number: number;
  at: string;
  reason?: string;
  notes: RichText;
}

/** Version 1 is the signed notes; each amendment adds the next, with its reason. */
function versionsOf(interview: InterviewRecord): Version[] {
  const signed: Version[] = interview.signedAt ? [{ number: 1, at: interview.signedAt, notes: interview.notes }] : [];
  return [
    ...signed,
    ...interview.amendments.map((amendment) => ({
      number: amendment.version,
      at: amendment.amendedAt,
      reason: amendment.reason,
      notes: amendment.notes,
    })),
  ];
}

/** A signed interview: every version readable, the latest open; changes only as amendments. */
export function SignedRecord({
  interview,
  onChanged,
}: {
  interview: InterviewRecord;
  onChanged: (interview: InterviewRecord) => void;
}) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const headingId = useId();
  const versions = versionsOf(interview);
  const latest = versions[versions.length - 1];
  const [amending, setAmending] = useState(false);
  const [notes, setNotes] = useState<RichText | null>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const { busy, error, send } = useSubmit();
  const [amended, setAmended] = useState<number | null>(null);

  async function amend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !latest) return;
    if (reason.trim() === '') {
      setReasonMissing(true);
      return;
    }
    await send(
      () =>
        api.interviews.amend({
          interviewId: interview.id,
          notes: notes ?? latest.notes,
          reason: reason.trim(),
        }),
      (value) => {
        setAmending(false);
        setNotes(null);
        setReason('');
        setAmended(value.amendments.length + 1);
        onChanged(value);
      },
    );
  }

  const heading = (version: Version) =>
    version.number === 1
      ? t('interviews.versions.signed', {
          number: version.number,
          at: instantText(version.at, interview.timeZone),
        })
      : t('interviews.versions.amendment', {
          number: version.number,
          at: instantText(version.at, interview.timeZone),
        });

  return (
    <section className="panel versions-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <h3 id={headingId}>{t('interviews.versions.heading')}</h3>
        {!amending && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setAmended(null);
              setReasonMissing(false);
              setAmending(true);
            }}
          >
            {t('interviews.versions.amend')}
          </button>
        )}
      </div>
      <p className="muted">{t('interviews.versions.readOnly')}</p>
      {amended !== null && (
        <p className="alert alert-success" role="status">
          {t('interviews.versions.amended', { number: amended })}
        </p>
      )}

      {amending && latest && (
        <form
          className="form amend-form"
          onSubmit={(event) => void amend(event)}
          noValidate
          aria-label={t('interviews.versions.amendForm')}
        >
          <ErrorSummary />
          <p className="note">{t('interviews.versions.amendExplained', { number: latest.number + 1 })}</p>
          <RichTextEditor initial={latest.notes} label={t('interviews.versions.amendedNotes')} onChange={setNotes} />
          <TextField
            label={t('interviews.versions.reason')}
            value={reason}
            onChange={(value) => {
              setReason(value);
              setReasonMissing(false);
            }}
            hint={t('interviews.versions.reasonHint')}
            error={reasonMissing ? t('interviews.versions.reasonRequired') : undefined}
            required
            rows={2}
            maxLength={5_000}
            disabled={busy}
          />
          <ErrorAlert error={error} />
          <div className="actions actions-start">
            <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
              {t('interviews.versions.saveAmendment')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setAmending(false);
                setNotes(null);
              }}
              disabled={busy}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}

      <ol className="versions" reversed>
        {[...versions].reverse().map((version) => (
          <li key={version.number}>
            <details className="version" open={version === latest}>
              <summary>
                <span className="version-title">{heading(version)}</span>
                {version.reason && (
                  <span className="version-reason">
                    {t('interviews.versions.reasonShown', { reason: version.reason })}
                  </span>
                )}
              </summary>
              <RichTextView doc={version.notes} label={heading(version)} emptyText={t('interviews.notes.empty')} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
