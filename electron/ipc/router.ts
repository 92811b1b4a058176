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
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ');
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

/**
 * The single entry point from IPC, the CLI and the test bridge into the core:
 * checks the method exists, the vault state allows it, validates input, calls
 * the handler, validates output, and turns every failure into { code, message }.
 */
export function createRouter(options: RouterOptions): Dispatch {
  return async (name, rawInput) => {
    if (typeof name !== 'string' || !hasMethod(name)) {
      return fail({ code: 'UNKNOWN_METHOD', message: `Unknown method: ${String(name).slice(0, 80)}` });
    }
    const spec = contract[name];
    if (!spec.whileLocked && !options.isUnlocked()) {
      return fail({ code: 'VAULT_LOCKED', message: 'The vault is locked. Unlock it to continue.' });
    }
    const parsed = spec.input.safeParse(rawInput);
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
