import type { ChartMark } from '../../shared/contract/timeline.js';
import { fitLabel, labelWidth } from './label-width.js';

/**
 * Where each mark's label stands on the chart, in the layout's x (onward from the axis's start,
 * mirrored on screen in Arabic by the axis scale), and where the "now" line stands aside for them.
 */

export const LANE_HEIGHT = 30;
export const MARK_RADIUS = 7;
/** Room kept after each mark for its label; marks closer than this share no lane. */
export const LABEL_ROOM = 210;
/** A label's baseline below the middle of its lane. */
export const LABEL_BASELINE = 4;
/** Half the height the "now" line leaves out around a label, from its lane's middle: the 12 px text and a clear gap. */
const LABEL_HALF_BAND = 12;
/** The clear gap kept between the "now" line and a label's first or last letter. */
export const NOW_LINE_GAP = 6;

/** A label as drawn: its words (shortened to fit), where they start and how far they run, onward. */
export interface PlacedLabel {
  text: string;
  x: number;
  width: number;
}

/** Where an event mark's glyph stands: the point itself, or the start of a span (after its chevron). */
export function glyphXOf(mark: Pick<ChartMark, 'x0' | 'x1' | 'point' | 'continuesBefore'>): number {
  return mark.point ? (mark.x0 + mark.x1) / 2 : mark.x0 + MARK_RADIUS + 2 + (mark.continuesBefore ? 8 : 0);
}

/** How far a label may run from `x` outside any span: its room, and no further than the chart. */
const roomFrom = (x: number, plotWidth: number): number => Math.min(LABEL_ROOM - 10, plotWidth + LABEL_ROOM - x - 4);

const placed = (text: string, x: number): PlacedLabel => ({ text, x, width: labelWidth(text) });

/**
 * An event mark's label: after its point; inside its span when the whole title fits there, else
 * after the span; shortened by whole words to the room the layout kept for it.
 */
export function eventLabel(mark: ChartMark, title: string, plotWidth: number): PlacedLabel {
  const insideX = glyphXOf(mark) + MARK_RADIUS + 4;
  if (mark.point) return placed(fitLabel(title, roomFrom(insideX + 1, plotWidth)), insideX + 1);
  if (mark.x1 - insideX - 4 >= labelWidth(title)) return placed(title, insideX);
  return placed(fitLabel(title, roomFrom(mark.x1 + 6, plotWidth)), mark.x1 + 6);
}

/** Where a cluster's span ends: at least a glyph wide. */
export const clusterEndOf = (mark: Pick<ChartMark, 'x0' | 'x1'>): number =>
  Math.max(mark.x1, mark.x0 + 2 * MARK_RADIUS);

/** A cluster's label, after its span. */
export function clusterLabel(mark: ChartMark, text: string, plotWidth: number): PlacedLabel {
  const x = clusterEndOf(mark) + 6;
  return placed(fitLabel(text, roomFrom(x, plotWidth)), x);
}

/** A label in its lane, as the "now" line sees it. */
export interface LabelInLane {
  lane: number;
  label: PlacedLabel;
}

/**
 * The pieces of the "now" line at `nowX`, from `top` to `bottom` (lanes from `lanesTop`): the line
 * stops short of every label it would cross or come within NOW_LINE_GAP of, so the label stays
 * whole and readable, and runs on between the lanes, above and below them.
 */
export function nowLinePieces(
  nowX: number,
  labels: readonly LabelInLane[],
  { top, bottom, lanesTop }: { top: number; bottom: number; lanesTop: number },
): { y1: number; y2: number }[] {
  const gaps = labels
    .filter(
      ({ label }) => label.width > 0 && nowX >= label.x - NOW_LINE_GAP && nowX <= label.x + label.width + NOW_LINE_GAP,
    )
    .map(({ lane }) => {
      const middle = lanesTop + lane * LANE_HEIGHT + LANE_HEIGHT / 2;
      return { from: middle - LABEL_HALF_BAND, to: middle + LABEL_HALF_BAND };
    })
    .sort((a, b) => a.from - b.from);
  const pieces: { y1: number; y2: number }[] = [];
  let y = top;
  for (const gap of gaps) {
    if (gap.from > y) pieces.push({ y1: y, y2: gap.from });
    y = Math.max(y, gap.to);
  }
  if (bottom > y) pieces.push({ y1: y, y2: bottom });
  return pieces;
}
