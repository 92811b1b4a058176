import type { TFunction } from 'i18next';
import { ClockDefinition, MAX_DURATION, type ClockDuration, type DurationUnit } from '../../../shared/clocks/clock.js';
import { MissionCalendar } from '../../../shared/contract/deadlines.js';
import type { Language } from '../../../shared/domain/settings.js';
import { clockSourceText } from '../../../shared/i18n/clock-sources.js';
import { shippedClockText } from '../../../shared/i18n/clock-words.js';
import { fieldErrors, type FieldErrors } from '../../components/validation.js';

/**
 * A clock as its edit form holds it: amounts as typed, the urgent duration empty when there is
 * none. What starts the clock (evidence types, case facts) is kept as it was: the form does not
 * edit it. `ClockDefinition` judges the result, and its verdict is said field by field.
 */
export interface ClockDraft {
  base: ClockDefinition;
  name: string;
  enabled: boolean;
  startEvent: ClockDefinition['startEvent'];
  amount: string;
  /** Shared by the duration and the urgent duration (the schema requires one unit). */
  unit: DurationUnit;
  urgentAmount: string;
  wholeDays: boolean;
  firmness: ClockDefinition['firmness'];
  source: string;
  action: string;
  note: string;
  /**
   * What the form first showed of each field it words: a shipped text in the interface language. A field
   * left as it was shown keeps the clock's stored text (the shipped one stays shipped, worded per reader).
   */
  shown: Readonly<Record<WordedField, string>>;
}

/** The fields that show a shipped clock's text in the interface language. */
type WordedField = 'name' | 'source' | 'action' | 'note';

/** Fields of the form, the keys its errors come under. */
export type ClockField = 'name' | 'startEvent' | 'amount' | 'urgentAmount' | 'wholeDays' | 'source' | 'action' | 'note';

export function draftOfClock(clock: ClockDefinition, language: Language): ClockDraft {
  const shown = {
    name: shippedClockText(language, clock.id, 'name', clock.name),
    source: clockSourceText(clock, language),
    action: shippedClockText(language, clock.id, 'action', clock.action),
    note: clock.note === undefined ? '' : shippedClockText(language, clock.id, 'note', clock.note),
  };
  return {
    base: clock,
    enabled: clock.enabled,
    startEvent: clock.startEvent,
    amount: String(clock.duration.amount),
    unit: clock.duration.unit,
    urgentAmount: clock.urgentDuration ? String(clock.urgentDuration.amount) : '',
    wholeDays: clock.wholeDays,
    firmness: clock.firmness,
    ...shown,
    shown,
  };
}

/** A worded field as typed, or the clock's stored text when it was left as the form showed it. */
function keptOrTyped(draft: ClockDraft, field: WordedField): string {
  return draft[field] === draft.shown[field] ? (draft.base[field] ?? '') : draft[field];
}

/** A whole number as typed, or NaN (which the schema then refuses as not a number). */
function amountOf(text: string): number {
  return /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

const PATH_TO_FIELD: [prefix: string, field: ClockField][] = [
  ['duration', 'amount'],
  ['urgentDuration', 'urgentAmount'],
  ['appliesTo', 'startEvent'],
  ['startEvent', 'startEvent'],
  ['wholeDays', 'wholeDays'],
  ['name', 'name'],
  ['source', 'source'],
  ['action', 'action'],
  ['note', 'note'],
];

function fieldOf(path: string): ClockField | null {
  return PATH_TO_FIELD.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`))?.[1] ?? null;
}

/** The clock the draft describes, or what to fix in which field. */
export function clockFromDraft(
  t: TFunction,
  draft: ClockDraft,
): { ok: true; clock: ClockDefinition } | { ok: false; errors: Partial<Record<ClockField, string>> } {
  const duration: ClockDuration = { amount: amountOf(draft.amount), unit: draft.unit };
  const urgent =
    draft.urgentAmount.trim() === '' ? undefined : { amount: amountOf(draft.urgentAmount), unit: draft.unit };
  const note = keptOrTyped(draft, 'note').trim();
  const candidate = {
    id: draft.base.id,
    name: keptOrTyped(draft, 'name'),
    enabled: draft.enabled,
    startEvent: draft.startEvent,
    duration,
    ...(urgent ? { urgentDuration: urgent } : {}),
    wholeDays: draft.unit === 'hours' ? false : draft.wholeDays,
    appliesTo: draft.base.appliesTo,
    firmness: draft.firmness,
    source: keptOrTyped(draft, 'source'),
    action: keptOrTyped(draft, 'action'),
    ...(note === '' ? {} : { note }),
  };
  const parsed = ClockDefinition.safeParse(candidate);
  if (parsed.success) return { ok: true, clock: parsed.data };

  const generic: FieldErrors = fieldErrors(t, parsed.error);
  const errors: Partial<Record<ClockField, string>> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    const field = fieldOf(path);
    if (!field || errors[field]) continue;
    if (field === 'amount' || field === 'urgentAmount') {
      errors[field] = t('deadlines.settings.errors.amount', { max: MAX_DURATION[draft.unit] });
    } else if (field === 'startEvent') {
      errors[field] = t('deadlines.settings.errors.startEvent');
    } else {
      errors[field] = generic[path] ?? t('caseFile.validation.invalid');
    }
  }
  return { ok: false, errors };
}

export type CalendarField = 'weekendDays' | 'holidays' | 'timeZone';

/** The calendar if valid, or what to fix. */
export function checkCalendar(
  t: TFunction,
  calendar: MissionCalendar,
): { ok: true; calendar: MissionCalendar } | { ok: false; errors: Partial<Record<CalendarField, string>> } {
  const parsed = MissionCalendar.safeParse(calendar);
  if (parsed.success) return { ok: true, calendar: parsed.data };
  const errors: Partial<Record<CalendarField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]) as CalendarField;
    if (errors[field]) continue;
    errors[field] =
      field === 'weekendDays'
        ? t('deadlines.settings.errors.noWorkingDay')
        : field === 'timeZone'
          ? t('caseFile.validation.timeZone')
          : t('deadlines.settings.errors.holidays');
  }
  return { ok: false, errors };
}
