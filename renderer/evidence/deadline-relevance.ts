import type { DeadlineItem } from '../../shared/contract/deadlines.js';
import type { EvidenceType } from '../../shared/domain/evidence.js';

/** Types whose clocks count from the incident rather than from the item (samples for forensic and medical windows). */
const INCIDENT_CLOCK_TYPES: readonly EvidenceType[] = ['biological'];

/**
 * The deadlines that bear on one item: those about the item itself (CCTV request, phone data),
 * and for biological evidence the case's incident windows it is collected against, which the
 * first such item started and later ones share. `startedNow` adds deadlines that appeared when
 * the item was logged, whatever they concern.
 */
export function deadlinesOfItem(
  deadlines: readonly DeadlineItem[],
  item: { id: string; type: EvidenceType },
  startedNow: ReadonlySet<string> = new Set(),
): DeadlineItem[] {
  return deadlines.filter(
    (deadline) =>
      startedNow.has(deadline.id) ||
      (deadline.concerns.kind === 'evidence' && deadline.concerns.id === item.id) ||
      (deadline.concerns.kind === 'incident' && INCIDENT_CLOCK_TYPES.includes(item.type)),
  );
}
