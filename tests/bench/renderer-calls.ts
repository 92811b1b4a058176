import { CODES_ASKED_MAX } from '../../shared/contract/people.js';
import type { MethodName } from '../../shared/contract/index.js';

/** The records of the bench's case a call names: the case, a victim, a subject, some people, interviews, items. */
export interface CaseRecords {
  caseId: string;
  victimId: string;
  subjectId: string;
  personIds: readonly string[];
  interviewIds: readonly string[];
  itemIds: readonly string[];
}

/** The width of the bench table's first column: a call's label is shorter, to stay apart from its method. */
export const LABEL_COLUMN = 32;

/** One call as the renderer makes it: what it is for, the method, its input. */
type RendererCall = readonly [label: string, method: MethodName, input: unknown];

/**
 * Every call the renderer makes that reads what grows with a case, from the cases list to each tab of
 * the open case, as it makes it (tests/unit/bench/renderer-calls.test.ts holds it to the renderer's code).
 */
export function rendererCalls(records: CaseRecords): RendererCall[] {
  const { caseId, victimId, subjectId, personIds, interviewIds, itemIds } = records;
  return [
    ['cases list, first page', 'cases.page', { limit: 100 }],
    [
      'case picker, search',
      'cases.page',
      { sort: { by: 'updatedAt', direction: 'desc' }, search: 'Allegation 1', limit: 20 },
    ],
    ['open case', 'cases.get', { caseId }],
    ['case milestones', 'deadlines.caseFacts', { caseId }],
    ['case paternity claims', 'paternity.list', { caseId }],
    ['people tab, first page', 'people.page', { caseId, limit: 100 }],
    ['people picker, search', 'people.page', { caseId, filters: { role: 'victim' }, search: 'V-1', limit: 20 }],
    ['a person', 'people.get', { personId: victimId }],
    ['people codes a screen names', 'people.codes', { caseId, personIds: personIds.slice(0, CODES_ASKED_MAX) }],
    ['a victim’s consents', 'consents.list', { caseId, personId: victimId }],
    ['a victim’s contacts', 'victimContacts.list', { caseId, personId: victimId }],
    ['a subject’s findings', 'findings.list', { caseId, personId: subjectId }],
    ['a subject’s actions', 'subjectActions.list', { caseId, personId: subjectId }],
    ['interviews tab, first page', 'interviews.page', { caseId, limit: 100 }],
    ['an interview', 'interviews.get', { interviewId: interviewIds[0] }],
    [
      'interview codes a screen names',
      'interviews.codes',
      { caseId, interviewIds: interviewIds.slice(0, CODES_ASKED_MAX) },
    ],
    ['evidence log, first page', 'evidence.page', { caseId, limit: 100 }],
    ['evidence log, search', 'evidence.page', { caseId, limit: 100, search: 'examined' }],
    ['an evidence item', 'evidence.get', { itemId: itemIds[0] }],
    ['its custody chain, first page', 'custody.page', { itemId: itemIds[0], limit: 100 }],
    ['investigation tab', 'investigation.list', { caseId }],
    ['letters tab', 'letters.list', { caseId }],
    ['letter register, first page', 'letters.page', { caseId, limit: 100 }],
    ['closure letters', 'letters.closureStatus', { caseId }],
    ['new letter: what applies', 'letters.applicable', { caseId, locale: 'en' }],
    [
      'new letter: a victim searched',
      'letters.applicableTo',
      { caseId, kind: 'closure_substantiated', personId: victimId, locale: 'en' },
    ],
    ['new letter: templates', 'letters.templates', {}],
    ['new letter: assistance', 'assistance.list', { caseId }],
    ['follow-up items', 'followUps.list', { caseId }],
    [
      'timeline chart, all in view',
      'timeline.chart',
      { caseId, locale: 'en', view: null, widthPx: 1200, gapPx: 120, minWidthPx: 12, minSpacingPx: 16 },
    ],
    ['timeline table, first page', 'timeline.page', { caseId, locale: 'en', part: 'dated', limit: 100 }],
    ['checklist tab', 'principles.checklist', { caseId }],
    ['checklist, more warnings', 'principles.checklist', { caseId, severity: 'warn', offset: 50, limit: 200 }],
    ['deadlines', 'deadlines.list', { caseId, locale: 'en' }],
    ['deadlines, first page', 'deadlines.page', { locale: 'en', limit: 100 }],
    ['audit tab, first page', 'audit.page', { caseId, limit: 100 }],
    ['search', 'search.query', { q: 'convoy', limit: 100 }],
  ];
}

/**
 * The renderer's other calls, each with why the bench leaves it out: none reads what grows with a case.
 * A method the renderer calls is either measured above or listed here with its reason.
 */
export const UNMEASURED: Readonly<Record<string, readonly MethodName[]>> = {
  'changes one record: its reply is that record, or nothing': [
    'assistance.offer',
    'assistance.update',
    'cases.archive',
    'cases.changeStatus',
    'cases.create',
    'cases.update',
    'clocks.reset',
    'clocks.update',
    'consents.record',
    'contacts.add',
    'contacts.verify',
    'custody.add',
    'deadlines.close',
    'deadlines.recordMilestone',
    'deadlines.setCondition',
    'evidence.create',
    'evidence.update',
    'findings.record',
    'followUps.linkLetter',
    'followUps.open',
    'followUps.reply',
    'interviews.amend',
    'interviews.cancel',
    'interviews.markConducted',
    'interviews.plan',
    'interviews.saveNotes',
    'interviews.sign',
    'interviews.update',
    'investigation.conclude',
    'investigation.record',
    'letterhead.import',
    'letterhead.reset',
    'letters.recordDelivery',
    'letters.recordVictimClosure',
    'letters.resetTemplate',
    'letters.saveTemplate',
    'paternity.add',
    'paternity.update',
    'people.add',
    'people.setIdentity',
    'people.update',
    'settings.update',
    'subjectActions.record',
    'timeline.add',
    'timeline.remove',
    'timeline.update',
    'victimContacts.log',
  ],
  'reads one person’s identity, shown on request': ['people.revealIdentity'],
  'starts a job or takes part of a file: its reply is the job or the part, the work is done in the core': [
    'audit.check',
    'backup.restore',
    'backup.start',
    'bundles.export',
    'bundles.import',
    'custody.report',
    'custody.verificationReport',
    'evidence.export',
    'evidence.ingest',
    'evidence.uploadBegin',
    'evidence.uploadChunk',
    'evidence.uploadEnd',
    'evidence.verify',
    'jobs.cancel',
    'jobs.get',
    'letters.export',
    'letters.exportBatch',
    'statistics.export',
  ],
  'makes one letter, or its preview, from the choices of one dialog': ['letters.generate', 'letters.preview'],
  'waits on the user (a file dialog)': ['evidence.chooseFiles'],
  'the app’s state, settings or a template: its size does not grow with a case': [
    'backup.status',
    'clocks.get',
    'contacts.list',
    'identity.exportSecret',
    'identity.show',
    'letterhead.get',
    'letters.mergeFields',
    'letters.template',
    'letters.validateTemplate',
    'session.touch',
    'settings.get',
    'statistics.entities',
    'vault.create',
    'vault.lock',
    'vault.status',
    'vault.unlock',
  ],
  'measured over 5,000 cases by its own bench (statistics.bench.test.ts)': ['statistics.compute'],
};
