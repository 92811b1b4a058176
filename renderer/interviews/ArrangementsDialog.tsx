import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/contract/index.js';
import type { InterviewRecord } from '../../shared/contract/interviews.js';
import type { PersonSummary } from '../../shared/contract/people.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { searchUnlinked } from '../components/LinkedRecordsPicker.js';
import { SearchCombobox, type ComboboxOption } from '../components/SearchCombobox.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { useLoaded } from '../components/use-loaded.js';
import { readPeopleCodes } from '../people/use-case-people.js';
import {
  arrangementsFromDraft,
  draftFromArrangements,
  emptyArrangementsDraft,
  type ArrangementsDraft,
  type ArrangementsField,
} from './arrangements-draft.js';
import { ArrangementsFields } from './ArrangementsFields.js';
import { useSubmit } from '../components/use-submit.js';

/** Interviewees: everyone but the interview's own staff (interpreters, support persons). */
const INTERVIEWEE_ROLES = new Set(['victim', 'witness', 'subject', 'reporter', 'guardian']);

/**
 * Plans an interview (`interview` absent) or changes an existing one's arrangements (`interviewee`
 * its person, once read). The interviewee is chosen once, at planning: searched by code, the
 * case's first one offered.
 */
export function ArrangementsDialog({
  caseId,
  interview,
  interviewee: planned,
  onClose,
  onSaved,
}: {
  caseId: string;
  interview?: InterviewRecord;
  interviewee?: PersonSummary;
  onClose: () => void;
  onSaved: (interview: InterviewRecord) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [chosen, setChosen] = useState<PersonSummary | null>(null);
  // A new interview's first interviewee is read before the form shows, so it opens with them chosen.
  const [firstRead, setFirstRead] = useState(interview !== undefined);
  const [draft, setDraft] = useState<ArrangementsDraft>(() =>
    interview ? draftFromArrangements(interview, localTimeZone()) : emptyArrangementsDraft(localTimeZone()),
  );
  const [invalid, setInvalid] = useState<ArrangementsField[]>([]);
  const [personMissing, setPersonMissing] = useState(false);
  const { busy, error, send } = useSubmit();
  const interviewee = interview ? planned : (chosen ?? undefined);
  // The people the search last offered, to know the role of the one chosen.
  const offered = useRef(new Map<string, PersonSummary>());
  const labelOf = useCallback(
    (person: PersonSummary) => `${person.code} — ${t(`labels.personRole.${person.profile.role}`)}`,
    [t],
  );
  const search = useCallback(
    async (text: string): Promise<Result<ComboboxOption[]>> => {
      // The staff (interpreters, support persons) are read past, page after page, never offered.
      const people = new Map<string, PersonSummary>();
      const reply = await searchUnlinked(
        (limit, after) => api.people.page({ caseId, search: text, limit, ...(after === undefined ? {} : { after }) }),
        new Set(),
        (person) => {
          people.set(person.id, person);
          return labelOf(person);
        },
        (person) => INTERVIEWEE_ROLES.has(person.profile.role),
      );
      if (reply.ok) offered.current = people;
      return reply;
    },
    [api, caseId, labelOf],
  );
  // A new interview starts with the case's first interviewee chosen (by code: the first victim).
  useEffect(() => {
    if (interview) return;
    let current = true;
    void search('').then((reply) => {
      const first = reply.ok ? reply.value[0] : undefined;
      const person = first ? offered.current.get(first.value) : undefined;
      if (!current) return;
      if (person) setChosen((already) => already ?? person);
      setFirstRead(true);
    });
    return () => {
      current = false;
    };
  }, [interview, search]);
  // The codes of the support person and interpreter an interview was planned with, read for those
  // two alone, so the form opens with them named; others are searched by code.
  const loadStaffCodes = useCallback(
    () =>
      readPeopleCodes(
        api,
        caseId,
        [interview?.supportPerson.personId, interview?.interpreterPersonId].filter((id) => id !== undefined),
      ),
    [api, caseId, interview?.supportPerson.personId, interview?.interpreterPersonId],
  );
  const { state: staffCodes } = useLoaded(loadStaffCodes);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = arrangementsFromDraft(draft, interviewee?.profile.role);
    setInvalid(checked.ok ? [] : checked.invalid);
    setPersonMissing(!interviewee);
    if (!checked.ok || !interviewee) return;
    await send(
      () =>
        interview
          ? api.interviews.update({ interviewId: interview.id, arrangements: checked.arrangements })
          : api.interviews.plan({ caseId, personId: interviewee.id, arrangements: checked.arrangements }),
      onSaved,
    );
  }

  return (
    <Dialog
      title={
        interview ? t('interviews.plan.editHeading', { code: interview.personCode }) : t('interviews.plan.heading')
      }
      intro={t('interviews.plan.intro')}
      onClose={onClose}
      busy={busy}
      size="wide"
    >
      {staffCodes.status === 'failed' ? (
        <ErrorAlert error={staffCodes.error} />
      ) : staffCodes.status !== 'ready' || !firstRead ? (
        <p className="muted" role="status">
          {t('interviews.plan.loading')}
        </p>
      ) : (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary />
          {!interview && (
            <SearchCombobox
              label={t('interviews.plan.interviewee')}
              value={chosen?.id ?? ''}
              selectedLabel={chosen ? labelOf(chosen) : ''}
              onChange={(personId) => {
                setChosen(offered.current.get(personId) ?? null);
                if (personId !== '') setPersonMissing(false);
              }}
              search={search}
              noMatches={t('interviews.plan.noInterviewees')}
              hint={t('interviews.plan.intervieweeHint')}
              {...(personMissing ? { error: t('interviews.plan.intervieweeRequired') } : {})}
              required
              disabled={busy}
            />
          )}
          <ArrangementsFields
            draft={draft}
            onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
            invalid={invalid}
            caseId={caseId}
            staffCodes={staffCodes.value}
            intervieweeRole={interviewee?.profile.role}
            disabled={busy}
          />
          <ErrorAlert error={error} />
          <DialogActions
            submitLabel={interview ? t('interviews.plan.saveChanges') : t('interviews.plan.submit')}
            busy={busy}
            onCancel={onClose}
          />
        </form>
      )}
    </Dialog>
  );
}
