import { z } from 'zod';

/**
 * A legal office's own letterhead (issue 11), imported from one of its Word documents: the
 * header's lines and logo take the place of the shipped letterhead in every letter that has one,
 * and the footer's lines go at the foot of every page. Bounded: it travels inside every letter.
 */
export const LETTERHEAD_LIMITS = {
  lines: 12,
  footerLines: 6,
  lineChars: 300,
  /** The logo's bytes (PNG or JPEG): a letterhead picture, not a photograph. */
  logoBytes: 1024 * 1024,
  logoSidePx: 10_000,
} as const;

const LETTERHEAD_IMAGE_TYPES = ['image/png', 'image/jpeg'] as const;

const Base64 = z
  .string()
  .max(Math.ceil(LETTERHEAD_LIMITS.logoBytes / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const Side = z.number().int().min(1).max(LETTERHEAD_LIMITS.logoSidePx);

/** An imported logo: the picture's own bytes, with its size in pixels (its proportions). */
export const LetterheadLogo = z
  .object({ mime: z.enum(LETTERHEAD_IMAGE_TYPES), base64: Base64, widthPx: Side, heightPx: Side })
  .strict();
export type LetterheadLogo = z.infer<typeof LetterheadLogo>;

const LetterheadLine = z.string().min(1).max(LETTERHEAD_LIMITS.lineChars);

/** What a letterhead holds: the header's lines, the footer's lines and the header's logo. */
export const LetterheadContent = z
  .object({
    lines: z.array(LetterheadLine).max(LETTERHEAD_LIMITS.lines),
    footerLines: z.array(LetterheadLine).max(LETTERHEAD_LIMITS.footerLines),
    logo: LetterheadLogo.nullable(),
  })
  .strict();
export type LetterheadContent = z.infer<typeof LetterheadContent>;
