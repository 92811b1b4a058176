import type { TimelineEntry } from '../../../../shared/contract/timeline.js';
import type { TimelineLocale } from '../../../../shared/timeline/event-titles.js';
import type { VaultDatabase } from '../vault/database.js';

/** A derived chronology event as a feature gives it: the timeline adds the sources' labels. */
export type ContributedEvent = Omit<TimelineEntry, 'sourceLabels'>;

/**
 * A feature's derived events for one case's chronology (a finding, an assistance referral, a
 * reply from a State…), read each time the chronology is listed, inside its transaction, so they
 * are never stale. Ids must be unique within the case: prefix them with the feature's kind. A
 * feature adds its contribution to the list in composition.ts; the timeline imports no feature.
 */
export type TimelineContribution = (
  db: VaultDatabase,
  caseId: string,
  view: { timeZone: string; locale: TimelineLocale },
) => ContributedEvent[];
