import { useEffect, useRef, useState } from 'react';
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
  const shown = useRef({ value, language });

  useEffect(() => {
    if (shown.current.value === value && shown.current.language === language) return;
    shown.current = { value, language };
    setText(show(value));
    setLeft(false);
    // `show` follows `language`: a new function each render must not re-run this.
  }, [value, language]);

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
      shown.current = { value: handed, language };
      onChange(handed);
    },
    leave() {
      setLeft(true);
      if (entry.kind === 'valid') setText(show(entry.value));
    },
  };
}
