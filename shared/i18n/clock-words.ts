import { DEFAULT_CLOCKS, type ClockDefinition } from '../clocks/clock.js';
import type { Language } from '../domain/settings.js';
import { clockWords as ar } from './ar/clock-words.js';
import { clockWords as en } from './en/clock-words.js';
import { clockWords as fr } from './fr/clock-words.js';

type EnglishClockWords = typeof en;

/** The words of every shipped clock by its id, the texts English gives it (English the source of the type). */
export type ClockWords = {
  readonly [Id in keyof EnglishClockWords]: { readonly [Text in keyof EnglishClockWords[Id]]: string };
};

/** A clock's texts worded here while they are the shipped ones (`short`: the name a compact countdown uses). */
export type ClockText = 'name' | 'short' | 'action' | 'note';

const WORDS: Readonly<Record<Language, ClockWords>> = { en, fr, ar };

/**
 * The shipped English of a clock's text: what a vault's settings hold while the team has not rewritten it (the
 * short name has none of its own: a compact countdown shortens the shipped name). Undefined for a team's own clock.
 */
export function shippedEnglish(clockId: string, text: ClockText | 'source'): string | undefined {
  const shipped: ClockDefinition | undefined = DEFAULT_CLOCKS.find((candidate) => candidate.id === clockId);
  return text === 'short' ? shipped?.name : shipped?.[text];
}

/**
 * One of a clock's texts in the reader's language while it is still the shipped one (the stored English is only its
 * mark: older vaults hold it as shipped); a text the team wrote is the team's own words, shown as written. The
 * interface, the command line and the documents all word a clock here; its source is worded by clockSourceText.
 */
export function shippedClockText(language: Language, clockId: string, text: ClockText, stored: string): string {
  if (stored !== shippedEnglish(clockId, text)) return stored;
  const words: Readonly<Record<string, Partial<Record<ClockText, string>>>> = WORDS[language];
  return (Object.hasOwn(words, clockId) ? words[clockId]?.[text] : undefined) ?? stored;
}

/**
 * A clock known only by the name it had when a deadline was closed (an investigative action keeps the names of the
 * deadlines it closed): a shipped clock's name in the reader's language, any other name as written. Without the
 * clock's id, a clock of the team's own given exactly a shipped clock's English name is worded as that shipped
 * clock (it names the same thing, in the reader's words).
 */
export function clockNameText(language: Language, name: string): string {
  const shipped = DEFAULT_CLOCKS.find((candidate) => candidate.name === name);
  return shipped === undefined ? name : shippedClockText(language, shipped.id, 'name', name);
}
