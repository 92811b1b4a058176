import type { Handlers } from '../../shared/contract/index.js';
import { assistanceHandlers } from './assistance/assistance-handlers.js';
import { loadReferralsForPrinciples } from './assistance/assistance-store.js';
import { assistanceTimeline } from './assistance/assistance-timeline.js';
import { loadContactsForPrinciples, logClosureLetterDelivery } from './assistance/contact-store.js';
import { victimContactTimeline } from './assistance/contact-timeline.js';
import { auditHandlers } from './kernel/audit/audit-handlers.js';
import type { CaseFileContext, CaseFileServices } from './kernel/context.js';
import type { CaseFilePorts } from './kernel/ports/case-file-ports.js';
import type { CaseRecords } from './kernel/ports/case-records.js';
import type { CaseReactions } from './kernel/ports/case-reactions.js';
import type { CaseSnapshotSources } from './kernel/ports/case-snapshot-sources.js';
import { searchHandlers } from './kernel/search/search-handlers.js';
import { caseHandlers } from './cases/case-handlers.js';
import { followFindings } from './cases/case-status.js';
import { casePaternityClaims } from './cases/case-paternity-claim.js';
import { caseRecords } from './cases/case-store.js';
import { consentHandlers } from './consents/consent-handlers.js';
import { contactDirectory } from './contacts/contact-directory.js';
import { bundleHandlers } from './bundles/bundle-handlers.js';
import { contactHandlers } from './contacts/contact-handlers.js';
import { listConsentDecisions } from './consents/consent-store.js';
import { caseDeadlines } from './deadlines/case-deadlines.js';
import { clockConfiguration } from './deadlines/clock-settings.js';
import { deadlineClosing } from './deadlines/deadline-answered.js';
import { deadlineHandlers } from './deadlines/deadline-handlers.js';
import { refreshCaseDeadlines, startEvidenceDeadlines } from './deadlines/deadline-triggers.js';
import { renderDocx, renderPdf } from './documents/render-document.js';
import { custodyHandlers } from './evidence/custody-handlers.js';
import { evidenceHandlers } from './evidence/evidence-handlers.js';
import { loadEvidenceForPrinciples } from './evidence/evidence-principles.js';
import { evidenceRecords } from './evidence/evidence-records.js';
import { findingHandlers } from './findings/finding-handlers.js';
import { subjectFindings } from './findings/finding-store.js';
import { findingTimeline } from './findings/finding-timeline.js';
import { interviewHandlers } from './interviews/interview-handlers.js';
import { investigationHandlers } from './investigation/investigation-handlers.js';
import { loadForensicExams, loadReputationSteps } from './investigation/investigation-principles.js';
import { investigationTimeline } from './investigation/investigation-timeline.js';
import { loadInterviews } from './interviews/interview-store.js';
import { openFollowUpFromLetter } from './follow-ups/follow-up-changes.js';
import { followUpHandlers } from './follow-ups/follow-up-handlers.js';
import { followUpTimeline } from './follow-ups/follow-up-timeline.js';
import { letterHandlers } from './letters/letter-handlers.js';
import { letterheadHandlers } from './letters/letterhead/letterhead-handlers.js';
import { loadLettersForPrinciples } from './letters/letter-register.js';
import { victimClosuresOf } from './letters/victim-closures.js';
import { claimInStepWithChildren } from './paternity/paternity-changes.js';
import { paternityHandlers } from './paternity/paternity-handlers.js';
import { paternityTimeline } from './paternity/paternity-timeline.js';
import { peopleHandlers } from './people/people-handlers.js';
import { loadPeopleWithIdentity, peopleRecords } from './people/person-store.js';
import { principlesHandlers } from './principles/principles-handlers.js';
import { principlesReading } from './principles/principles-service.js';
import { statisticsHandlers } from './statistics/statistics-handlers.js';
import { subjectActionHandlers } from './subject-actions/subject-action-handlers.js';
import { loadActionsForPrinciples } from './subject-actions/subject-action-store.js';
import { subjectActionTimeline } from './subject-actions/subject-action-timeline.js';
import { timelineHandlers } from './timeline/timeline-handlers.js';

/**
 * The one place where features meet. Each feature imports the kernel, shared/ and its own folder;
 * what it needs of another it asks of a port (kernel/ports/), and the ports are filled here with
 * the features' implementations. Read top to bottom, this file is every cross-feature reaction.
 */

/** The principles read each feature's part of a case; the principles themselves import none. */
export const snapshotSources: CaseSnapshotSources = {
  people: loadPeopleWithIdentity,
  consents: (db, caseId) => listConsentDecisions(db, caseId),
  interviews: loadInterviews,
  evidence: loadEvidenceForPrinciples,
  letters: loadLettersForPrinciples,
  // R8 reads the offers of assistance and every contact with a victim; R1, R2, R9 the referrals made.
  referrals: loadReferralsForPrinciples,
  victimContacts: loadContactsForPrinciples,
  // R15 reads the forensic examinations; R14 the steps taken to restore a cleared subject's reputation.
  forensicExams: loadForensicExams,
  // … and the measures about subjects, among them the same steps recorded as actions about the subject.
  actions: (db, caseId) => [...loadReputationSteps(db, caseId), ...loadActionsForPrinciples(db, caseId)],
  // Which letter applies reads each subject's finding in force.
  subjectOutcomes: (db, caseId) => subjectFindings.outcomesOf(db, caseId),
  // A victim's closure letter reads why the matter closed for her.
  victimClosures: victimClosuresOf,
};

const reactions: CaseReactions = {
  // A case changed (intake, an edit, a person, a milestone) → its deadlines are recomputed.
  caseChanged(ctx, db, caseId) {
    refreshCaseDeadlines(ctx, db, caseId);
  },
  // An evidence item was logged → the clocks it runs start.
  evidenceLogged: startEvidenceDeadlines,
  // A closure letter was delivered to its victim → it is logged as a contact with the victim (¶34).
  closureLetterDelivered: logClosureLetterDelivery,
  // A referral or notification letter was generated → its follow-up item opens, awaiting the reply.
  letterGenerated: openFollowUpFromLetter,
};

// A finding recorded on a subject → the case follows its subjects' findings (its closed status).
const cases: CaseRecords = { ...caseRecords, followFindings };

export const caseFilePorts: CaseFilePorts = {
  cases,
  people: peopleRecords,
  // DNA for a paternity claim needs the mother's consent to forensic sampling.
  consents: { decisionsOf: (db, caseId, personId) => listConsentDecisions(db, caseId, personId) },
  // A case with child records of a paternity claim has a claim: each side keeps the other in step.
  casePaternityClaims,
  paternity: { claimInStep: claimInStepWithChildren },
  clockConfiguration,
  // The deadlines' facts and the evidence feed the chronology's derived events, the case list
  // and the letters.
  deadlines: caseDeadlines,
  // An investigative action that does what a clock waits for (an examination, a CCTV request) closes it.
  deadlineClosing,
  evidence: evidenceRecords,
  // Before a classification, a closure or an interview held → the principles are enforced; the case
  // list counts their blocking findings and a letter's merge data reads the same snapshot.
  principles: principlesReading({ cases, clockConfiguration, sources: snapshotSources }),
  // A case with subjects closes as their findings make it: the cases read them.
  findings: subjectFindings,
  reactions,
  // Letters (and the custody report) are drawn by the one document engine.
  documents: { renderPdf, renderDocx },
  // Every record a feature adds to a case appears on its chronology: one contribution per feature.
  timeline: [
    investigationTimeline,
    paternityTimeline,
    assistanceTimeline,
    victimContactTimeline,
    subjectActionTimeline,
    followUpTimeline,
    findingTimeline,
  ],
  // Bundles are encrypted to contacts and their signatures checked against them.
  contacts: contactDirectory,
};

/** The context every feature receives: the workspace's services and the ports to the other features. */
export function caseFileContext(services: CaseFileServices): CaseFileContext {
  return { ...services, ports: caseFilePorts };
}

/**
 * Every case-file method (everything but vault, session, settings, the job board and backups, which the
 * workspace answers), one module per aggregate.
 */
export type CaseFileHandlers = Omit<
  Handlers,
  `vault.${string}` | `session.${string}` | `settings.${string}` | `jobs.${string}` | `backup.${string}`
>;

export function caseFileHandlers(services: CaseFileServices): CaseFileHandlers {
  const ctx = caseFileContext(services);
  return {
    ...caseHandlers(ctx),
    ...peopleHandlers(ctx),
    ...consentHandlers(ctx),
    ...interviewHandlers(ctx),
    ...investigationHandlers(ctx),
    ...principlesHandlers(ctx),
    ...auditHandlers(ctx),
    ...searchHandlers(ctx),
    ...evidenceHandlers(ctx),
    ...custodyHandlers(ctx),
    ...deadlineHandlers(ctx),
    ...timelineHandlers(ctx),
    ...letterHandlers(ctx),
    ...letterheadHandlers(ctx),
    ...paternityHandlers(ctx),
    ...assistanceHandlers(ctx),
    ...subjectActionHandlers(ctx),
    ...followUpHandlers(ctx),
    ...findingHandlers(ctx),
    ...statisticsHandlers(ctx),
    ...contactHandlers(ctx),
    ...bundleHandlers(ctx),
  };
}
