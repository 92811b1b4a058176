import type { TimelineEventKind } from '../../shared/timeline/event.js';

/**
 * Each kind of event has a shape as well as a colour, so the chart and its legend read the same
 * in greyscale and for colour-blind eyes.
 */

/** The outline of `kind`'s mark centred on (cx, cy), about 2r across. */
export function kindPath(kind: TimelineEventKind, cx: number, cy: number, r: number): string {
  switch (kind) {
    case 'incident':
      return `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`;
    case 'investigative_action': {
      const s = r * 0.8;
      return `M${cx - s} ${cy - s}H${cx + s}V${cy + s}H${cx - s}Z`;
    }
    case 'interview':
      return `M${cx - r} ${cy}A${r} ${r} 0 1 0 ${cx + r} ${cy}A${r} ${r} 0 1 0 ${cx - r} ${cy}Z`;
    case 'evidence':
      return `M${cx} ${cy - r}L${cx + r} ${cy + r * 0.8}L${cx - r} ${cy + r * 0.8}Z`;
    case 'custody':
      return `M${cx - r} ${cy - r * 0.8}L${cx + r} ${cy - r * 0.8}L${cx} ${cy + r}Z`;
    case 'referral':
      return `M${cx - r} ${cy - r}L${cx + r} ${cy}L${cx - r} ${cy + r}L${cx - r * 0.35} ${cy}Z`;
    // An action about a subject: the referral's arrow turned back towards the subject.
    case 'subject_action':
      return `M${cx + r} ${cy - r}L${cx - r} ${cy}L${cx + r} ${cy + r}L${cx + r * 0.35} ${cy}Z`;
    // A contact with the victim: a speech bubble.
    case 'victim_contact':
      return (
        `M${cx - r} ${cy - r * 0.6}H${cx + r}V${cy + r * 0.3}H${cx - r * 0.2}` +
        `L${cx - r * 0.7} ${cy + r}V${cy + r * 0.3}H${cx - r}Z`
      );
    // A child's claim (birth, DNA, support): a hexagon, unlike every other mark.
    case 'paternity':
      return (
        `M${cx - r} ${cy}L${cx - r / 2} ${cy - r}L${cx + r / 2} ${cy - r}L${cx + r} ${cy}` +
        `L${cx + r / 2} ${cy + r}L${cx - r / 2} ${cy + r}Z`
      );
    // A finding on a subject: a gavel-like bar over a base, unlike every other mark.
    case 'finding':
      return (
        `M${cx - r} ${cy - r}H${cx + r}V${cy - r * 0.3}H${cx + r * 0.25}V${cy + r * 0.5}H${cx + r}` +
        `V${cy + r}H${cx - r}V${cy + r * 0.5}H${cx - r * 0.25}V${cy - r * 0.3}H${cx - r}Z`
      );
    case 'status_change':
      return (
        `M${cx} ${cy - r}L${cx + r} ${cy - r * 0.25}L${cx + r * 0.8} ${cy + r}L${cx - r * 0.8} ` +
        `${cy + r}L${cx - r} ${cy - r * 0.25}Z`
      );
  }
}

/** The kind's mark on its own, beside text (legend, table). */
export function KindIcon({ kind, hollow = false }: { kind: TimelineEventKind; hollow?: boolean }) {
  return (
    <svg
      className={`kind-icon tl-kind-${kind}${hollow ? ' tl-basis-reported_by_source' : ' tl-basis-established'}`}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path className="tl-shape" d={kindPath(kind, 8, 8, 6)} />
    </svg>
  );
}
