import type { CaseDeadlines } from './case-deadlines.js';
import type { CasePaternityClaims, PaternityChildRecords } from './case-paternity-claims.js';
import type { CaseReactions } from './case-reactions.js';
import type { CaseRecords } from './case-records.js';
import type { ClockConfigurationSource } from './clock-configuration.js';
import type { ConsentRecords } from './consent-records.js';
import type { ContactDirectory } from './contacts.js';
import type { DeadlineClosing } from './deadline-closing.js';
import type { DocumentRenderer } from './documents.js';
import type { EvidenceRecords } from './evidence-records.js';
import type { PeopleRecords } from './people-records.js';
import type { Principles } from './principles.js';
import type { SubjectFindings } from './subject-findings.js';
import type { TimelineContribution } from './timeline-contributions.js';

/**
 * Every way one feature reaches another. A feature imports the kernel, shared/ and its own
 * folder; what it needs of another feature it declares here and receives through
 * `CaseFileContext.ports`, built in electron/core/composition.ts.
 */
export interface CaseFilePorts {
  cases: CaseRecords;
  people: PeopleRecords;
  consents: ConsentRecords;
  /** The case's paternity claim, kept in step with its child records (and the child records, for an intake edit). */
  casePaternityClaims: CasePaternityClaims;
  paternity: PaternityChildRecords;
  clockConfiguration: ClockConfigurationSource;
  deadlines: CaseDeadlines;
  /** Closes the deadlines an act recorded elsewhere answers (an examination done, a CCTV request sent). */
  deadlineClosing: DeadlineClosing;
  evidence: EvidenceRecords;
  principles: Principles;
  /** Each subject's finding in force: a case's closed status follows from them. */
  findings: SubjectFindings;
  reactions: CaseReactions;
  documents: DocumentRenderer;
  /** Each feature's derived events on a case's chronology, besides the timeline's own. */
  timeline: readonly TimelineContribution[];
  /** Colleagues' keys, each with its safety number and whether it was verified (issue 12). */
  contacts: ContactDirectory;
}
