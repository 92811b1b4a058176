import type { PaternityChild } from '../../../shared/domain/paternity.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import { messageText } from '../../../shared/i18n/messages.js';
import type { ContributedEvent, TimelineContribution } from '../kernel/ports/timeline-contributions.js';
import { listChildren } from './paternity-store.js';

type Step =
  'Birth' | 'Reported' | 'DnaTaken' | 'DnaSent' | 'DnaResult' | 'StateContacted' | 'SupportOrdered' | 'SupportPaid';

/** The dated steps of one child's claim; the birth as uncertain as it was written. */
function stepsOf(child: PaternityChild, timeZone: string): [Step, UncertainDate][] {
  const day = (from: string | undefined): UncertainDate | undefined =>
    from === undefined ? undefined : { precision: 'day', from, timeZone };
  const steps: [Step, UncertainDate | undefined][] = [
    ['Birth', child.birth],
    ['Reported', day(child.reportedOn)],
    ['DnaTaken', day(child.dna.sampleTakenOn)],
    ['DnaSent', day(child.dna.sampleSentOn)],
    ['DnaResult', day(child.dna.resultOn)],
    ['StateContacted', day(child.memberStateContact?.on)],
    ['SupportOrdered', day(child.support.orderedOn)],
    ['SupportPaid', day(child.support.lastPaidOn)],
  ];
  return steps.filter((step): step is [Step, UncertainDate] => step[1] !== undefined);
}

/**
 * Each child's birth, claim, DNA steps, contact with the Member State and support on the case's
 * chronology, titled by the child's code only and as confidential as the child's record.
 */
export const paternityTimeline: TimelineContribution = (db, caseId, view) =>
  listChildren(db, caseId).flatMap((child) =>
    stepsOf(child, view.timeZone).map(([step, date]): ContributedEvent => ({
      id: `paternity:${child.id}:${step}`,
      caseId,
      date,
      kind: 'paternity',
      title: messageText(view.locale, `timeline.paternity${step}`, { child: child.code }),
      // The birth and the claim are what the mother reported; the other steps are the team's own records.
      basis: step === 'Birth' || step === 'Reported' ? 'reported_by_source' : 'established',
      sources: [],
      origin: 'derived',
      confidentiality: child.confidentiality,
      derivedFrom: { kind: 'paternity_child', id: child.id },
      updatedAt: null,
    })),
  );
