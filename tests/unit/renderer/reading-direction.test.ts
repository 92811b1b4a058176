import { describe, expect, it } from 'vitest';
import { directionOf } from '../../../shared/i18n/text-direction.js';
import { inlineStep } from '../../../renderer/components/reading-direction.js';
import { axisScale } from '../../../renderer/timeline/timeline-axis.js';

/** Arabic mirrors the interface: what styles cannot mirror (the chart's coordinates, arrow keys) follows this. */

describe('the direction of a language', () => {
  it('is right to left for Arabic only; a code Casefile does not know reads left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('fr')).toBe('ltr');
    expect(directionOf('es')).toBe('ltr');
    expect(directionOf('')).toBe('ltr');
    expect(directionOf('toString')).toBe('ltr');
  });
});

describe('arrow keys in reading order', () => {
  it('move onward with the arrow that points the way the line runs', () => {
    expect(inlineStep('ArrowRight', 'ltr')).toBe(1);
    expect(inlineStep('ArrowLeft', 'ltr')).toBe(-1);
    expect(inlineStep('ArrowLeft', 'rtl')).toBe(1);
    expect(inlineStep('ArrowRight', 'rtl')).toBe(-1);
    expect(inlineStep('ArrowDown', 'rtl')).toBe(0);
    expect(inlineStep('Home', 'ltr')).toBe(0);
  });
});

describe('the timeline axis on screen', () => {
  // 600 px of axis in an 800 px chart: 200 px kept for the last mark's label.
  const range = { from: 1_000, to: 2_000 };

  it('left to right: the earliest at the left edge, time running rightwards, labels after their mark', () => {
    const scale = axisScale(range, 600, 800, 'ltr');
    expect(scale.xOf(1_000)).toBe(0);
    expect(scale.xOf(1_500)).toBe(300);
    expect(scale.xOf(2_000)).toBe(600);
    expect(scale.point(42)).toBe(42);
    expect(scale.onward(100, 3)).toBe(103);
    expect(scale.box(10, 50)).toEqual({ x: 10, width: 50 });
  });

  it('right to left: the earliest at the right edge, time running leftwards, the label room on the left', () => {
    const scale = axisScale(range, 600, 800, 'rtl');
    expect(scale.xOf(1_000)).toBe(800);
    expect(scale.xOf(1_500)).toBe(500);
    expect(scale.xOf(2_000)).toBe(200);
    expect(scale.xOf(1_600)).toBeLessThan(scale.xOf(1_400));
    expect(scale.onward(100, 3)).toBe(97);
    // A span laid out from 10 over 50 px ends where its start is mirrored: its right edge at 790.
    expect(scale.box(10, 50)).toEqual({ x: 740, width: 50 });
    expect(scale.box(10, 50).x + 50).toBe(scale.point(10));
  });

  it('draws the same picture mirrored: every point at the same distance from the other edge', () => {
    const ltr = axisScale(range, 600, 800, 'ltr');
    const rtl = axisScale(range, 600, 800, 'rtl');
    for (const ms of [1_000, 1_250, 1_999, 2_000]) expect(ltr.xOf(ms) + rtl.xOf(ms)).toBe(800);
    for (const x of [0, 7, 333, 800]) expect(ltr.point(x) + rtl.point(x)).toBe(800);
  });
});
