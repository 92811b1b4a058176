import { readTime, timeText, type TimeProblem } from './date-time-text.js';
import { TypedEntryField, type EntryKind, type TypedEntryFieldProps } from './TypedEntryField.js';

const TIME: EntryKind<TimeProblem> = {
  read: readTime,
  show: timeText,
  line: (_entry, t) => t('dateTime.timeHint'),
  problemText: (problem, t) => t(`dateTime.problems.time.${problem.problem}`),
  inputClassName: 'input-time',
  maxLength: 16,
};

/**
 * A time of day on the 24-hour clock, to the minute, in every language: "2321", "23:21",
 * "23h21" and "9:05" are understood and shown back as 23:21 or 09:05. A text field rather than
 * the browser's time input, which follows the computer's locale (AM/PM on an English system).
 */
export function TimeField(props: TypedEntryFieldProps) {
  return <TypedEntryField {...props} kind={TIME} />;
}
