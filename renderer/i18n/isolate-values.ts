import type { i18n } from 'i18next';
import { directionOf } from '../../shared/i18n/text-direction.js';

/** Unicode's first-strong isolate and its closing pop (UAX #9): the value between them keeps its own direction. */
export const FIRST_STRONG_ISOLATE = '\u2068';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

type FormatValue = (value: unknown, format: string | undefined, lng: string | undefined, options?: object) => unknown;

/**
 * In a right-to-left language, every value put into a sentence (`{{reference}}`, `{{date, instant}}`, a count)
 * is set apart as a first-strong isolate, so a Latin value keeps its own order inside Arabic words
 * ("A/72/751 ¶26–31, ¶45" is not turned into "45¶ ,31–26¶") and does not pull the words around it along.
 * Left-to-right languages are left as they are. One place for the whole interface: i18next runs every value
 * through its interpolator's format (alwaysFormat), which this wraps; the instance must be initialised with
 * `interpolation.alwaysFormat: true`. A series of codes (`{{people, codes}}`) isolates each code too: the
 * Arabic comma between them then sets the series right to left, the first code on the right.
 */
export function isolateValuesInRightToLeft(instance: i18n): void {
  const interpolator = instance.services.interpolator as unknown as { format: FormatValue };
  const format = interpolator.format.bind(interpolator);
  interpolator.format = (value, name, lng, options) => {
    const language = (options as { lng?: string } | undefined)?.lng ?? lng ?? instance.language;
    if (directionOf(language) !== 'rtl') return format(value, name, lng, options);
    const items = name === 'codes' && Array.isArray(value) ? value.map(isolated) : value;
    const formatted = format(items, name, lng, options);
    return formatted === undefined || formatted === null ? formatted : isolated(formatted);
  };
}

const isolated = (value: unknown): string => `${FIRST_STRONG_ISOLATE}${String(value)}${POP_DIRECTIONAL_ISOLATE}`;
