/**
 * The part of the Unicode Bidirectional Algorithm (UAX #9) a letter needs, with no explicit
 * embeddings or isolates: character types, the weak and neutral rules (W1–W7, N1–N2), implicit
 * levels (I1–I2) and line reordering (L2). PDF has no notion of text direction, so an Arabic
 * paragraph, or a Latin reference inside it, is put in visual order here before it is drawn.
 */

type BidiType = 'L' | 'R' | 'AL' | 'EN' | 'AN' | 'ES' | 'ET' | 'CS' | 'NSM' | 'ON';

const ARABIC_MARKS = new RegExp(
  '[\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e4\\u06e7\\u06e8\\u06ea-\\u06ed\\u08d3-\\u08e1' +
    '\\u08e3-\\u08ff\\u0300-\\u036f\\u0591-\\u05bd\\u05bf\\u05c1\\u05c2\\u05c4\\u05c5\\u05c7]',
  'u',
);
const ARABIC_LETTERS = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefe]/u;
const HEBREW = /[\u0590-\u05ff\ufb1d-\ufb4f]/u;
const EUROPEAN_DIGITS = /[0-9\u06f0-\u06f9]/u;
const ARABIC_DIGITS = /[\u0660-\u0669\u066b\u066c]/u;
const TERMINATORS = /[#$%°\u00a2-\u00a5\u0609\u060a\u066a\u2030-\u2034\u20a0-\u20cf]/u;
const SEPARATORS = /[,./:\u00a0\u060c\u202f]/u;
const LETTER = /[\p{L}\p{Mc}]/u;
const NUMBER_SPACE = /^[ \u00a0\u202f]$/u;
const OPENING: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

const isNumber = (type: BidiType): boolean => type === 'EN' || type === 'AN';
/** The direction a type counts as for neutrals and brackets: numbers count as right-to-left. */
const strongDirection = (type: BidiType): 'L' | 'R' | null =>
  type === 'L' ? 'L' : type === 'R' || type === 'EN' || type === 'AN' ? 'R' : null;

/** The bidi type of one code point (one character of a string iterated by code points). */
function bidiType(char: string): BidiType {
  // The invisible marks an author may type to steer the order: LRM, RLM, ALM.
  if (char === '\u200e') return 'L';
  if (char === '\u200f') return 'R';
  if (char === '\u061c') return 'AL';
  if (EUROPEAN_DIGITS.test(char)) return 'EN';
  if (ARABIC_DIGITS.test(char)) return 'AN';
  if (ARABIC_MARKS.test(char)) return 'NSM';
  if (char === '+' || char === '-' || char === '\u2212') return 'ES';
  if (TERMINATORS.test(char)) return 'ET';
  if (SEPARATORS.test(char)) return 'CS';
  if (ARABIC_LETTERS.test(char)) return LETTER.test(char) || /[\u061b\u061f\u06d4]/u.test(char) ? 'AL' : 'ON';
  if (HEBREW.test(char)) return 'R';
  return LETTER.test(char) ? 'L' : 'ON';
}

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/**
 * Text that fontkit lays out as Arabic: it shapes it and returns its glyphs right to left
 * (Arabic-Indic digits included), so the caller must not reverse it a second time.
 */
export function isLaidOutRightToLeft(text: string): boolean {
  return ARABIC_SCRIPT.test(text);
}

/**
 * The embedding level of each character of one paragraph (no line breaks inside), base level
 * 0 (left-to-right) or 1 (right-to-left). Odd levels read right to left.
 */
export function resolveLevels(chars: readonly string[], baseLevel: 0 | 1): number[] {
  const sos: BidiType = baseLevel === 1 ? 'R' : 'L';
  const types = chars.map(bidiType);
  const n = types.length;

  // W1: a combining mark takes the type of what it combines with.
  for (let i = 0; i < n; i++) if (types[i] === 'NSM') types[i] = i === 0 ? sos : types[i - 1]!;

  // W2, W3: a number after Arabic letters is an Arabic number; Arabic letters are right-to-left.
  let lastStrong: BidiType = sos;
  for (let i = 0; i < n; i++) {
    const type = types[i]!;
    if (type === 'L' || type === 'R' || type === 'AL') lastStrong = type;
    else if (type === 'EN' && lastStrong === 'AL') types[i] = 'AN';
  }
  for (let i = 0; i < n; i++) if (types[i] === 'AL') types[i] = 'R';

  // W4: one separator between two numbers of a kind joins them (2026-03-01, 1,5).
  for (let i = 1; i < n - 1; i++) {
    const before = types[i - 1];
    const after = types[i + 1];
    if (types[i] === 'ES' && before === 'EN' && after === 'EN') types[i] = 'EN';
    else if (types[i] === 'CS' && before === after && (before === 'EN' || before === 'AN')) types[i] = before!;
  }

  // Digit groups split by single spaces (+236 72 00 00 01, 10 000) are one number. Not a rule of
  // UAX #9, which would show a phone number's groups in reverse order in Arabic text.
  for (let i = 0; i < n; i++) {
    if (!isNumber(types[i]!) || (i > 0 && isNumber(types[i - 1]!))) continue;
    let end = i;
    let groups = 0;
    for (;;) {
      while (end < n && isNumber(types[end]!)) end++;
      groups++;
      if (end + 1 < n && NUMBER_SPACE.test(chars[end]!) && isNumber(types[end + 1]!)) end++;
      else break;
    }
    if (groups < 2) continue;
    const plus = i > 0 && chars[i - 1] === '+' && (i === 1 || !isNumber(types[i - 2]!)) ? i - 1 : i;
    const type = types.slice(i, end).includes('AN') ? 'AN' : 'EN';
    for (let k = plus; k < end; k++) types[k] = type;
    i = end - 1;
  }

  // W5: currency and percent signs next to a number belong to it.
  for (let i = 0; i < n; i++) {
    if (types[i] !== 'ET') continue;
    let end = i;
    while (end < n && types[end] === 'ET') end++;
    if ((i > 0 && types[i - 1] === 'EN') || (end < n && types[end] === 'EN'))
      for (let k = i; k < end; k++) types[k] = 'EN';
    i = end - 1;
  }

  // W6: whatever separators are left are neutral.
  for (let i = 0; i < n; i++) if (types[i] === 'ES' || types[i] === 'ET' || types[i] === 'CS') types[i] = 'ON';

  // W7: a number in left-to-right context reads as left-to-right text.
  lastStrong = sos;
  for (let i = 0; i < n; i++) {
    const type = types[i]!;
    if (type === 'L' || type === 'R') lastStrong = type;
    else if (type === 'EN' && lastStrong === 'L') types[i] = 'L';
  }

  // N0: a pair of brackets takes the direction of what it encloses, or of what precedes it.
  resolveBracketPairs(chars, types, sos);

  // N1, N2: neutrals between two strong types of one direction take it, else the paragraph's.
  for (let i = 0; i < n; i++) {
    if (types[i] !== 'ON') continue;
    let end = i;
    while (end < n && types[end] === 'ON') end++;
    const before = i === 0 ? strongDirection(sos) : strongDirection(types[i - 1]!);
    const after = end === n ? strongDirection(sos) : strongDirection(types[end]!);
    const resolved: BidiType = before === after && before !== null ? before : sos;
    for (let k = i; k < end; k++) types[k] = resolved;
    i = end - 1;
  }

  // I1, I2: implicit levels.
  return types.map((type) => {
    if (baseLevel === 0) return type === 'R' ? 1 : type === 'EN' || type === 'AN' ? 2 : 0;
    return type === 'R' ? 1 : 2;
  });
}

/** Rule N0 without isolates: the bracket pairs of a paragraph, resolved in order of their opening. */
function resolveBracketPairs(chars: readonly string[], types: BidiType[], sos: BidiType): void {
  const pairs: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (types[i] !== 'ON') continue;
    if (OPENING[chars[i]!]) {
      if (open.length === 63) break; // BD16: give up on deeper nesting
      open.push(i);
      continue;
    }
    const match = open.map((at) => OPENING[chars[at]!]).lastIndexOf(chars[i]!);
    if (match < 0) continue;
    pairs.push([open[match]!, i]);
    open.length = match;
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const embedding = strongDirection(sos)!;
  for (const [start, end] of pairs) {
    const inside = new Set(
      types
        .slice(start + 1, end)
        .map(strongDirection)
        .filter((direction) => direction !== null),
    );
    if (inside.size === 0) continue;
    let resolved: 'L' | 'R' = embedding;
    if (!inside.has(embedding)) {
      let before: 'L' | 'R' = embedding;
      for (let k = start - 1; k >= 0; k--) {
        const direction = strongDirection(types[k]!);
        if (direction) {
          before = direction;
          break;
        }
      }
      if (before !== embedding) resolved = before;
    }
    types[start] = resolved;
    types[end] = resolved;
  }
}

/**
 * L2: the visual order of the items of one line, given each item's level: from the highest level
 * down to the lowest odd one, every run at that level or higher is reversed.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, index) => index);
  if (levels.length === 0) return order;
  const highest = Math.max(...levels);
  const lowestOdd = Math.min(...levels.map((level) => (level % 2 === 1 ? level : level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; i++) {
      if (levels[order[i]!]! < level) continue;
      let end = i;
      while (end < order.length && levels[order[end]!]! >= level) end++;
      order.splice(i, end - i, ...order.slice(i, end).reverse());
      i = end;
    }
  }
  return order;
}

const MIRRORS: Readonly<Record<string, string>> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
};

/** The glyph a character shows at a right-to-left level (BidiMirroring: brackets and quotes). */
export function mirrored(char: string): string {
  return MIRRORS[char] ?? char;
}
