import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererRoot, rendererSources } from './renderer-sources.js';

/**
 * The renderer is mirrored for right-to-left languages (Arabic) by setting <html dir="rtl">: that
 * works only if no style names a physical side. Margins, paddings, borders, positions, alignments
 * and corners are written with logical properties (margin-inline-start, inset-inline-end,
 * text-align: start, border-start-end-radius…), which follow the writing direction.
 *
 * Where a physical side is meant (an SVG coordinate computed in code, text forced left to right),
 * a comment on the line or the line above says so and why: `physical-direction: <reason>`.
 * Rules scoped to a direction (`:dir(rtl)`, `[dir='rtl']`) are physical by construction.
 */

interface Finding {
  file: string;
  line: number;
  text: string;
}

const MARKER = /physical-direction:\s*\S+(\s+\S+){2,}/;

const SIDE_WORD = /\b(left|right)\b/;
const PHYSICAL_PROPERTY = /(^|-)(left|right)(-|$)/;
const SIDE_VALUED = new Set([
  'float',
  'clear',
  'text-align',
  'text-align-last',
  'justify-content',
  'justify-items',
  'justify-self',
  'background',
  'background-position',
  'background-position-x',
  'mask-position',
  'object-position',
  'transform-origin',
  'perspective-origin',
]);
const FOUR_SIDED = new Set([
  'margin',
  'padding',
  'inset',
  'border-width',
  'border-style',
  'border-color',
  'scroll-margin',
  'scroll-padding',
]);

/** `0 var(--a, 1px) calc(1px + 2px)` → three tokens: spaces inside brackets do not split. */
function tokens(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value.trim()) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (/\s/.test(char) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += char;
  }
  if (current) out.push(current);
  return out;
}

/** True when the value, mirrored left to right, would draw something else. */
function isPhysicalDeclaration(property: string, rawValue: string): boolean {
  const value = rawValue
    .toLowerCase()
    .replace(/!important/, '')
    .trim();
  if (property.startsWith('--')) return false;
  if (PHYSICAL_PROPERTY.test(property)) return true;
  if (property === 'direction') return true;
  if (SIDE_VALUED.has(property) && SIDE_WORD.test(value)) return true;
  // A shift along x (not by zero) moves toward a physical side.
  if (property === 'transform') return /translate(x|3d)?\(\s*(?!0(px|%)?\s*[,)])/.test(value);
  if (property === 'translate') return !/^0(px|%)?$/.test(tokens(value)[0] ?? '0');
  const parts = tokens(value);
  if (FOUR_SIDED.has(property)) return parts.length === 4 && parts[1] !== parts[3];
  if (property === 'border-radius') {
    const corners = tokens(value.split('/')[0] ?? '');
    const [a, b, c, d] = corners;
    if (corners.length === 2) return a !== b;
    if (corners.length === 3) return a !== b || c !== b;
    if (corners.length === 4) return a !== b || c !== d;
  }
  return false;
}

const lineOf = (text: string, index: number): number => text.slice(0, index).split('\n').length;

function isMarked(lines: string[], line: number): boolean {
  return MARKER.test(lines[line - 1] ?? '') || MARKER.test(lines[line - 2] ?? '');
}

/** Every physical declaration of a stylesheet, outside rules scoped to a direction and unmarked. */
function physicalInCss(file: string, css: string): Finding[] {
  const lines = css.split('\n');
  // Comments blanked out (same length, so line numbers hold), markers read from `lines`.
  const code = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const findings: Finding[] = [];
  const selectors: string[] = [];
  let start = 0;
  for (let index = 0; index < code.length; index += 1) {
    const char = code[index];
    if (char === '{') {
      selectors.push(code.slice(start, index));
      start = index + 1;
    } else if (char === ';' || char === '}') {
      const declaration = code.slice(start, index);
      const colon = declaration.indexOf(':');
      if (colon > 0 && !declaration.includes('{')) {
        const property = declaration.slice(0, colon).trim().toLowerCase();
        const value = declaration.slice(colon + 1);
        const scopedToDirection = selectors.some((selector) => /:dir\(|\[dir\s*=/.test(selector));
        const line = lineOf(code, start + declaration.indexOf(property));
        if (
          /^-{0,2}[a-z][a-z-]*$/.test(property) &&
          !scopedToDirection &&
          isPhysicalDeclaration(property, value) &&
          !isMarked(lines, line)
        ) {
          findings.push({ file, line, text: `${property}:${value}`.replace(/\s+/g, ' ').trim() });
        }
      }
      if (char === '}') selectors.pop();
      start = index + 1;
    }
  }
  return findings;
}

const TSX_PATTERNS: RegExp[] = [
  /\b(margin|padding|border|scrollMargin|scrollPadding|inset)(Left|Right)\w*\s*[:=]/,
  /\bborder(Top|Bottom|Start|End)?(Left|Right)\w*Radius\b/,
  /\.style\.(left|right)\b/,
  /\b(textAlign|float|cssFloat|clear|justifyContent)\s*:\s*['"`][^'"`]*\b(left|right)\b/,
  /\b(backgroundPosition|transformOrigin|objectPosition)\s*:\s*['"`][^'"`]*\b(left|right)\b/,
  // A CSS shift along x, not a function that happens to be called translate (the catalogue's t).
  /translate(X|3d)\(\s*[^0\s)]/,
  /(['"`]|\btransform\b.*)translate\(\s*[^0\s)]/,
  /\bdirection\s*:\s*['"`](ltr|rtl)/,
];

/** Inline styles and style assignments in renderer TypeScript that name a physical side. */
function physicalInTsx(file: string, source: string): Finding[] {
  const lines = source.split('\n');
  const findings: Finding[] = [];
  lines.forEach((text, index) => {
    const line = index + 1;
    const code = text.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
    if (TSX_PATTERNS.some((pattern) => pattern.test(code)) && !isMarked(lines, line)) {
      findings.push({ file, line, text: text.trim() });
    }
  });
  // `left:`/`right:` keys only inside an inline style object: elsewhere they are data (a band's sides).
  for (const match of source.matchAll(/style=\{\{([\s\S]*?)\}\}/g)) {
    for (const side of match[1]!.matchAll(/\b(left|right)\s*:/g)) {
      const line = lineOf(source, match.index + 8 + side.index);
      if (!isMarked(lines, line)) findings.push({ file, line, text: lines[line - 1]!.trim() });
    }
  }
  return findings;
}

const stylesDir = join(rendererRoot, 'styles');
const stylesheets = readdirSync(stylesDir)
  .filter((name) => name.endsWith('.css'))
  .map((name) => ({ path: `renderer/styles/${name}`, text: readFileSync(join(stylesDir, name), 'utf8') }));

const report = (findings: Finding[]): string[] => findings.map(({ file, line, text }) => `${file}:${line}  ${text}`);

describe('styles follow the writing direction (an Arabic UI is the same UI mirrored)', () => {
  it('reads the stylesheets the renderer imports', () => {
    expect(stylesheets.map(({ path }) => path)).toContain('renderer/styles/base.css');
    expect(stylesheets.length).toBeGreaterThan(5);
  });

  it('no stylesheet names a physical side (left/right) where a logical property would follow the direction', () => {
    expect(report(stylesheets.flatMap(({ path, text }) => physicalInCss(path, text)))).toEqual([]);
  });

  it('no inline style or style assignment in the renderer names a physical side', () => {
    expect(report(rendererSources().flatMap(({ path, text }) => physicalInTsx(path, text)))).toEqual([]);
  });
});

describe('the physical-side checker', () => {
  const flagged = (css: string): string[] => physicalInCss('sample.css', css).map(({ text }) => text);

  it('flags each physical form', () => {
    const samples = [
      '.a { margin-left: 1px; }',
      '.a { padding-right: 0; }',
      '.a { left: 0; }',
      '.a { right: 1rem; }',
      '.a { border-left: 3px solid red; }',
      '.a { border-right-color: red; }',
      '.a { border-top-left-radius: 4px; }',
      '.a { text-align: left; }',
      '.a { text-align: right; }',
      '.a { float: left; }',
      '.a { background-position: right 4px center; }',
      '.a { transform-origin: left center; }',
      '.a { transform: translateX(-50%); }',
      '.a { padding: 0 1rem 0 2rem; }',
      '.a { margin: 0 var(--x) 0 0; }',
      '.a { border-radius: 0 var(--radius) var(--radius) 0; }',
      '.a { border-radius: 4px 0; }',
      '.a { direction: ltr; }',
      '.a {\n  border-left:\n    1px solid red;\n}',
      '.a { margin-left: 1px; /* physical-direction: */ }',
    ];
    for (const sample of samples) expect(flagged(sample), sample).toHaveLength(1);
  });

  it('lets logical, symmetric and direction-scoped styles through, and marked exceptions with a reason', () => {
    const samples = [
      '.a { margin-inline-start: 1px; padding-inline-end: 0; inset-inline-start: 0; }',
      '.a { border-inline-start: 3px solid red; border-start-end-radius: 4px; text-align: start; }',
      '.a { padding: 0 1rem; margin: 0 1rem 0 1rem; border-radius: var(--radius) var(--radius) 0 0; }',
      '.a { transform: translateY(2px); --left-gap: 1px; }',
      ':dir(rtl) .a { transform: scaleX(-1) translateX(2px); }',
      "[dir='rtl'] .a { left: auto; }",
      '.a:hover { color: red; }',
      '/* physical-direction: SVG x coordinates run left to right */\n.a { left: 0; }',
      '.a { direction: ltr; /* physical-direction: codes read left to right */ }',
    ];
    for (const sample of samples) expect(flagged(sample), sample).toEqual([]);
  });

  it('flags physical sides in inline styles and style assignments, not data named left/right', () => {
    const tsx = (source: string) => physicalInTsx('sample.tsx', source).length;
    expect(tsx('<div style={{ marginLeft: 4 }} />')).toBe(1);
    expect(tsx('<div style={{ left: 0, top: 0 }} />')).toBe(1);
    expect(tsx("element.style.left = '4px';")).toBe(1);
    expect(tsx("<p style={{ textAlign: 'right' }} />")).toBe(1);
    expect(tsx('<g style={{ transform: `translateX(${x}px)` }} />')).toBe(1);
    expect(tsx('<div style={{ marginInlineStart: 4, insetInlineEnd: 0 }} />')).toBe(0);
    expect(tsx('<span>{band(model.header.left)}</span>')).toBe(0);
    expect(tsx('const band = { left: a, right: b };')).toBe(0);
    expect(tsx("// physical-direction: SVG x runs left to right\nelement.style.left = '4px';")).toBe(0);
    expect(tsx("<g style={{ transform: 'translate(4px, 0)' }} />")).toBe(1);
    expect(tsx('const say = (key: string) => translate(`messages.${key}`);')).toBe(0);
  });
});
