import { describe, expect, it } from 'vitest';
import type { ChartMark } from '../../../shared/contract/timeline.js';
import { labelWidth } from '../../../renderer/timeline/label-width.js';
import {
  clusterLabel,
  eventLabel,
  LANE_HEIGHT,
  NOW_LINE_GAP,
  nowLinePieces,
  type LabelInLane,
} from '../../../renderer/timeline/mark-label.js';

// Without a canvas (Node), widths are estimated at 6.7 px a character.
const PLOT_WIDTH = 800;
const LINE = { top: 24, bottom: 124, lanesTop: 34 };

const markAt = (x0: number, x1: number, lane: number, point = x0 === x1): ChartMark => ({
  x0,
  x1,
  lane,
  point,
  continuesBefore: false,
  continuesAfter: false,
  earliest: 0,
  end: 1,
  count: 1,
  firstId: `mark-${lane}-${x0}`,
  entry: null,
  zoomTo: null,
  listed: [],
});

/** Does the line, in these pieces, come within the gap of this label's words (lane's middle ± 8 px)? */
function touches(pieces: { y1: number; y2: number }[], lane: number): boolean {
  const middle = LINE.lanesTop + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
  return pieces.some(({ y1, y2 }) => y1 < middle + 8 + 3 && y2 > middle - 8 - 3);
}

describe('the "now" line and the labels beside it', () => {
  const title = 'E-0001 handed over';
  const crossing: LabelInLane = { lane: 1, label: eventLabel(markAt(100, 100, 1), title, PLOT_WIDTH) };

  it('runs whole from the axis to the last lane when no label comes near it', () => {
    expect(nowLinePieces(400, [crossing], LINE)).toEqual([{ y1: 24, y2: 124 }]);
  });

  it('stands aside for a label it would cross, and runs on above and below it', () => {
    const nowX = crossing.label.x + crossing.label.width / 2;
    const pieces = nowLinePieces(nowX, [crossing], LINE);
    expect(pieces).toHaveLength(2);
    expect(touches(pieces, 1)).toBe(false);
    expect(pieces[0]!.y1).toBe(LINE.top);
    expect(pieces[1]!.y2).toBe(LINE.bottom);
  });

  it('keeps a clear gap from a label’s first and last letters, and none further off', () => {
    const { x, width } = crossing.label;
    for (const nowX of [x - NOW_LINE_GAP, x - 1, x + width + 1, x + width + NOW_LINE_GAP]) {
      expect(touches(nowLinePieces(nowX, [crossing], LINE), 1), String(nowX)).toBe(false);
    }
    expect(nowLinePieces(x - NOW_LINE_GAP - 1, [crossing], LINE)).toHaveLength(1);
    expect(nowLinePieces(x + width + NOW_LINE_GAP + 1, [crossing], LINE)).toHaveLength(1);
  });

  it('stands aside for a label in each lane it crosses, and is still drawn between them', () => {
    const labels = [0, 1, 2].map((lane) => ({ lane, label: eventLabel(markAt(100, 100, lane), title, PLOT_WIDTH) }));
    const pieces = nowLinePieces(labels[0]!.label.x + 20, labels, LINE);
    expect([0, 1, 2].map((lane) => touches(pieces, lane))).toEqual([false, false, false]);
    expect(pieces.length).toBe(4);
    for (const piece of pieces) expect(piece.y2).toBeGreaterThan(piece.y1);
  });

  it('stands aside for a cluster’s label and for a label written inside a span', () => {
    const cluster = clusterLabel(markAt(300, 330, 0, false), '12 events, 3–9 May', PLOT_WIDTH);
    expect(cluster.x).toBe(336);
    const span = eventLabel(markAt(100, 500, 2, false), title, PLOT_WIDTH);
    expect(span.x).toBeLessThan(500);
    expect(span.text).toBe(title);
    const labels = [
      { lane: 0, label: cluster },
      { lane: 2, label: span },
    ];
    expect(touches(nowLinePieces(cluster.x + 10, labels, LINE), 0)).toBe(false);
    expect(touches(nowLinePieces(span.x + 10, labels, LINE), 2)).toBe(false);
  });

  it('places a point’s label after its glyph, shortened by whole words to the room kept for it', () => {
    const label = eventLabel(markAt(PLOT_WIDTH + 100, PLOT_WIDTH + 100, 0), 'Status: Under investigation', PLOT_WIDTH);
    expect(label.x).toBe(PLOT_WIDTH + 100 + 12);
    expect(label.text).toBe('Status: Under…');
    expect(label.width).toBe(labelWidth('Status: Under…'));
  });
});
