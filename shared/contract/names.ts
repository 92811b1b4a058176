import type { CasefileMethods, MethodName } from './index.js';
import type { Result } from './errors.js';

/**
 * The names of the contract's methods and events, and how they become IPC channels and the
 * page's API, without zod or any schema: the sandboxed preload bundles this file alone, so it
 * stays a few kilobytes. The compiler checks the lists against the contract (see the end).
 */
export const METHOD_NAMES = [
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'session.touch',
  'settings.get',
  'settings.update',
  'cases.list',
  'cases.page',
  'cases.create',
  'cases.get',
  'cases.update',
  'cases.changeStatus',
  'cases.archive',
  'people.list',
  'people.page',
  'people.get',
  'people.codes',
  'people.add',
  'people.update',
  'people.setIdentity',
  'people.revealIdentity',
  'consents.list',
  'consents.record',
  'findings.list',
  'findings.record',
  'interviews.list',
  'interviews.page',
  'interviews.codes',
  'interviews.get',
  'interviews.plan',
  'interviews.update',
  'interviews.saveNotes',
  'interviews.markConducted',
  'interviews.cancel',
  'interviews.sign',
  'interviews.amend',
  'investigation.list',
  'investigation.record',
  'investigation.conclude',
  'principles.check',
  'principles.checklist',
  'audit.list',
  'audit.page',
  'audit.check',
  'audit.verify',
  'search.query',
  'evidence.list',
  'evidence.page',
  'evidence.get',
  'evidence.create',
  'evidence.update',
  'evidence.chooseFiles',
  'evidence.ingest',
  'evidence.uploadBegin',
  'evidence.uploadChunk',
  'evidence.uploadEnd',
  'evidence.verify',
  'evidence.export',
  'custody.list',
  'custody.page',
  'custody.add',
  'custody.report',
  'custody.verificationReport',
  'clocks.get',
  'clocks.update',
  'clocks.reset',
  'deadlines.list',
  'deadlines.page',
  'deadlines.close',
  'deadlines.caseFacts',
  'deadlines.recordMilestone',
  'deadlines.setCondition',
  'timeline.list',
  'timeline.chart',
  'timeline.page',
  'timeline.add',
  'timeline.update',
  'timeline.remove',
  'letters.templates',
  'letters.template',
  'letters.validateTemplate',
  'letters.saveTemplate',
  'letters.resetTemplate',
  'letters.mergeFields',
  'letters.applicable',
  'letters.applicableTo',
  'letters.preview',
  'letters.generate',
  'letters.list',
  'letters.page',
  'letters.get',
  'letters.export',
  'letters.exportBatch',
  'letters.recordDelivery',
  'letters.closureStatus',
  'letters.victimClosures',
  'letters.recordVictimClosure',
  'letterhead.get',
  'letterhead.import',
  'letterhead.reset',
  'subjectActions.record',
  'subjectActions.list',
  'followUps.list',
  'followUps.open',
  'followUps.reply',
  'followUps.linkLetter',
  'assistance.list',
  'assistance.offer',
  'assistance.update',
  'victimContacts.list',
  'victimContacts.log',
  'identity.show',
  'identity.exportSecret',
  'contacts.list',
  'contacts.add',
  'contacts.verify',
  'bundles.export',
  'bundles.verify',
  'bundles.import',
  'paternity.list',
  'paternity.add',
  'paternity.update',
  'statistics.compute',
  'statistics.export',
  'statistics.entities',
  'jobs.get',
  'jobs.cancel',
  'backup.start',
  'backup.status',
  'backup.restore',
] as const satisfies readonly MethodName[];

/** What the core tells the app unasked; each payload's schema is in ./events.ts. */
export const EVENT_NAMES = [
  'jobs.progress',
  'jobs.finished',
  'vault.locked',
  'vault.unlocked',
  'deadlines.due',
] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** Prefix of every IPC channel; the router refuses others (as VS Code's validatedIpcMain does). */
export const CHANNEL_PREFIX = 'casefile:';
export const channelOf = (name: MethodName): string => `${CHANNEL_PREFIX}${name}`;
/** Events travel main → window only, on channels of their own. */
export const eventChannelOf = (name: EventName): string => `${CHANNEL_PREFIX}event:${name}`;

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
}

/** Builds the namespaced methods from a single invoke function; the preload and the test bridge use it. */
export function buildApi(invoke: (name: MethodName, input: unknown) => Promise<Result<unknown>>): CasefileMethods {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of METHOD_NAMES) {
    const [ns, fn] = name.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][fn] = (input: unknown) => invoke(name, input === undefined ? {} : input);
  }
  return api as unknown as CasefileMethods;
}

// Every method of the contract is listed: a method added there and not here fails to compile, naming it.
type Unlisted = Exclude<MethodName, (typeof METHOD_NAMES)[number]>;
true satisfies [Unlisted] extends [never] ? true : Unlisted;
