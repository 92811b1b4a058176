import { apiError, type CasefileApi, type Result } from '../../shared/contract/index.js';

declare global {
  interface Window {
    /** Built by the preload (or the e2e harness) from the contract: the renderer's only way to the core. */
    readonly casefile?: CasefileApi;
  }
}

type AnyMethod = (input: unknown) => Promise<Result<unknown>>;

/**
 * The same API with two guarantees the screens rely on: a call never rejects (a broken bridge
 * becomes an INTERNAL reply), and a `VAULT_LOCKED` reply also tells the app to drop case data,
 * since the core may lock on its own (idle, suspend) between two status polls.
 */
export function withLockWatch(api: CasefileApi, onVaultLocked: () => void): CasefileApi {
  const watched: Record<string, Record<string, AnyMethod>> = {};
  for (const [namespace, methods] of Object.entries(api as unknown as Record<string, Record<string, unknown>>)) {
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
  return watched as unknown as CasefileApi;
}
