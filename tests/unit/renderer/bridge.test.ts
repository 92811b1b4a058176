import { describe, expect, it } from 'vitest';
import {
  apiError,
  buildApi,
  METHOD_NAMES,
  type CasefileApi,
  type EventName,
  type MethodName,
  type Result,
} from '../../../shared/contract/index.js';
import { withLockWatch } from '../../../renderer/api/bridge.js';
import { recoveryKeyGroups } from '../../../renderer/vault/recovery-key-groups.js';

function fakeBridge(reply: (name: MethodName) => Promise<Result<unknown>>) {
  const calls: string[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const on = ((event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set.add(listener));
    return () => set.delete(listener);
  }) as CasefileApi['on'];
  const methods = buildApi(async (name) => {
    calls.push(name);
    return reply(name);
  });
  /** What the preload would hand on: any payload, unchecked. */
  const send = (event: EventName, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload));
  return { api: { ...methods, on } as CasefileApi, calls, send, listeners };
}

describe('withLockWatch', () => {
  it('keeps every contract method and passes calls through', async () => {
    const { api, calls } = fakeBridge(async () => ({ ok: true, value: { state: 'unlocked' } }));
    let locked = 0;
    const watched = withLockWatch(api, () => (locked += 1));
    const names = Object.entries(watched).flatMap(([ns, methods]) => Object.keys(methods).map((fn) => `${ns}.${fn}`));
    expect(names.sort()).toEqual([...METHOD_NAMES].sort());
    expect(await watched.vault.status({})).toEqual({ ok: true, value: { state: 'unlocked' } });
    expect(calls).toEqual(['vault.status']);
    expect(locked).toBe(0);
  });

  it('reports a VAULT_LOCKED reply, and only that code', async () => {
    const { api } = fakeBridge(async (name) =>
      name === 'cases.list'
        ? { ok: false, error: apiError('VAULT_LOCKED', 'vault.locked') }
        : { ok: false, error: apiError('WRONG_PASSPHRASE', 'vault.wrongPassphrase') },
    );
    let locked = 0;
    const watched = withLockWatch(api, () => (locked += 1));
    await watched.vault.unlock({ method: 'passphrase', passphrase: 'x' });
    expect(locked).toBe(0);
    const reply = await watched.cases.list({});
    expect(reply.ok).toBe(false);
    expect(locked).toBe(1);
  });

  it('turns a rejected bridge call into an INTERNAL reply without the rejection text', async () => {
    const { api } = fakeBridge(async () => {
      throw new Error('ipc exploded with /home/someone/secret path');
    });
    const reply = await withLockWatch(api, () => undefined).settings.get({});
    expect(reply).toEqual({
      ok: false,
      error: { code: 'INTERNAL', reason: 'request.unavailable', message: expect.not.stringContaining('secret') },
    });
  });
});

describe('events through withLockWatch', () => {
  it('hands a listener the payloads the contract accepts, drops the others, and unsubscribes', () => {
    const { api, send, listeners } = fakeBridge(async () => ({ ok: true, value: {} }));
    const heard: unknown[] = [];
    const stop = withLockWatch(api, () => undefined).on('vault.locked', (payload) => heard.push(payload.reason));
    send('vault.locked', { reason: 'idle' });
    send('vault.locked', { reason: 'because the page said so' });
    send('vault.locked', { reason: 'user', extra: '<script>' });
    send('vault.unlocked', { reason: 'passphrase' });
    expect(heard).toEqual(['idle', 'user']);
    stop();
    expect(listeners.get('vault.locked')?.size).toBe(0);
  });
});

describe('recoveryKeyGroups', () => {
  it('keeps the groups the core printed', () => {
    expect(recoveryKeyGroups('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345')).toEqual([
      'ABCD',
      'EFGH',
      'JKMN',
      'PQRS',
      'TVWX',
      'YZ01',
      '2345',
    ]);
    expect(recoveryKeyGroups('  abcd efgh\n')).toEqual(['abcd', 'efgh']);
  });

  it('cuts an ungrouped key into fours', () => {
    expect(recoveryKeyGroups('ABCDEFGHJK')).toEqual(['ABCD', 'EFGH', 'JK']);
    expect(recoveryKeyGroups('')).toEqual([]);
  });
});
