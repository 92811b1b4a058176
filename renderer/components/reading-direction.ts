import { useTranslation } from 'react-i18next';
import { directionOf, type TextDirection } from '../../shared/i18n/text-direction.js';

/** The direction the interface's language is written in ('rtl' in Arabic): for what styles cannot mirror. */
export function useTextDirection(): TextDirection {
  const { i18n } = useTranslation();
  return directionOf(i18n.language);
}

/**
 * Where a left or right arrow key moves in reading order: 1 onward (the next tab, a later event),
 * -1 back, 0 for any other key. In Arabic the line runs right to left, so ArrowLeft goes onward.
 */
export function inlineStep(key: string, direction: TextDirection): -1 | 0 | 1 {
  const onward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  return key === onward ? 1 : key === back ? -1 : 0;
}
