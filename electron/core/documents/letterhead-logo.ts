import type { LetterheadLogo } from '../../../shared/documents/letterhead.js';

/** An imported logo sits in a box this size at most, in points, its proportions kept. */
const LOGO_BOX = { width: 220, height: 60 } as const;

/** The size, in points, both renderers draw an imported letterhead logo at: never larger than its pixels at 96 dpi. */
export function logoSizePt(logo: Pick<LetterheadLogo, 'widthPx' | 'heightPx'>): { width: number; height: number } {
  const natural = { width: (logo.widthPx * 72) / 96, height: (logo.heightPx * 72) / 96 };
  const scale = Math.min(1, LOGO_BOX.width / natural.width, LOGO_BOX.height / natural.height);
  return { width: natural.width * scale, height: natural.height * scale };
}

/** What a screen reader is told of an imported logo: the sender's first line, as a letterhead reads. */
export const logoAltText = (lines: readonly string[]): string => lines[0] ?? 'Letterhead';
