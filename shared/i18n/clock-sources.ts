import type { ClockDefinition } from '../clocks/clock.js';
import type { Language } from '../domain/settings.js';
import { clockSources as ar } from './ar/clock-sources.js';
import { shippedEnglish } from './clock-words.js';
import { clockSources as en } from './en/clock-sources.js';
import { clockSources as fr } from './fr/clock-sources.js';

/** Words for the source of every shipped clock, by clock id (English the source of the type). */
export type ClockSources = Readonly<Record<keyof typeof en, string>>;

const SOURCES: Readonly<Record<Language, ClockSources>> = { en, fr, ar };

/**
 * The source of a clock in the reader's words while the team's settings still hold the shipped one (the stored
 * text is only its mark: older vaults hold it as shipped); a source the team wrote itself is the team's own
 * words, shown as written. The deadlines screen, the clock settings and the statistics all word it here (its other
 * texts: shippedClockText, ./clock-words.ts).
 */
export function clockSourceText(clock: Pick<ClockDefinition, 'id' | 'source'>, language: Language): string {
  const sources: Readonly<Record<string, string>> = SOURCES[language];
  const shipped = shippedEnglish(clock.id, 'source') === clock.source && Object.hasOwn(sources, clock.id);
  return shipped ? sources[clock.id]! : clock.source;
}
