import type { Handlers } from '../../shared/contract/index.js';
import { auditHandlers } from './kernel/audit/audit-handlers.js';
import type { CaseFileContext, CaseFileServices } from './kernel/context.js';
import type { CaseFilePorts } from './kernel/ports/case-file-ports.js';
import type { CaseReactions } from './kernel/ports/case-reactions.js';
import type { CaseSnapshotSources } from './kernel/ports/case-snapshot-sources.js';
import { searchHandlers } from './kernel/search/search-handlers.js';
import { caseHandlers } from './cases/case-handlers.js';
import { caseRecords } from './cases/case-store.js';
import { consentHandlers } from './consents/consent-handlers.js';
import { listConsentDecisions } from './consents/consent-store.js';
import { caseDeadlines } from './deadlines/case-deadlines.js';
import { clockConfiguration } from './deadlines/clock-settings.js';
import { deadlineHandlers } from './deadlines/deadline-handlers.js';
import { refreshCaseDeadlines, startEvidenceDeadlines } from './deadlines/deadline-triggers.js';
import { renderDocx, renderPdf } from './documents/render-document.js';
import { custodyHandlers } from './evidence/custody-handlers.js';
import { evidenceHandlers } from './evidence/evidence-handlers.js';
import { loadEvidenceForPrinciples } from './evidence/evidence-principles.js';
import { evidenceRecords } from './evidence/evidence-records.js';
import { interviewHandlers } from './interviews/interview-handlers.js';
import { loadInterviews } from './interviews/interview-store.js';
import { letterHandlers } from './letters/letter-handlers.js';
import { loadLettersForPrinciples } from './letters/letter-register.js';
import { peopleHandlers } from './people/people-handlers.js';
import { loadPeopleWithIdentity, peopleRecords } from './people/person-store.js';
import { principlesHandlers } from './principles/principles-handlers.js';
import { principlesReading } from './principles/principles-service.js';
import { timelineHandlers } from './timeline/timeline-handlers.js';

/**
 * The one place where features meet. Each feature imports the kernel, shared/ and its own folder;
 * what it needs of another it asks of a port (kernel/ports/), and the ports are filled here with
 * the features' implementations. Read top to bottom, this file is every cross-feature reaction.
 */

/** The principles read each feature's part of a case; the principles themselves import none. */
const snapshotSources: CaseSnapshotSources = {
  people: loadPeopleWithIdentity,
  consents: (db, caseId) => listConsentDecisions(db, caseId),
  interviews: loadInterviews,
  evidence: loadEvidenceForPrinciples,
  letters: loadLettersForPrinciples,
};

const reactions: CaseReactions = {
  // A case changed (intake, an edit, a person, a milestone) → its deadlines are recomputed.
  caseChanged(ctx, db, caseId) {
    refreshCaseDeadlines(ctx, db, caseId);
  },
  // An evidence item was logged → the clocks it runs start.
  evidenceLogged: startEvidenceDeadlines,
};

export const caseFilePorts: CaseFilePorts = {
  cases: caseRecords,
  people: peopleRecords,
  clockConfiguration,
  // The deadlines' facts and the evidence feed the chronology's derived events, the case list
  // and the letters.
  deadlines: caseDeadlines,
  evidence: evidenceRecords,
  // Before a classification, a closure or an interview held → the principles are enforced; the case
  // list counts their blocking findings and a letter's merge data reads the same snapshot.
  principles: principlesReading({ cases: caseRecords, clockConfiguration, sources: snapshotSources }),
  reactions,
  // Letters (and the custody report) are drawn by the one document engine.
  documents: { renderPdf, renderDocx },
  // Every record a feature adds to a case appears on its chronology: one contribution per feature.
  timeline: [],
};

/** The context every feature receives: the workspace's services and the ports to the other features. */
export function caseFileContext(services: CaseFileServices): CaseFileContext {
  return { ...services, ports: caseFilePorts };
}

/** Every case-file method (everything but vault, session, settings and the job board), one module per aggregate. */
export type CaseFileHandlers = Omit<
  Handlers,
  `vault.${string}` | `session.${string}` | `settings.${string}` | `jobs.${string}`
>;

export function caseFileHandlers(services: CaseFileServices): CaseFileHandlers {
  const ctx = caseFileContext(services);
  return {
    ...caseHandlers(ctx),
    ...peopleHandlers(ctx),
    ...consentHandlers(ctx),
    ...interviewHandlers(ctx),
    ...principlesHandlers(ctx),
    ...auditHandlers(ctx),
    ...searchHandlers(ctx),
    ...evidenceHandlers(ctx),
    ...custodyHandlers(ctx),
    ...deadlineHandlers(ctx),
    ...timelineHandlers(ctx),
    ...letterHandlers(ctx),
  };
}
