import type { z } from 'zod';
import { assistanceMethods } from './assistance.js';
import { auditMethods } from './audit.js';
import { backupMethods } from './backup.js';
import { bundlesMethods } from './bundles.js';
import { casesMethods } from './cases.js';
import { consentsMethods } from './consents.js';
import { custodyMethods } from './custody.js';
import { deadlinesMethods } from './deadlines.js';
import type { MethodSpec } from './define.js';
import type { EventPayload } from './events.js';
import type { EventName } from './names.js';
import type { Result } from './errors.js';
import { evidenceMethods } from './evidence.js';
import { findingsMethods } from './findings.js';
import { followUpsMethods } from './follow-ups.js';
import { identityMethods } from './identity.js';
import { interviewsMethods } from './interviews.js';
import { investigationMethods } from './investigation.js';
import { jobsMethods } from './jobs.js';
import { lettersMethods } from './letters.js';
import { letterheadMethods } from './letterhead.js';
import { paternityMethods } from './paternity.js';
import { peopleMethods } from './people.js';
import { principlesMethods } from './principles.js';
import { searchMethods } from './search.js';
import { settingsMethods } from './settings.js';
import { statisticsMethods } from './statistics.js';
import { subjectActionsMethods } from './subject-actions.js';
import { timelineMethods } from './timeline.js';
import { vaultMethods } from './vault.js';
import { victimContactsMethods } from './victim-contacts.js';

export * from './errors.js';
export * from './field-problems.js';
export type { MethodSpec } from './define.js';

/** Every method of the API, declared once. IPC, preload, renderer client, CLI and tests derive from this. */
export const contract = {
  ...vaultMethods,
  ...settingsMethods,
  ...casesMethods,
  ...peopleMethods,
  ...consentsMethods,
  ...findingsMethods,
  ...interviewsMethods,
  ...investigationMethods,
  ...principlesMethods,
  ...auditMethods,
  ...searchMethods,
  ...evidenceMethods,
  ...custodyMethods,
  ...deadlinesMethods,
  ...timelineMethods,
  ...lettersMethods,
  ...letterheadMethods,
  ...paternityMethods,
  ...jobsMethods,
  ...subjectActionsMethods,
  ...followUpsMethods,
  ...assistanceMethods,
  ...victimContactsMethods,
  ...statisticsMethods,
  ...identityMethods,
  ...bundlesMethods,
  ...backupMethods,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export {
  buildApi,
  CHANNEL_PREFIX,
  channelOf,
  EVENT_NAMES,
  eventChannelOf,
  isEventName,
  METHOD_NAMES,
} from './names.js';
export type { EventName } from './names.js';

/** What a caller passes (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation and defaults). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** The flat API: one async function per method, replying with a Result. */
export type FlatApi = { [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>> };

type Split<S extends string> = S extends `${infer Head}.${infer Tail}` ? [Head, Tail] : never;
type Namespaces = Split<MethodName>[0];

/** The methods grouped by namespace, e.g. `casefile.vault.unlock({...})`. */
export type CasefileMethods = {
  [N in Namespaces]: {
    [M in MethodName as Split<M>[0] extends N ? Split<M>[1] : never]: FlatApi[M];
  };
};

/** Listens to one event; the returned function stops listening. */
export type Subscribe = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;

/** `window.casefile`: the methods, and `on` for the events the core sends unasked. */
export type CasefileApi = CasefileMethods & { readonly on: Subscribe };

/** The implementation of every contract method: electron/core provides it, electron/ipc routes to it. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
};
