/**
 * The part of the Unicode Bidirectional Algorithm (UAX #9) a letter needs: character types,
 * directional isolates (X5a–X5c, X6a, X10: a merged value keeps its own direction inside a
 * sentence of the other), the weak and neutral rules (W1–W7, N0–N2), implicit levels (I1–I2)
 * and line reordering (L2). Embeddings and overrides are not handled: merging removes them.
 * PDF has no notion of text direction, so an Arabic paragraph, or a Latin reference inside
 * it, is put in visual order here before it is drawn.
 */

type BidiType = 'L' | 'R' | 'AL' | 'EN' | 'AN' | 'ES' | 'ET' | 'CS' | 'NSM' | 'ON' | 'LRI' | 'RLI' | 'FSI' | 'PDI';

/** Left-to-right isolate, right-to-left isolate, first-strong isolate, pop directional isolate. */
export const LRI = '\u2066';
export const RLI = '\u2067';
export const FSI = '\u2068';
export const PDI = '\u2069';
const MAX_DEPTH = 125;

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
  if (char === LRI) return 'LRI';
  if (char === RLI) return 'RLI';
  if (char === FSI) return 'FSI';
  if (char === PDI) return 'PDI';
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

const isIsolateStart = (type: BidiType): boolean => type === 'LRI' || type === 'RLI' || type === 'FSI';

/** The matching PDI of each isolate initiator (BD9), or -1 when the paragraph ends first. */
function matchingIsolateEnds(types: readonly BidiType[]): number[] {
  const ends = types.map(() => -1);
  const open: number[] = [];
  types.forEach((type, i) => {
    if (isIsolateStart(type)) open.push(i);
    else if (type === 'PDI' && open.length > 0) ends[open.pop()!] = i;
  });
  return ends;
}

/** P2, P3: the direction of the first strong character from `start` to `end`, skipping nested isolates. */
function firstStrongIsRightToLeft(
  types: readonly BidiType[],
  ends: readonly number[],
  start: number,
  end: number,
): boolean {
  for (let i = start; i < end; i++) {
    const type = types[i]!;
    if (type === 'L') return false;
    if (type === 'R' || type === 'AL') return true;
    if (isIsolateStart(type)) {
      if (ends[i]! < 0) return false;
      i = ends[i]!;
    }
  }
  return false;
}

/** X1–X8 for isolates: each character's embedding level (an initiator and its PDI stay outside). */
function embeddingLevels(types: readonly BidiType[], ends: readonly number[], baseLevel: 0 | 1): number[] {
  const stack: number[] = [baseLevel];
  let overflow = 0;
  return types.map((type, i) => {
    const level = stack[stack.length - 1]!;
    if (isIsolateStart(type)) {
      const rtl =
        type === 'RLI' ||
        (type === 'FSI' && firstStrongIsRightToLeft(types, ends, i + 1, ends[i]! < 0 ? types.length : ends[i]!));
      const next = rtl ? level + 1 + (level % 2 === 1 ? 1 : 0) : level + 1 + (level % 2 === 0 ? 1 : 0);
      if (next <= MAX_DEPTH && overflow === 0) stack.push(next);
      else overflow++;
    } else if (type === 'PDI') {
      if (overflow > 0) overflow--;
      else if (stack.length > 1) stack.pop();
      return stack[stack.length - 1]!;
    }
    return level;
  });
}

/** X10: the isolating run sequences, as lists of indexes (a run ending in an initiator continues after its PDI). */
function isolatingRunSequences(
  types: readonly BidiType[],
  ends: readonly number[],
  levels: readonly number[],
): number[][] {
  const runs: number[][] = [];
  types.forEach((_, i) => {
    const last = runs[runs.length - 1];
    if (last && levels[last[last.length - 1]!] === levels[i]) last.push(i);
    else runs.push([i]);
  });
  const runStartingAt = new Map(runs.map((run) => [run[0]!, run]));
  const continued = new Set<number[]>();
  const sequences: number[][] = [];
  for (const run of runs) {
    if (continued.has(run)) continue;
    const sequence = [...run];
    let tail = run;
    for (;;) {
      const end = tail[tail.length - 1]!;
      const next = isIsolateStart(types[end]!) && ends[end]! >= 0 ? runStartingAt.get(ends[end]!) : undefined;
      if (!next) break;
      continued.add(next);
      sequence.push(...next);
      tail = next;
    }
    sequences.push(sequence);
  }
  return sequences;
}

/**
 * The embedding level of each character of one paragraph (no line breaks inside), base level
 * 0 (left-to-right) or 1 (right-to-left). Odd levels read right to left.
 */
export function resolveLevels(chars: readonly string[], baseLevel: 0 | 1): number[] {
  const allTypes = chars.map(bidiType);
  const ends = matchingIsolateEnds(allTypes);
  const embedding = embeddingLevels(allTypes, ends, baseLevel);
  const resolved = [...allTypes];
  const direction = (level: number): BidiType => (level % 2 === 1 ? 'R' : 'L');
  for (const sequence of isolatingRunSequences(allTypes, ends, embedding)) {
    const first = sequence[0]!;
    const last = sequence[sequence.length - 1]!;
    const level = embedding[first]!;
    const before = first > 0 ? embedding[first - 1]! : baseLevel;
    const after = last < chars.length - 1 && !isIsolateStart(allTypes[last]!) ? embedding[last + 1]! : baseLevel;
    const types = resolveSequence(
      sequence.map((i) => chars[i]!),
      sequence.map((i) => allTypes[i]!),
      direction(Math.max(level, before)),
      direction(Math.max(level, after)),
      direction(level),
    );
    sequence.forEach((i, k) => (resolved[i] = types[k]!));
  }
  // I1, I2: implicit levels.
  return resolved.map((type, i) => {
    const level = embedding[i]!;
    if (level % 2 === 0) return type === 'R' ? level + 1 : type === 'EN' || type === 'AN' ? level + 2 : level;
    return type === 'R' ? level : level + 1;
  });
}

/** The weak and neutral rules on one isolating run sequence; isolate marks count as neutrals. */
function resolveSequence(
  chars: readonly string[],
  types: BidiType[],
  sos: BidiType,
  eos: BidiType,
  embedding: BidiType,
): BidiType[] {
  const n = types.length;
  for (let i = 0; i < n; i++) if (isIsolateStart(types[i]!) || types[i] === 'PDI') types[i] = 'ON';
  const isolateMark = (i: number): boolean => bidiType(chars[i]!) === 'PDI' || isIsolateStart(bidiType(chars[i]!));

  // W1: a combining mark takes the type of what it combines with (after an isolate mark: neutral).
  for (let i = 0; i < n; i++)
    if (types[i] === 'NSM') types[i] = i === 0 ? sos : isolateMark(i - 1) ? 'ON' : types[i - 1]!;

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
  resolveBracketPairs(chars, types, sos, embedding);

  // N1, N2: neutrals between two strong types of one direction take it, else the embedding's.
  for (let i = 0; i < n; i++) {
    if (types[i] !== 'ON') continue;
    let end = i;
    while (end < n && types[end] === 'ON') end++;
    const before = i === 0 ? strongDirection(sos) : strongDirection(types[i - 1]!);
    const after = end === n ? strongDirection(eos) : strongDirection(types[end]!);
    const resolved: BidiType = before === after && before !== null ? before : embedding;
    for (let k = i; k < end; k++) types[k] = resolved;
    i = end - 1;
  }
  return types;
}

/** Rule N0: the bracket pairs of an isolating run sequence, resolved in order of their opening. */
function resolveBracketPairs(chars: readonly string[], types: BidiType[], sos: BidiType, level: BidiType): void {
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
  const embedding = strongDirection(level)!;
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
      let before: 'L' | 'R' = strongDirection(sos)!;
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

/**
 * The levels of one paragraph of a document written in `rtl` direction. A right-to-left
 * document's paragraph written wholly in left-to-right letters (an address typed in Latin
 * letters, an English sentence) reads as a first-strong isolate: its words and numbers keep
 * their own order, and only its alignment follows the document.
 */
export function paragraphLevels(chars: readonly string[], rtl: boolean): number[] {
  if (!rtl) return resolveLevels(chars, 0);
  const types = chars.map(bidiType);
  if (types.includes('L') && !types.includes('R') && !types.includes('AL'))
    return resolveLevels([FSI, ...chars, PDI], 1).slice(1, -1);
  return resolveLevels(chars, 1);
}
