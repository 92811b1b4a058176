import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The palette's text and control colours against the surfaces they are drawn on, by WCAG 2's
 * contrast formula: 4.5:1 for text, 3:1 for what identifies a control (a field's edge, the focus
 * ring). The e2e suite runs axe-core on the screens as drawn; this catches a token changed for
 * every screen at once, before a browser is started.
 */

const baseCss = readFileSync(join(import.meta.dirname, '../../../renderer/styles/base.css'), 'utf8');

function tokens(css: string): Map<string, string> {
  const root = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
  return new Map(
    [...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name, value]) => [name!, value!.toLowerCase()]),
  );
}

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const palette = tokens(baseCss);
const color = (name: string): string => {
  const value = palette.get(name);
  if (!value) throw new Error(`base.css declares no --${name}`);
  return value;
};

const LIGHT_SURFACES = ['surface', 'canvas', 'info-soft', 'accent-soft', 'danger-soft', 'success-soft'];

/** [foreground, background, minimum ratio]: every pairing the style sheets make of these tokens. */
const PAIRS: [string, string, number][] = [
  ...['ink', 'ink-soft', 'ink-faint'].flatMap((ink) =>
    LIGHT_SURFACES.map((surface): [string, string, number] => [ink, surface, 4.5]),
  ),
  ['accent', 'surface', 4.5],
  ['accent', 'canvas', 4.5],
  ['accent-strong', 'info-soft', 4.5],
  ['danger', 'danger-soft', 4.5],
  ['danger', 'surface', 4.5],
  ['success', 'success-soft', 4.5],
  ['warning', 'surface', 4.5],
  ['sidebar-ink', 'sidebar', 4.5],
  ['sidebar-ink', 'sidebar-active', 4.5],
  ['control-border', 'surface', 3],
  ['control-border', 'canvas', 3],
  ['focus', 'surface', 3],
  ['focus', 'canvas', 3],
];

describe('the palette in renderer/styles/base.css', () => {
  it.each(PAIRS)('--%s on --%s reaches %s:1', (foreground, background, minimum) => {
    expect(contrast(color(foreground), color(background))).toBeGreaterThanOrEqual(minimum);
  });

  it('measures as WCAG does (the check can fail)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // The faint ink the tester measured at 4.12–4.45:1 on the app's light surfaces.
    expect(contrast('#6b7686', '#f3f5f8')).toBeLessThan(4.5);
    expect(contrast('#6b7686', '#eef3f9')).toBeLessThan(4.5);
  });
});
