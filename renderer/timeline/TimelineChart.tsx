import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../shared/contract/index.js';
import type { ChartMark, TimelineEntry } from '../../shared/contract/timeline.js';
import type { TimeRange } from '../../shared/timeline/layout.js';
import { displayLocale, formatUncertainDate } from '../components/format-dates.js';
import { axisScale, axisTicks, tickLabel, type AxisScale } from './timeline-axis.js';
import {
  clusterEndOf,
  clusterLabel,
  eventLabel,
  glyphXOf,
  LABEL_BASELINE,
  LABEL_ROOM,
  LANE_HEIGHT,
  MARK_RADIUS,
  nowLinePieces,
  type LabelInLane,
  type PlacedLabel,
} from './mark-label.js';
import { kindPath } from './timeline-kinds.js';
import { clusterPeriod } from './cluster-period.js';
import { useNow } from '../deadlines/use-now.js';
import { inlineStep, useTextDirection } from '../components/reading-direction.js';

const AXIS_HEIGHT = 34;
/** Below the last lane: room for the "now" label. */
const BOTTOM_PAD = 20;
const SPAN_HEIGHT = 16;
/** Once the view is crowded, marks closer than this merge into a cluster: the chart draws at most width / this. */
const MIN_SPACING = 2 * MARK_RADIUS + 10;

/** How the core is asked to lay the marks out for a chart `width` pixels wide (timeline.chart). */
export function chartGeometry(width: number) {
  return {
    widthPx: plotWidthOf(width),
    gapPx: LABEL_ROOM,
    minWidthPx: 2 * MARK_RADIUS + 2,
    minSpacingPx: MIN_SPACING,
  };
}

/** The axis's length: the chart's width less the room kept for the last mark's label. */
const plotWidthOf = (width: number): number => Math.max(240, width - LABEL_ROOM);

export interface ChartNavigation {
  /** factor 2 shows twice as close; the anchor (ms) stays in place. */
  zoom: (factor: number, anchorMs?: number) => void;
  fit: () => void;
  /** Moves the view by this share of its width (negative: earlier). */
  pan: (fraction: number) => void;
  /** Shows this period. */
  show: (range: TimeRange) => void;
}

type Chart = MethodOutput<'timeline.chart'>;

/** A mark as this drawing shows it: its event, or a cluster's text and name; its label placed. */
type DrawnMark = { mark: ChartMark; label: PlacedLabel } & (
  { event: TimelineEntry } | { event: null; text: string; accessibleName: string }
);
const markKey = (mark: ChartMark): string => (mark.count === 1 ? mark.firstId : `cluster:${mark.firstId}`);

/**
 * The chronology drawn to scale: an exact time as a point, an uncertain date as the span it
 * could cover, overlapping marks on separate lanes. Shape and colour say the kind, filled or
 * hollow with a dashed outline says established or reported by a source. The core lays the
 * marks out for the period in view (timeline.chart): only they are drawn, dense periods as
 * clusters. Positions are SVG attributes: the CSP allows no inline styles. In Arabic the axis runs
 * right to left (axisScale): the earliest on the right, labels on a mark's left, ArrowLeft to a later mark.
 */
export function TimelineChart({
  chart,
  range,
  width,
  timeZone,
  selectedId,
  onSelect,
  navigation,
  label,
}: {
  /** The marks laid out for `range` at this `width`. */
  chart: Pick<Chart, 'marks' | 'laneCount' | 'before' | 'after'>;
  range: TimeRange;
  /** The chart's width in pixels, label room included. */
  width: number;
  /** The mission's zone: where the axis reads its days and hours. */
  timeZone: string;
  selectedId: string | null;
  onSelect: (entry: TimelineEntry) => void;
  navigation: ChartNavigation;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  const plotWidth = plotWidthOf(width);
  const ticks = axisTicks(range, plotWidth, timeZone);
  const height = AXIS_HEIGHT + Math.max(1, chart.laneCount) * LANE_HEIGHT + BOTTOM_PAD;
  const direction = useTextDirection();
  const scale = axisScale(range, plotWidth, width, direction);
  const { xOf } = scale;
  // The "now" line moves on by itself, a minute at a time; reading the clock is not for rendering.
  const nowMs = useNow(60_000);

  // One tab stop for the marks; arrows move between them in chronological order.
  // The tab stop is the mark whose first event is this one: the first mark when none is.
  const [focusId, setFocusId] = useState<string | null>(null);
  const markRefs = useRef(new Map<string, SVGGElement>());
  const placed = chart.marks;
  const current = Math.max(
    0,
    placed.findIndex((mark) => mark.firstId === focusId),
  );
  // The event whose mark takes focus after the next drawing (the first mark when it is no mark's first).
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const eventId = pendingFocus.current;
    if (!eventId) return;
    const mark = placed.find((candidate) => candidate.firstId === eventId) ?? placed[0];
    const element = mark && markRefs.current.get(markKey(mark));
    if (!element) return;
    pendingFocus.current = null;
    element.focus();
  });
  // A cluster that zooming cannot pull apart (its events at the same time) lists its events instead.
  const [listedKey, setListedKey] = useState<string | null>(null);
  const listed = placed.find((mark) => markKey(mark) === listedKey && mark.listed.length > 0) ?? null;

  const activate = (mark: ChartMark) => {
    setFocusId(mark.firstId);
    if (mark.entry) {
      onSelect(mark.entry);
      return;
    }
    if (!mark.zoomTo) {
      setListedKey(markKey(mark));
      return;
    }
    pendingFocus.current = mark.firstId;
    navigation.show(mark.zoomTo);
  };

  const onMarkKey = (event: KeyboardEvent<SVGGElement>, index: number, mark: ChartMark) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: placed.length - 1,
    };
    const step = inlineStep(event.key, direction);
    const target = step !== 0 ? index + step : moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      const next = placed[Math.max(0, Math.min(placed.length - 1, target))];
      if (!next) return;
      pendingFocus.current = next.firstId;
      setFocusId(next.firstId);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(mark);
      return;
    }
    onChartKey(event);
  };

  // Zoom and pan keys, from any control of the chart (its marks and its earlier/later buttons).
  const onChartKey = (event: KeyboardEvent<Element>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const focused = placed[current];
    const anchor = focused ? (focused.earliest + focused.end) / 2 : undefined;
    const actions: Record<string, () => void> = {
      '+': () => navigation.zoom(2, anchor),
      '=': () => navigation.zoom(2, anchor),
      '-': () => navigation.zoom(0.5, anchor),
      '0': () => navigation.fit(),
      PageUp: () => navigation.pan(-0.5),
      PageDown: () => navigation.pan(0.5),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  // Each mark's words and label, built once per drawing: drawn by its mark, and stood aside for by the "now" line.
  const drawn = placed.map((mark): DrawnMark => {
    if (mark.entry) return { mark, event: mark.entry, label: eventLabel(mark, mark.entry.title, plotWidth) };
    const words = { count: mark.count, period: clusterPeriod(locale, timeZone, mark.earliest, mark.end) };
    const text = t('timeline.chart.clusterText', words);
    return {
      mark,
      event: null,
      text,
      accessibleName: t('timeline.chart.clusterLabel', words),
      label: clusterLabel(mark, text, plotWidth),
    };
  });
  const labelsInLanes: LabelInLane[] = drawn.map(({ mark, label: markLabel }) => ({
    lane: mark.lane,
    label: markLabel,
  }));

  return (
    <div className="timeline-chart">
      <div className="timeline-offscreen">
        {chart.before > 0 ? (
          <button
            type="button"
            className="button button-link button-small"
            onClick={() => navigation.pan(-1)}
            onKeyDown={onChartKey}
          >
            {t('timeline.chart.earlier', { n: chart.before })}
          </button>
        ) : (
          <span />
        )}
        {chart.after > 0 && (
          <button
            type="button"
            className="button button-link button-small"
            onClick={() => navigation.pan(1)}
            onKeyDown={onChartKey}
          >
            {t('timeline.chart.later', { n: chart.after })}
          </button>
        )}
      </div>
      <svg
        className="timeline-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        // Labels start at their x and run the way the axis is laid out, whatever the page around says.
        direction={direction}
        role="group"
        aria-label={label}
      >
        <g className="tl-axis" aria-hidden="true">
          <line
            className="tl-axis-line"
            x1={scale.point(0)}
            x2={scale.point(plotWidth)}
            y1={AXIS_HEIGHT - 6}
            y2={AXIS_HEIGHT - 6}
          />
          {ticks.map((tick, index) => {
            const x = xOf(tick.at);
            return (
              <g key={tick.at} className={tick.major ? 'tl-tick tl-tick-major' : 'tl-tick'}>
                <line className="tl-grid" x1={x} x2={x} y1={AXIS_HEIGHT - 10} y2={height - BOTTOM_PAD + 4} />
                <text className="tl-tick-label" x={scale.onward(x, 3)} y={AXIS_HEIGHT - 14}>
                  {tickLabel(tick, index === 0, locale, timeZone)}
                </text>
              </g>
            );
          })}
          {nowMs >= range.from && nowMs <= range.to && (
            // The line stands aside for the labels it would cross: they stay whole, it runs on between the lanes.
            <g className="tl-now">
              {nowLinePieces(scale.layoutXOf(nowMs), labelsInLanes, {
                top: AXIS_HEIGHT - 10,
                bottom: height - BOTTOM_PAD,
                lanesTop: AXIS_HEIGHT,
              }).map(({ y1, y2 }) => (
                <line key={y1} x1={xOf(nowMs)} x2={xOf(nowMs)} y1={y1} y2={y2} />
              ))}
              <text x={xOf(nowMs)} y={height - 5} textAnchor="middle">
                {t('timeline.chart.now')}
              </text>
            </g>
          )}
        </g>
        {drawn.map((item, index) => {
          const { mark } = item;
          const key = markKey(mark);
          const shared = {
            y: AXIS_HEIGHT + mark.lane * LANE_HEIGHT,
            tabIndex: index === current ? 0 : -1,
            refSetter: (element: SVGGElement | null) => {
              if (element) markRefs.current.set(key, element);
              else markRefs.current.delete(key);
            },
            onActivate: () => activate(mark),
            onKeyDown: (event: KeyboardEvent<SVGGElement>) => onMarkKey(event, index, mark),
            label: item.label,
            scale,
          };
          if (item.event)
            return (
              <Mark
                key={key}
                mark={mark}
                event={item.event}
                selected={item.event.id === selectedId}
                accessibleName={t('timeline.chart.markLabel', {
                  title: item.event.title,
                  date: formatUncertainDate(t, locale, item.event.date),
                  kind: t(`labels.timelineEventKind.${item.event.kind}`),
                  basis: t(`labels.eventBasis.${item.event.basis}`),
                })}
                {...shared}
              />
            );
          return (
            <ClusterMark key={key} mark={mark} text={item.text} accessibleName={item.accessibleName} {...shared} />
          );
        })}
      </svg>
      {listed && (
        <ClusterList
          cluster={listed}
          heading={t('timeline.chart.clusterListHeading', {
            count: listed.count,
            period: clusterPeriod(locale, timeZone, listed.earliest, listed.end),
          })}
          selectedId={selectedId}
          onSelect={onSelect}
          onClose={() => setListedKey(null)}
        />
      )}
    </div>
  );
}

/** The events of a cluster showing closer would not pull apart, listed (the first ones of a very large one). */
function ClusterList({
  cluster,
  heading,
  selectedId,
  onSelect,
  onClose,
}: {
  cluster: ChartMark;
  heading: string;
  selectedId: string | null;
  onSelect: (entry: TimelineEntry) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  return (
    <section className="timeline-cluster-list" aria-label={heading}>
      <div className="timeline-cluster-list-header">
        <h3>{heading}</h3>
        <button type="button" className="button button-link button-small" onClick={onClose}>
          {t('timeline.chart.clusterListClose')}
        </button>
      </div>
      <ul>
        {cluster.listed.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="button button-link button-small"
              aria-pressed={entry.id === selectedId}
              onClick={() => onSelect(entry)}
            >
              <span className="user-text">{entry.title}</span>
            </button>{' '}
            <span className="muted">{formatUncertainDate(t, locale, entry.date)}</span>
          </li>
        ))}
      </ul>
      {cluster.listed.length < cluster.count && (
        <p className="muted">{t('timeline.chart.clusterListMore', { n: cluster.count - cluster.listed.length })}</p>
      )}
    </section>
  );
}

/** What a mark and a cluster mark are drawn with: their lane, their place in the tab order and their handlers. */
interface MarkProps {
  mark: ChartMark;
  y: number;
  tabIndex: number;
  accessibleName: string;
  refSetter: (element: SVGGElement | null) => void;
  onActivate: () => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
  /** Its label, placed (mark-label.ts). */
  label: PlacedLabel;
  /** The layout's x (mark.x0, x1 and what is drawn beside them) to the screen's. */
  scale: AxisScale;
}

/** Several events too close to be told apart at this scale: their span, their count and their period. */
function ClusterMark({
  mark,
  y,
  text,
  tabIndex,
  accessibleName,
  refSetter,
  onActivate,
  onKeyDown,
  label,
  scale,
}: MarkProps & { text: string }) {
  const mid = y + LANE_HEIGHT / 2;
  const x0 = mark.x0;
  const x1 = clusterEndOf(mark);
  return (
    <g
      ref={refSetter}
      className="tl-mark tl-cluster"
      role="button"
      tabIndex={tabIndex}
      aria-label={accessibleName}
      onClick={onActivate}
      onKeyDown={onKeyDown}
      data-cluster-size={mark.count}
    >
      <title>{text}</title>
      <rect
        className="tl-hit"
        {...scale.box(x0 - 3, label.x + label.width - x0 + 6)}
        y={y + 2}
        height={LANE_HEIGHT - 4}
        rx={5}
      />
      <rect
        className="tl-cluster-span"
        {...scale.box(x0, x1 - x0)}
        y={mid - SPAN_HEIGHT / 2}
        height={SPAN_HEIGHT}
        rx={SPAN_HEIGHT / 2}
      />
      <text className="tl-label" x={scale.point(label.x)} y={mid + LABEL_BASELINE}>
        {label.text}
      </text>
    </g>
  );
}

function Mark({
  mark,
  event,
  y,
  selected,
  tabIndex,
  accessibleName,
  refSetter,
  onActivate,
  onKeyDown,
  label,
  scale,
}: MarkProps & { event: TimelineEntry; selected: boolean }) {
  const { x0, x1, point } = mark;
  const mid = y + LANE_HEIGHT / 2;
  const spanWidth = x1 - x0;
  // Inside a span, the glyph leads; after the chevron when the span runs on past the start of the view.
  const glyphX = glyphXOf(mark);
  const labelInside = !point && label.x < x1;
  const hitStart = Math.min(x0, glyphX - MARK_RADIUS);
  const hitEnd = labelInside ? x1 : label.x + label.width;
  // A chevron from its open side to its tip, where the span runs on out of view.
  const chevron = (open: number, tip: number): string =>
    `M${scale.point(open)} ${mid - 5}L${scale.point(tip)} ${mid}L${scale.point(open)} ${mid + 5}`;
  const classes = [
    'tl-mark',
    `tl-kind-${event.kind}`,
    `tl-basis-${event.basis}`,
    point ? 'tl-point' : 'tl-range',
    selected ? 'is-selected' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <g
      ref={refSetter}
      className={classes}
      role="button"
      tabIndex={tabIndex}
      aria-label={accessibleName}
      aria-pressed={selected}
      onClick={onActivate}
      onKeyDown={onKeyDown}
      data-event-id={event.id}
    >
      {/* The full title on hover, where the label had to be shortened. */}
      <title>{event.title}</title>
      <rect
        className="tl-hit"
        {...scale.box(hitStart - 3, hitEnd - hitStart + 6)}
        y={y + 2}
        height={LANE_HEIGHT - 4}
        rx={5}
      />
      {!point && (
        <rect
          className="tl-span"
          {...scale.box(x0, Math.max(spanWidth, 2))}
          y={mid - SPAN_HEIGHT / 2}
          height={SPAN_HEIGHT}
          rx={4}
        />
      )}
      {mark.continuesBefore && <path className="tl-continues" d={chevron(x0 + 7, x0 + 2)} />}
      {mark.continuesAfter && <path className="tl-continues" d={chevron(x1 - 7, x1 - 2)} />}
      <path
        className="tl-shape"
        d={kindPath(event.kind, scale.point(glyphX), mid, point ? MARK_RADIUS : MARK_RADIUS - 2)}
      />
      <text className="tl-label" x={scale.point(label.x)} y={mid + LABEL_BASELINE}>
        {label.text}
      </text>
    </g>
  );
}
