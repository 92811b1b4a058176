import { events } from '../../shared/contract/events.js';
import { apiError, type CasefileApi, type Result, type Subscribe } from '../../shared/contract/index.js';

declare global {
  interface Window {
    /** Built by the preload (or the e2e harness) from the contract: the renderer's only way to the core. */
    readonly casefile?: CasefileApi;
  }
}

type AnyMethod = (input: unknown) => Promise<Result<unknown>>;

/**
 * The same API with three guarantees the screens rely on: a call never rejects (a broken bridge
 * becomes an INTERNAL reply); a `VAULT_LOCKED` reply also tells the app to drop case data, should
 * it come before the `vault.locked` event; and an event reaches a listener only with a payload
 * the contract accepts (the preload passes them on unchecked, to stay small).
 */
export function withLockWatch(api: CasefileApi, onVaultLocked: () => void): CasefileApi {
  const watched: Record<string, Record<string, AnyMethod>> = {};
  for (const [namespace, methods] of Object.entries(api as unknown as Record<string, Record<string, unknown>>)) {
    if (typeof methods !== 'object') continue;
    const group: Record<string, AnyMethod> = {};
    for (const [name, fn] of Object.entries(methods)) {
      if (typeof fn !== 'function') continue;
      group[name] = async (input) => {
        let result: Result<unknown>;
        try {
          result = await (fn as AnyMethod)(input);
        } catch {
          result = { ok: false, error: apiError('INTERNAL', 'request.unavailable') };
        }
        if (!result.ok && result.error.code === 'VAULT_LOCKED') onVaultLocked();
        return result;
      };
    }
    watched[namespace] = group;
  }
  const on: Subscribe = (event, listener) =>
    api.on(event, (payload) => {
      const checked = events[event].safeParse(payload);
      if (checked.success) listener(checked.data as Parameters<typeof listener>[0]);
    });
  return { ...(watched as unknown as Omit<CasefileApi, 'on'>), on } as CasefileApi;
}
