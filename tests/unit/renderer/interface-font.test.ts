import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererRoot } from './renderer-sources.js';

/**
 * The interface's Arabic typeface ships with the app (base.css @font-face, bundled by Vite): a
 * sans face made for screens, for Arabic letters only, so Latin text keeps the system's face.
 */

const stylesDir = join(rendererRoot, 'styles');
const baseCss = readFileSync(join(stylesDir, 'base.css'), 'utf8');
const faces = [...baseCss.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => body!);

const property = (body: string, name: string): string =>
  new RegExp(`${name}:\\s*([^;]+);`).exec(body)?.[1]?.trim() ?? '';

/** `U+0600-06FF, U+FB50-FDFF` → does it hold this code point? */
function covers(unicodeRange: string, codePoint: number): boolean {
  return unicodeRange.split(',').some((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const low = parseInt(from!, 16);
    return codePoint >= low && codePoint <= parseInt(to ?? from!, 16);
  });
}

describe('the Arabic interface font', () => {
  it('has a regular and a bold face, each a file in the repository that Vite bundles (no URL to fetch)', () => {
    expect(faces.map((face) => property(face, 'font-weight')).sort()).toEqual(['400', '700']);
    for (const face of faces) {
      expect(property(face, 'font-family')).toBe("'Casefile Arabic'");
      const url = /url\('(\.\.\/[^']+\.ttf)'\)/.exec(property(face, 'src'))?.[1];
      expect(url, face).toBeDefined();
      const font = fontkit.create(readFileSync(join(stylesDir, url!)));
      expect(font.familyName).toBe('Noto Sans Arabic');
      // Alef, beh, the Arabic comma and Arabic-Indic digits: what the Arabic catalogues write.
      for (const codePoint of [0x0627, 0x0628, 0x060c, 0x0661]) expect(font.hasGlyphForCodePoint(codePoint)).toBe(true);
      expect(dirname(url!)).toBe('../fonts');
    }
  });

  it('draws Arabic letters only, so Latin text, codes and digits keep the face they had', () => {
    for (const face of faces) {
      const range = property(face, 'unicode-range');
      for (const codePoint of [0x0627, 0x0644, 0x0645, 0x060c, 0x061f, 0xfefb, 0x200c])
        expect(covers(range, codePoint)).toBe(true);
      for (const codePoint of [0x41, 0x61, 0x30, 0x2d, 0xe9]) expect(covers(range, codePoint)).toBe(false);
    }
  });

  it('comes first in the interface face, and before the generic family in the monospaced one', () => {
    const root = /:root\s*{([\s\S]*?)}/.exec(baseCss)?.[1] ?? '';
    expect(property(root, '--font-sans').startsWith("'Casefile Arabic',")).toBe(true);
    expect(property(root, '--font-mono').endsWith("'Casefile Arabic', monospace")).toBe(true);
  });
});
