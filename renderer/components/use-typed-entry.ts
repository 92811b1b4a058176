import { useState } from 'react';
import { formValue, type Entry } from './date-time-text.js';

/**
 * The text of a date or time field and what it hands its form. The form holds the ISO value
 * (`YYYY-MM-DD`, `HH:mm`); the field shows what the person typed until they leave it, then the
 * value as their language writes it ("2321" becomes 23:21). A value changed by the form itself
 * (a reset, "now", a record loaded) or a change of language is shown afresh.
 */
export function useTypedEntry<Problem extends string>({
  value,
  onChange,
  language,
  read,
  show,
  refused,
}: {
  value: string;
  onChange: (value: string) => void;
  language: string;
  read: (text: string) => Entry<Problem>;
  show: (value: string) => string;
  /** The form refused its last submission for this field: show what is wrong with the text now. */
  refused: boolean;
}) {
  const [text, setText] = useState(() => show(value));
  const [left, setLeft] = useState(false);
  // What the text stands for (last shown, or last handed to the form), and the props last seen. When
  // the props change to something else, the text is shown afresh: while rendering (React's "adjusting
  // state when a prop changes"), not one render late from an effect.
  const [shown, setShown] = useState({ value, language });
  const [seen, setSeen] = useState({ value, language });
  if (seen.value !== value || seen.language !== language) {
    setSeen({ value, language });
    if (shown.value !== value || shown.language !== language) {
      setShown({ value, language });
      setText(show(value));
      setLeft(false);
    }
  }

  const entry = read(text);
  return {
    text,
    entry,
    /** A problem to show: once the person has left the field, or when the form refused it. */
    problem: entry.kind === 'invalid' && (left || refused) ? entry : null,
    change(next: string) {
      setText(next);
      setLeft(false);
      const handed = formValue(read(next), next);
      setShown({ value: handed, language });
      onChange(handed);
    },
    leave() {
      setLeft(true);
      if (entry.kind === 'valid') setText(show(entry.value));
    },
  };
}
