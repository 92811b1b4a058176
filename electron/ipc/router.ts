import {
  apiError,
  CasefileError,
  contract,
  fieldProblemsOf,
  type ApiError,
  type Handlers,
  type MethodName,
  type Result,
} from '../../shared/contract/index.js';

export interface RouterOptions {
  handlers: Handlers;
  /** Is the vault unlocked right now? Methods not marked whileLocked are refused otherwise. */
  isUnlocked: () => boolean;
  /** Called on every accepted call that counts as user activity (auto-lock timer), with its valid input. */
  onActivity?: (input: unknown) => void;
  /** Where unexpected errors are reported; must never receive case data. */
  reportInternalError?: (method: string, error: unknown) => void;
}

export type Dispatch = (name: string, rawInput: unknown) => Promise<Result<unknown>>;

function hasMethod(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * A key present with the value undefined means what an absent key means, as in JSON (the CLI's
 * input). Structured clone (IPC) keeps such keys, and a handler that spreads its input over
 * stored values (settings.update) would otherwise write undefined over them.
 */
export function withoutUndefinedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((element: unknown) => withoutUndefinedKeys(element)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    // defineProperty: an own key named __proto__ stays a key, never a prototype.
    if (field !== undefined)
      Object.defineProperty(copy, key, {
        value: withoutUndefinedKeys(field),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return copy as T;
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
      // typeof, not String(name): an object's toString may throw.
      return fail(apiError('UNKNOWN_METHOD', 'request.unknown'));
    }
    const spec = contract[name];
    if (!spec.whileLocked && !options.isUnlocked()) {
      return fail(apiError('VAULT_LOCKED', 'vault.locked'));
    }
    let parsed: ReturnType<typeof spec.input.safeParse>;
    try {
      parsed = spec.input.safeParse(rawInput);
    } catch {
      // A getter or proxy trap that throws (in-process callers only: IPC input is structured-cloned).
      return fail(apiError('VALIDATION', 'request.unreadable'));
    }
    if (!parsed.success) {
      // Each field's problem in the catalogue's words, at its place in the input: never zod's words nor the input's
      // keys.
      return fail(
        apiError('VALIDATION', 'request.invalid', undefined, { fields: fieldProblemsOf(parsed.error, rawInput) }),
      );
    }
    if (spec.touchesSession !== false) options.onActivity?.(parsed.data);
    try {
      const handler = options.handlers[name] as (input: unknown) => unknown;
      const value = await handler(withoutUndefinedKeys(parsed.data));
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        // Places and kinds only: a reply holds case data, which must not reach a log.
        const places = fieldProblemsOf(checked.error).map(
          ({ path, problem }) => `${path.join('.') || '(reply)'} ${problem}`,
        );
        options.reportInternalError?.(name, new Error(`output failed validation: ${places.join('; ')}`));
        return fail(apiError('INTERNAL', 'request.badReply'));
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof CasefileError) return fail(error.toApiError());
      options.reportInternalError?.(name, error);
      return fail(apiError('INTERNAL', 'request.failed'));
    }
  };
}
