import { describe, expect, it, vi } from 'vitest';
import { CasefileError, METHOD_NAMES, contract, type Handlers } from '../../../shared/contract/index.js';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings.js';
import { createRouter, type RouterOptions } from '../../../electron/ipc/router.js';

const SECRET = 'Ms. Witness lives at 12 Hidden Lane';

const aCase = {
  id: 'c1',
  reference: 'CF-2025-0001',
  title: 'Allegation',
  confidentiality: 'confidential' as const,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

/** Handlers that answer correctly; a test swaps the one it needs. */
function fakeHandlers(): Handlers {
  return {
    'vault.status': vi.fn(() => ({ state: 'locked' as const })),
    'vault.create': vi.fn(() => ({ recoveryKey: 'ABCD-EFGH' })),
    'vault.unlock': vi.fn(() => ({ state: 'unlocked' as const })),
    'vault.lock': vi.fn(() => ({ state: 'locked' as const })),
    'vault.changePassphrase': vi.fn(() => ({})),
    'session.touch': vi.fn(() => ({})),
    'settings.get': vi.fn(() => DEFAULT_SETTINGS),
    'settings.update': vi.fn(() => DEFAULT_SETTINGS),
    'cases.list': vi.fn(() => ({ items: [aCase] })),
    'cases.create': vi.fn(() => aCase),
  };
}

function setup(overrides: Partial<Handlers> = {}, unlocked = true) {
  const handlers = { ...fakeHandlers(), ...overrides } as Handlers;
  const options = {
    handlers,
    isUnlocked: vi.fn(() => unlocked),
    onActivity: vi.fn(),
    reportInternalError: vi.fn(),
  } satisfies RouterOptions;
  return { handlers, options, dispatch: createRouter(options) };
}

describe('createRouter', () => {
  it('covers every contract method in the fake handlers', () => {
    expect(Object.keys(fakeHandlers()).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('answers with the validated value, stripped of undeclared fields, and defaults applied to input', async () => {
    const create = vi.fn((_input: unknown) => ({ ...aCase, leaked: SECRET }));
    const { dispatch } = setup({ 'cases.create': create as unknown as Handlers['cases.create'] });
    const reply = await dispatch('cases.create', { title: '  Allegation  ' });
    expect(reply).toEqual({ ok: true, value: aCase });
    expect(create).toHaveBeenCalledWith({ title: 'Allegation', summary: '', confidentiality: 'confidential' });
  });

  it('turns an invalid reply into INTERNAL without showing it, and reports it', async () => {
    const { dispatch, options } = setup({
      'cases.list': (() => ({ items: [{ ...aCase, title: 42, note: SECRET }] })) as unknown as Handlers['cases.list'],
    });
    const reply = await dispatch('cases.list', {});
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('INTERNAL');
    expect(reply.error.message).not.toContain(SECRET);
    expect(reply.error.message).not.toContain('title');
    expect(options.reportInternalError).toHaveBeenCalledWith('cases.list', expect.any(Error));
  });

  it('passes a CasefileError through as its code and message', async () => {
    const { dispatch, options } = setup({
      'vault.unlock': () => {
        throw new CasefileError('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
      },
    });
    const reply = await dispatch('vault.unlock', { method: 'passphrase', passphrase: 'nope' });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE', message: 'That passphrase does not open this vault.' },
    });
    expect(options.reportInternalError).not.toHaveBeenCalled();
  });

  it('turns a plain Error (sync or async) into INTERNAL without its message', async () => {
    for (const handler of [
      () => {
        throw new Error(SECRET);
      },
      async () => Promise.reject(new TypeError(SECRET)),
      () => {
        throw SECRET; // not even an Error
      },
    ]) {
      const { dispatch, options } = setup({ 'cases.list': handler as unknown as Handlers['cases.list'] });
      const reply = await dispatch('cases.list', {});
      expect(reply).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.not.stringContaining(SECRET) } });
      expect(options.reportInternalError).toHaveBeenCalledTimes(1);
    }
  });

  it('refuses methods that need the vault while it is locked, without calling them', async () => {
    const { dispatch, handlers, options } = setup({}, false);
    for (const name of METHOD_NAMES.filter((method) => !contract[method].whileLocked)) {
      const reply = await dispatch(name, {});
      expect(reply, name).toEqual({ ok: false, error: { code: 'VAULT_LOCKED', message: expect.any(String) } });
      expect(handlers[name], name).not.toHaveBeenCalled();
    }
    expect(options.onActivity).not.toHaveBeenCalled();
    expect((await dispatch('vault.status', {})).ok).toBe(true);
    expect((await dispatch('settings.get', {})).ok).toBe(true);
  });

  it('does not count touchesSession:false methods as activity; counts the others', async () => {
    const { dispatch, options } = setup();
    const quiet = METHOD_NAMES.filter((method) => contract[method].touchesSession === false);
    expect(quiet.length).toBeGreaterThan(0);
    for (const name of quiet) await dispatch(name, {});
    expect(options.onActivity).not.toHaveBeenCalled();
    await dispatch('session.touch', {});
    await dispatch('cases.list', {});
    expect(options.onActivity).toHaveBeenCalledTimes(2);
  });

  it('does not count a rejected call as activity', async () => {
    const { dispatch, options, handlers } = setup();
    const reply = await dispatch('cases.create', { title: '' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(handlers['cases.create']).not.toHaveBeenCalled();
    expect(options.onActivity).not.toHaveBeenCalled();
  });

  it('answers UNKNOWN_METHOD for names outside the contract, including inherited ones', async () => {
    const { dispatch } = setup();
    for (const name of ['vault.explode', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'cases', 'x'.repeat(10_000)]) {
      const reply = await dispatch(name, {});
      expect(reply, name.slice(0, 20)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      if (!reply.ok) expect(reply.error.message.length).toBeLessThan(200);
    }
    for (const name of [undefined, null, 42, {}, ['vault.status']]) {
      const reply = await dispatch(name as unknown as string, {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('answers VALIDATION, never a rejection, for input whose getters or proxy traps throw', async () => {
    const { dispatch, handlers } = setup();
    const getter = Object.defineProperty({}, 'title', {
      enumerable: true,
      get() {
        throw new Error(SECRET);
      },
    });
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error(SECRET);
        },
      },
    );
    for (const input of [getter, trap]) {
      const reply = await dispatch('cases.create', input);
      expect(reply).toEqual({ ok: false, error: { code: 'VALIDATION', message: expect.not.stringContaining(SECRET) } });
    }
    expect(handlers['cases.create']).not.toHaveBeenCalled();
  });

  it('keeps validation messages short when the input carries huge keys or values', async () => {
    const { dispatch } = setup();
    const reply = await dispatch('cases.list', { ['k'.repeat(100_000)]: 'v' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!reply.ok) expect(reply.error.message.length).toBeLessThan(2000);
  });

  it('answers UNKNOWN_METHOD for a name whose toString throws', async () => {
    const { dispatch } = setup();
    const hostile = {
      toString() {
        throw new Error('toString trap');
      },
    };
    await expect(dispatch(hostile as unknown as string, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
