import { useCallback, useId, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LetterEntry } from '../../shared/contract/letters.js';
import {
  FOLLOW_UP_COUNTERPARTS,
  FOLLOW_UP_KINDS,
  type FollowUp,
  type FollowUpCounterpart,
  type FollowUpKind,
} from '../../shared/domain/follow-up.js';
import { useApi } from '../api/context.js';
import { MomentFields } from '../assistance/MomentFields.js';
import { ConfidentialityBadge } from '../components/ConfidentialityBadge.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { SearchCombobox } from '../components/SearchCombobox.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { kindLabel } from '../letters/letter-labels.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { useLoaded } from '../components/use-loaded.js';
import { useInstantText } from '../components/mission-time.js';
import { instantFromLocal, localNow } from '../people/local-time.js';
import { useRoleSearch } from '../people/use-case-people.js';
import { DialogActions } from '../components/DialogActions.js';
import { useSubmit } from '../components/use-submit.js';
import { RecordTable } from '../components/RecordTable.js';

/**
 * The follow-up register (A/72/751 ¶47, ¶65–66): each referral or notification sent to a Member
 * State, a contributing country or an office, its reply due on an editable clock (shown in the
 * deadlines view too), the replies received and the letters of the exchange. A referral or
 * notification letter generated here opens its item by itself; `refreshKey` changes when one is.
 */
export function FollowUpSection({ caseId, refreshKey }: { caseId: string; refreshKey: number }) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const headingId = useId();
  // One form at a time above the register: opening an item, or a reply or a letter for one.
  const [form, setForm] = useState<OpenForm | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Shows a form in place of any other, and clears the notice of the last one. */
  const show = (next: OpenForm) => {
    setNotice(null);
    setForm(next);
  };
  const load = useCallback(async () => {
    const [items, letters] = await Promise.all([api.followUps.list({ caseId }), api.letters.list({ caseId })]);
    if (!items.ok) return items;
    if (!letters.ok) return letters;
    return {
      ok: true as const,
      value: { items: items.value.items, letters: letters.value.letters, refreshKey },
    };
  }, [api, caseId, refreshKey]);
  const { state, reload } = useLoaded(load);
  const letterName = (letters: readonly LetterEntry[], letterId: string, createdAt: string) => {
    const letter = letters.find((entry) => entry.id === letterId);
    return letter === undefined ? instantText(createdAt) : letterWords(t, instantText, letter);
  };
  const done = (message: string) => {
    setForm(null);
    setNotice(message);
    void reload();
  };

  return (
    <section className="panel follow-up-panel" aria-labelledby={headingId}>
      <div className="panel-header">
        <div>
          <h3 id={headingId}>{t('followUp.register.heading')}</h3>
          <p className="muted">{t('followUp.register.intro')}</p>
        </div>
        <ConfidentialityBadge level="confidential" short />
        {form?.kind !== 'open' && (
          <button type="button" className="button button-secondary" onClick={() => show({ kind: 'open' })}>
            {t('followUp.register.open')}
          </button>
        )}
      </div>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      {form?.kind === 'open' && state.status === 'ready' && (
        <OpenItemForm
          caseId={caseId}
          onCancel={() => setForm(null)}
          onOpened={() => done(t('followUp.register.opened'))}
        />
      )}
      {form?.kind === 'reply' && (
        <ReplyForm
          item={form.item}
          onCancel={() => setForm(null)}
          onReplied={() => done(t('followUp.reply.recorded'))}
        />
      )}
      {form?.kind === 'link' && state.status === 'ready' && (
        <LinkLetterForm
          item={form.item}
          candidates={lettersToLink(form.item, state.value.letters)}
          onCancel={() => setForm(null)}
          onLinked={() => done(t('followUp.letters.linked'))}
        />
      )}
      {state.status === 'failed' && <ErrorAlert error={state.error} />}
      {state.status === 'ready' && (
        <RecordTable
          items={state.value.items}
          empty={t('followUp.register.empty')}
          caption={t('followUp.register.caption')}
          className="follow-up-list"
          columns={[
            t('followUp.register.columns.sent'),
            t('followUp.register.columns.to'),
            t('followUp.register.columns.state'),
            t('followUp.register.columns.replies'),
            t('followUp.register.columns.actions'),
          ]}
          row={(item) => (
            <tr key={item.id}>
              <td>
                <time dateTime={item.sentAt}>{instantText(item.sentAt)}</time>
                <span className="cell-sub">
                  {item.openedBy === 'letter' ? t('followUp.register.byLetter') : t('followUp.register.byHand')}
                </span>
                {item.letters.length > 0 && (
                  <ul className="plain-list cell-sub" aria-label={t('followUp.letters.listLabel')}>
                    {item.letters.map((linked) => (
                      <li key={linked.letterId}>
                        {letterName(state.value.letters, linked.letterId, linked.createdAt)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {t(`labels.followUpKind.${item.kind}`)} — {t(`labels.followUpCounterpart.${item.counterpart}`)}
                {item.subjectCode !== undefined && <span className="cell-sub">{item.subjectCode}</span>}
                {item.addressee !== undefined && <span className="cell-sub">{item.addressee}</span>}
              </td>
              <td>
                {t(`labels.followUpState.${item.state}`)}
                {item.due !== undefined && (
                  <span className="cell-sub">
                    {item.due.closedAt === null
                      ? t('followUp.register.dueAt', { at: instantText(item.due.dueAt) })
                      : t('followUp.register.answeredAt', { at: instantText(item.due.closedAt) })}
                  </span>
                )}
              </td>
              <td>
                {item.replies.length === 0 ? (
                  <span className="muted">{t('followUp.register.noReply')}</span>
                ) : (
                  <ul className="plain-list">
                    {item.replies.map((reply) => (
                      <li key={reply.id}>
                        <time dateTime={reply.receivedAt}>{instantText(reply.receivedAt)}</time>
                        {': '}
                        <span className="user-text">{reply.summary}</span>
                        {reply.actionReported !== undefined && (
                          <span className="cell-sub">
                            {t('followUp.reply.actionReportedShown', { action: reply.actionReported })}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => show({ kind: 'reply', item })}
                >
                  {t('followUp.reply.record')}
                </button>
                {lettersToLink(item, state.value.letters).length > 0 && (
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => show({ kind: 'link', item })}
                  >
                    {t('followUp.letters.link')}
                  </button>
                )}
              </td>
            </tr>
          )}
        />
      )}
    </section>
  );
}

/** The form open above the register, if any. */
type OpenForm = { kind: 'open' } | { kind: 'reply'; item: FollowUp } | { kind: 'link'; item: FollowUp };

/** A letter as the register names it: what it is, to whom, when it was made. */
function letterWords(t: TFunction, instantText: (instant: string) => string, letter: LetterEntry): string {
  return t('followUp.letters.named', {
    kind: kindLabel(t, letter.kind),
    to: letter.recipientName,
    when: instantText(letter.createdAt),
  });
}

/** Letters of the case not yet in this exchange: neither the one that opened it nor one already linked. */
function lettersToLink(item: FollowUp, letters: readonly LetterEntry[]): LetterEntry[] {
  const taken = new Set([item.letterId, ...item.letters.map((linked) => linked.letterId)]);
  return letters.filter((letter) => !taken.has(letter.id));
}

function LinkLetterForm({
  item,
  candidates,
  onCancel,
  onLinked,
}: {
  item: FollowUp;
  candidates: readonly LetterEntry[];
  onCancel: () => void;
  onLinked: () => void;
}) {
  const { t } = useTranslation();
  const instantText = useInstantText();
  const api = useApi();
  const [letterId, setLetterId] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, error, send } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setMissing(letterId === '');
    if (letterId === '') return;
    await send(() => api.followUps.linkLetter({ followUpId: item.id, letterId }), onLinked);
  }

  return (
    <form
      className="form follow-up-link-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('followUp.letters.formLabel', { to: t(`labels.followUpCounterpart.${item.counterpart}`) })}
    >
      <ErrorSummary />
      <div className="form-grid">
        <div className="form-grid-wide">
          <SelectField
            label={t('followUp.letters.letter')}
            value={letterId}
            emptyLabel={t('followUp.letters.choose')}
            options={candidates.map((letter) => ({ value: letter.id, label: letterWords(t, instantText, letter) }))}
            onChange={setLetterId}
            hint={t('followUp.letters.hint')}
            error={missing ? t('followUp.letters.missing') : undefined}
            required
            disabled={busy}
          />
        </div>
      </div>
      <ErrorAlert error={error} />
      <DialogActions submitLabel={t('followUp.letters.submit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}

/** Opens an item of the register; the subject it concerns, if one, is searched by code. */
function OpenItemForm({ caseId, onCancel, onOpened }: { caseId: string; onCancel: () => void; onOpened: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const zone = localTimeZone();
  const [sent, setSent] = useState(() => localNow(zone));
  const [counterpart, setCounterpart] = useState<FollowUpCounterpart>('contributing_country');
  const [kind, setKind] = useState<FollowUpKind>('notification');
  const [subject, setSubject] = useState({ id: '', code: '' });
  const searchSubjects = useRoleSearch(caseId, 'subject', (person) => person.code);
  const [addressee, setAddressee] = useState('');
  const [note, setNote] = useState('');
  const [momentProblem, setMomentProblem] = useState(false);
  const { busy, error, send } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const instant = instantFromLocal(sent, zone);
    setMomentProblem(instant === null);
    if (instant === null) return;
    await send(
      () =>
        api.followUps.open({
          caseId,
          counterpart,
          kind,
          sentAt: instant,
          ...(subject.id === '' ? {} : { subjectId: subject.id }),
          ...(addressee.trim() === '' ? {} : { addressee: addressee.trim() }),
          ...(note.trim() === '' ? {} : { note: note.trim() }),
        }),
      onOpened,
    );
  }

  return (
    <form
      className="form follow-up-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('followUp.register.formLabel')}
    >
      <ErrorSummary />
      <div className="form-grid">
        <SelectField
          label={t('followUp.register.kind')}
          value={kind}
          options={optionsOf(FOLLOW_UP_KINDS, (value) => t(`labels.followUpKind.${value}`))}
          onChange={(value) => value !== '' && setKind(value)}
          disabled={busy}
        />
        <SelectField
          label={t('followUp.register.to')}
          value={counterpart}
          options={optionsOf(FOLLOW_UP_COUNTERPARTS, (value) => t(`labels.followUpCounterpart.${value}`))}
          onChange={(value) => value !== '' && setCounterpart(value)}
          disabled={busy}
        />
        <SearchCombobox
          label={t('followUp.register.subject')}
          value={subject.id}
          selectedLabel={subject.code}
          onChange={(id, code) => setSubject({ id, code })}
          search={searchSubjects}
          noMatches={t('followUp.register.noSubjectMatch')}
          hint={t('followUp.register.subjectHint')}
          disabled={busy}
        />
        <TextField
          label={t('followUp.register.addressee')}
          value={addressee}
          onChange={setAddressee}
          hint={t('followUp.register.addresseeHint')}
          maxLength={300}
          disabled={busy}
        />
        <MomentFields
          legend={t('followUp.register.sentAt')}
          zone={zone}
          value={sent}
          onChange={setSent}
          error={momentProblem ? t('followUp.invalidMoment') : undefined}
          disabled={busy}
        />
        <div className="form-grid-wide">
          <TextField
            label={t('followUp.register.note')}
            value={note}
            onChange={setNote}
            rows={2}
            maxLength={5_000}
            disabled={busy}
          />
        </div>
      </div>
      <ErrorAlert error={error} />
      <DialogActions submitLabel={t('followUp.register.submit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}

function ReplyForm({ item, onCancel, onReplied }: { item: FollowUp; onCancel: () => void; onReplied: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const zone = localTimeZone();
  const [received, setReceived] = useState(() => localNow(zone));
  const [summary, setSummary] = useState('');
  const [actionReported, setActionReported] = useState('');
  const [problems, setProblems] = useState<('moment' | 'summary')[]>([]);
  const { busy, error, send } = useSubmit();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const instant = instantFromLocal(received, zone);
    const found: ('moment' | 'summary')[] = [];
    if (instant === null) found.push('moment');
    if (summary.trim() === '') found.push('summary');
    setProblems(found);
    if (found.length > 0 || instant === null) return;
    await send(
      () =>
        api.followUps.reply({
          followUpId: item.id,
          receivedAt: instant,
          summary: summary.trim(),
          ...(actionReported.trim() === '' ? {} : { actionReported: actionReported.trim() }),
        }),
      onReplied,
    );
  }

  return (
    <form
      className="form follow-up-reply-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('followUp.reply.formLabel', {
        to: t(`labels.followUpCounterpart.${item.counterpart}`),
      })}
    >
      <ErrorSummary />
      <div className="form-grid">
        <MomentFields
          legend={t('followUp.reply.receivedAt')}
          zone={zone}
          value={received}
          onChange={setReceived}
          error={problems.includes('moment') ? t('followUp.invalidMoment') : undefined}
          disabled={busy}
        />
        <div className="form-grid-wide">
          <TextField
            label={t('followUp.reply.summary')}
            value={summary}
            onChange={setSummary}
            error={problems.includes('summary') ? t('followUp.reply.summaryMissing') : undefined}
            required
            rows={3}
            maxLength={5_000}
            disabled={busy}
          />
        </div>
        <div className="form-grid-wide">
          <TextField
            label={t('followUp.reply.actionReported')}
            value={actionReported}
            onChange={setActionReported}
            hint={t('followUp.reply.actionReportedHint')}
            rows={2}
            maxLength={5_000}
            disabled={busy}
          />
        </div>
      </div>
      <ErrorAlert error={error} />
      <DialogActions submitLabel={t('followUp.reply.submit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
