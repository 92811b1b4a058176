import type { Loaded } from './use-loaded.js';

/** What a linked record is called before and after its code is read. */
export interface LinkedRecordWords {
  /** The record named by its code (an interview by its interviewee's). */
  named: (code: string) => string;
  /** While the codes are being read. */
  reading: string;
  /** When its code could not be read, or the case no longer holds it. */
  unread: string;
}

/**
 * The words a record linked to a form is listed by: those it was chosen by in the form, else its
 * code once read, else a plain word saying the codes are being read or could not be: never its id,
 * which means nothing to an investigator.
 */
export function linkedRecordLabel(
  id: string,
  chosen: Readonly<Record<string, string>>,
  codes: Loaded<Readonly<Record<string, string>>>,
  words: LinkedRecordWords,
): string {
  const label = chosen[id];
  if (label !== undefined) return label;
  if (codes.status === 'loading') return words.reading;
  const code = codes.status === 'ready' ? codes.value[id] : undefined;
  return code === undefined ? words.unread : words.named(code);
}
