import type { z } from 'zod';
import { auditMethods } from './audit.js';
import { casesMethods } from './cases.js';
import { consentsMethods } from './consents.js';
import { custodyMethods } from './custody.js';
import { deadlinesMethods } from './deadlines.js';
import type { MethodSpec } from './define.js';
import type { Result } from './errors.js';
import { evidenceMethods } from './evidence.js';
import { interviewsMethods } from './interviews.js';
import { lettersMethods } from './letters.js';
import { peopleMethods } from './people.js';
import { principlesMethods } from './principles.js';
import { searchMethods } from './search.js';
import { settingsMethods } from './settings.js';
import { timelineMethods } from './timeline.js';
import { vaultMethods } from './vault.js';

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
  ...interviewsMethods,
  ...principlesMethods,
  ...auditMethods,
  ...searchMethods,
  ...evidenceMethods,
  ...custodyMethods,
  ...deadlinesMethods,
  ...timelineMethods,
  ...lettersMethods,
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** What a caller passes (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation and defaults). */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** Prefix of every IPC channel; the router refuses others (as VS Code's validatedIpcMain does). */
export const CHANNEL_PREFIX = 'casefile:';
export const channelOf = (name: MethodName): string => `${CHANNEL_PREFIX}${name}`;

/** The flat API: one async function per method, replying with a Result. */
export type FlatApi = { [M in MethodName]: (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>> };

type Split<S extends string> = S extends `${infer Head}.${infer Tail}` ? [Head, Tail] : never;
type Namespaces = Split<MethodName>[0];

/** `window.casefile`: methods grouped by namespace, e.g. `casefile.vault.unlock({...})`. */
export type CasefileApi = {
  [N in Namespaces]: {
    [M in MethodName as Split<M>[0] extends N ? Split<M>[1] : never]: FlatApi[M];
  };
};

/** Builds the namespaced object from a single invoke function; the preload and test bridge use it. */
export function buildApi(invoke: (name: MethodName, input: unknown) => Promise<Result<unknown>>): CasefileApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of METHOD_NAMES) {
    const [ns, fn] = name.split('.') as [string, string];
    api[ns] ??= {};
    api[ns][fn] = (input: unknown) => invoke(name, input === undefined ? {} : input);
  }
  return api as unknown as CasefileApi;
}

/** The implementation of every contract method: electron/core provides it, electron/ipc routes to it. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
};
