import { z } from 'zod';
import {
  CasefileError,
  contract,
  type ApiError,
  type Handlers,
  type MethodName,
  type Result,
} from '../../shared/contract/index.js';

export interface RouterOptions {
  handlers: Handlers;
  /** Is the vault unlocked right now? Methods not marked whileLocked are refused otherwise. */
  isUnlocked: () => boolean;
  /** Called on every accepted call that counts as user activity (auto-lock timer). */
  onActivity?: () => void;
  /** Where unexpected errors are reported; must never receive case data. */
  reportInternalError?: (method: string, error: unknown) => void;
}

export type Dispatch = (name: string, rawInput: unknown) => Promise<Result<unknown>>;

function hasMethod(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Zod issues as one readable line, naming the path of each problem. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(input)';
      return `${clip(path, 80)}: ${clip(issue.message, 200)}`;
    })
    .join('; ');
}

// Zod quotes unknown keys and values in its messages: bounded, they cannot echo a whole input back.
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max)}…` : text);

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

/**
 * The single entry point from IPC, the CLI and the test bridge into the core:
 * checks the method exists, the vault state allows it, validates input, calls
 * the handler, validates output, and turns every failure into { code, message }.
 */
export function createRouter(options: RouterOptions): Dispatch {
  return async (name, rawInput) => {
    if (typeof name !== 'string' || !hasMethod(name)) {
      // typeof, not String(name): an object's toString may throw.
      const shown = typeof name === 'string' ? name.slice(0, 80) : `(a ${typeof name})`;
      return fail({ code: 'UNKNOWN_METHOD', message: `Unknown method: ${shown}` });
    }
    const spec = contract[name];
    if (!spec.whileLocked && !options.isUnlocked()) {
      return fail({ code: 'VAULT_LOCKED', message: 'The vault is locked. Unlock it to continue.' });
    }
    let parsed: ReturnType<typeof spec.input.safeParse>;
    try {
      parsed = spec.input.safeParse(rawInput);
    } catch {
      // A getter or proxy trap that throws (in-process callers only: IPC input is structured-cloned).
      return fail({ code: 'VALIDATION', message: `Invalid input for ${name}: it could not be read.` });
    }
    if (!parsed.success) {
      return fail({ code: 'VALIDATION', message: `Invalid input for ${name}: ${describeIssues(parsed.error)}` });
    }
    if (spec.touchesSession !== false) options.onActivity?.();
    try {
      const handler = options.handlers[name] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        options.reportInternalError?.(name, new Error(`output failed validation: ${describeIssues(checked.error)}`));
        return fail({ code: 'INTERNAL', message: `${name} produced an invalid reply; nothing was shown.` });
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof CasefileError) return fail(error.toApiError());
      options.reportInternalError?.(name, error);
      return fail({ code: 'INTERNAL', message: `${name} failed unexpectedly.` });
    }
  };
}
