import type { CaseDeadlines } from './case-deadlines.js';
import type { CaseReactions } from './case-reactions.js';
import type { CaseRecords } from './case-records.js';
import type { ClockConfigurationSource } from './clock-configuration.js';
import type { DocumentRenderer } from './documents.js';
import type { EvidenceRecords } from './evidence-records.js';
import type { PeopleRecords } from './people-records.js';
import type { Principles } from './principles.js';
import type { TimelineContribution } from './timeline-contributions.js';

/**
 * Every way one feature reaches another. A feature imports the kernel, shared/ and its own
 * folder; what it needs of another feature it declares here and receives through
 * `CaseFileContext.ports`, built in electron/core/composition.ts.
 */
export interface CaseFilePorts {
  cases: CaseRecords;
  people: PeopleRecords;
  clockConfiguration: ClockConfigurationSource;
  deadlines: CaseDeadlines;
  evidence: EvidenceRecords;
  principles: Principles;
  reactions: CaseReactions;
  documents: DocumentRenderer;
  /** Each feature's derived events on a case's chronology, besides the timeline's own. */
  timeline: readonly TimelineContribution[];
}
