import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../shared/contract/timeline.js';
import { EVENT_BASES, TIMELINE_EVENT_KINDS, type TimelineSource } from '../../shared/timeline/event.js';
import { useApi } from '../api/context.js';
import { ConfidentialitySelect } from '../components/ConfidentialityBadge.js';
import { Dialog } from '../components/Dialog.js';
import { DialogActions } from '../components/DialogActions.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { optionsOf, SelectField } from '../components/SelectField.js';
import { TextField } from '../components/TextField.js';
import { UncertainDateInput } from '../components/UncertainDateInput.js';
import { EventSourcePicker } from './EventSourcePicker.js';
import {
  draftOfEvent,
  eventFromDraft,
  newEventDraft,
  sourceKey,
  sourceOf,
  type EventDraft,
  type EventDraftErrors,
} from './event-draft.js';
import { useSubmit } from '../components/use-submit.js';

/**
 * Adds a manual event to the chronology, or corrects one: the date as uncertain as it is, what
 * kind of event, whether a source reported it or the investigation established it, and the
 * interviews or evidence that support it.
 */
export function TimelineEventDialog({
  caseId,
  timeZone,
  editing,
  onClose,
  onSaved,
}: {
  caseId: string;
  /** The mission's zone: a new date is read there unless the user picks another. */
  timeZone: string;
  /** The manual event to correct; a new one when absent. */
  editing?: TimelineEntry;
  onClose: () => void;
  onSaved: (entry: TimelineEntry) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const basisId = useId();
  const [draft, setDraft] = useState<EventDraft>(() =>
    editing ? draftOfEvent(editing, timeZone) : newEventDraft(timeZone),
  );
  const [errors, setErrors] = useState<EventDraftErrors>({ date: {} });
  const { busy, error: refusal, send } = useSubmit();
  const set = (change: Partial<EventDraft>) => setDraft((current) => ({ ...current, ...change }));

  // The words each linked source is shown by: as the chronology shows those linked before, as chosen the others.
  const [sourceLabels, setSourceLabels] = useState<ReadonlyMap<string, string>>(
    () => new Map((editing?.sourceLabels ?? []).map((source) => [sourceKey(source), source.label])),
  );
  const linked = (kind: TimelineSource['kind']) =>
    draft.sources
      .map(sourceOf)
      .filter((source) => source.kind === kind)
      .map((source) => ({ value: source.id, label: sourceLabels.get(sourceKey(source)) ?? source.id }));
  const sourcePicker = (kind: TimelineSource['kind']) => (
    <EventSourcePicker
      kind={kind}
      caseId={caseId}
      linked={linked(kind)}
      onLink={({ value, label }) => {
        const key = sourceKey({ kind, id: value });
        setSourceLabels((current) => new Map(current).set(key, label));
        set({ sources: [...draft.sources, key] });
      }}
      onUnlink={(id) => set({ sources: draft.sources.filter((key) => key !== sourceKey({ kind, id })) })}
      disabled={busy}
    />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checked = eventFromDraft(t, draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({ date: {} });
    await send(
      () =>
        editing
          ? api.timeline.update({ eventId: editing.id, event: checked.event })
          : api.timeline.add({ caseId, event: checked.event }),
      onSaved,
    );
  }

  return (
    <Dialog
      title={editing ? t('timeline.dialog.editHeading') : t('timeline.dialog.addHeading')}
      intro={t('timeline.dialog.intro')}
      onClose={onClose}
      busy={busy}
      size="wide"
    >
      <form className="form timeline-event-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary />
        <UncertainDateInput
          legend={t('timeline.dialog.date')}
          value={draft.date}
          onChange={(date) => set({ date })}
          errors={errors.date}
          disabled={busy}
        />
        <div className="field-row">
          <SelectField
            label={t('timeline.dialog.kind')}
            value={draft.kind}
            options={optionsOf(TIMELINE_EVENT_KINDS, (kind) => t(`labels.timelineEventKind.${kind}`))}
            onChange={(kind) => kind !== '' && set({ kind })}
            disabled={busy}
          />
          <ConfidentialitySelect
            label={t('timeline.dialog.confidentiality')}
            value={draft.confidentiality}
            onChange={(confidentiality) => set({ confidentiality })}
            disabled={busy}
            short
          />
        </div>
        <TextField
          label={t('timeline.dialog.title')}
          hint={t('timeline.dialog.titleHint')}
          value={draft.title}
          onChange={(title) => set({ title })}
          error={errors.title}
          maxLength={300}
          required
          disabled={busy}
        />
        <TextField
          label={t('timeline.dialog.description')}
          value={draft.description}
          onChange={(description) => set({ description })}
          error={errors.description}
          rows={3}
          maxLength={10_000}
          disabled={busy}
        />
        <fieldset className="fieldset-plain" aria-describedby={basisId}>
          <legend className="field-label">{t('timeline.dialog.basis')}</legend>
          <p className="field-hint" id={basisId}>
            {t('timeline.dialog.basisHint')}
          </p>
          <div className="check-row">
            {EVENT_BASES.map((basis) => (
              <div className="check" key={basis}>
                <input
                  id={`${basisId}-${basis}`}
                  type="radio"
                  name={`${basisId}-basis`}
                  checked={draft.basis === basis}
                  onChange={() => set({ basis })}
                  disabled={busy}
                />
                <label htmlFor={`${basisId}-${basis}`}>{t(`labels.eventBasis.${basis}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="field-row timeline-sources">
          {sourcePicker('interview')}
          {sourcePicker('evidence')}
        </div>
        <ErrorAlert error={refusal} />
        <DialogActions
          submitLabel={editing ? t('timeline.dialog.saveChanges') : t('timeline.dialog.add')}
          busy={busy}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
