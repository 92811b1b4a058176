import { describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES } from '../../../shared/contract/index.js';

const bridge = vi.hoisted(() => ({ exposed: new Map<string, unknown>() }));
const invoke = vi.hoisted(() => vi.fn(async (..._args: unknown[]) => ({ ok: true, value: { state: 'locked' } })));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() },
}));

await import('../../../electron/preload.js');

describe('preload', () => {
  it('exposes only window.casefile', () => {
    expect([...bridge.exposed.keys()]).toEqual(['casefile']);
  });

  it('holds exactly the contract methods, as functions, grouped by namespace', () => {
    const api = bridge.exposed.get('casefile') as Record<string, Record<string, unknown>>;
    const exposedNames = Object.entries(api).flatMap(([ns, methods]) =>
      Object.entries(methods).map(([fn, value]) => {
        expect(typeof value, `${ns}.${fn}`).toBe('function');
        return `${ns}.${fn}`;
      }),
    );
    expect(exposedNames.sort()).toEqual([...METHOD_NAMES].sort());
  });

  it("calls the method's own channel with the input, and {} when none is given", async () => {
    const api = bridge.exposed.get('casefile') as { vault: Record<string, (input?: unknown) => Promise<unknown>> };
    const unlock = api.vault.unlock;
    const status = api.vault.status;
    if (!unlock || !status) throw new Error('vault methods missing');
    await expect(unlock({ method: 'passphrase', passphrase: 'p' })).resolves.toEqual({
      ok: true,
      value: { state: 'locked' },
    });
    expect(invoke).toHaveBeenLastCalledWith(channelOf('vault.unlock'), { method: 'passphrase', passphrase: 'p' });
    await status();
    expect(invoke).toHaveBeenLastCalledWith(channelOf('vault.status'), {});
  });
});
