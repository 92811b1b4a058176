import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewRecord } from '../../shared/contract/interviews.js';
import type { PersonSummary } from '../../shared/contract/people.js';
import { useApi } from '../api/context.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { SelectField } from '../components/SelectField.js';
import { localTimeZone } from '../components/uncertain-date-draft.js';
import { sortedPeople } from '../people/PeopleTable.js';
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
 * Plans an interview (`interview` absent) or changes an existing one's arrangements. The
 * interviewee is chosen once, at planning.
 */
export function ArrangementsDialog({
  caseId,
  people,
  interview,
  onClose,
  onSaved,
}: {
  caseId: string;
  people: readonly PersonSummary[];
  interview?: InterviewRecord;
  onClose: () => void;
  onSaved: (interview: InterviewRecord) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const interviewees = sortedPeople(people.filter((person) => INTERVIEWEE_ROLES.has(person.profile.role)));
  const [personId, setPersonId] = useState(interview?.personId ?? interviewees[0]?.id ?? '');
  const [draft, setDraft] = useState<ArrangementsDraft>(() =>
    interview ? draftFromArrangements(interview, localTimeZone()) : emptyArrangementsDraft(localTimeZone()),
  );
  const [invalid, setInvalid] = useState<ArrangementsField[]>([]);
  const [personMissing, setPersonMissing] = useState(false);
  const { busy, error, send } = useSubmit();
  const interviewee = people.find((person) => person.id === personId);

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
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary />
        {!interview && (
          <SelectField
            label={t('interviews.plan.interviewee')}
            value={personId}
            emptyLabel={t('interviews.plan.chooseInterviewee')}
            options={interviewees.map((person) => ({
              value: person.id,
              label: `${person.code} — ${t(`labels.personRole.${person.profile.role}`)}`,
            }))}
            onChange={setPersonId}
            hint={interviewees.length === 0 ? t('interviews.plan.noInterviewees') : undefined}
            error={personMissing ? t('interviews.plan.intervieweeRequired') : undefined}
            required
            disabled={busy}
            inputClassName="input-medium"
          />
        )}
        <ArrangementsFields
          draft={draft}
          onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))}
          invalid={invalid}
          people={people}
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
    </Dialog>
  );
}
