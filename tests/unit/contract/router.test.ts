import { describe, expect, it, vi } from 'vitest';
import { CasefileError, METHOD_NAMES, contract, type Handlers } from '../../../shared/contract/index.js';
import { CaseListItem, CaseRecord } from '../../../shared/contract/cases.js';
import { createRouter, withoutUndefinedKeys, type RouterOptions } from '../../../electron/ipc/router.js';
import { sampleOf } from './sample-values.js';

const SECRET = 'Ms. Witness lives at 12 Hidden Lane';

const aCase = { ...sampleOf(CaseRecord, 'a case'), title: 'Allegation' };
const aListItem = sampleOf(CaseListItem, 'a list item');

/** Handlers that answer a valid reply, sampled from each method's output schema; a test swaps the one it needs. */
function fakeHandlers(): Handlers {
  return Object.fromEntries(
    METHOD_NAMES.map((name) => {
      const reply = sampleOf(contract[name].output, `${name} reply`);
      return [name, vi.fn(() => reply)];
    }),
  ) as unknown as Handlers;
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
  it(
    'passes a valid call of every method to its handler, parsed, and answers with ' + 'what the handler returned',
    async () => {
      const { dispatch, handlers, options } = setup();
      for (const name of METHOD_NAMES) {
        const input = sampleOf(contract[name].input, name);
        const reply = await dispatch(name, input);
        const handler = vi.mocked(handlers[name] as (input: unknown) => unknown);
        expect(handler, name).toHaveBeenCalledExactlyOnceWith(contract[name].input.parse(input));
        expect(reply, name).toEqual({ ok: true, value: handler.mock.results[0]?.value });
      }
      expect(options.reportInternalError).not.toHaveBeenCalled();
    },
  );

  it('applies the input defaults and answers with the validated value, stripped of undeclared fields', async () => {
    const create = vi.fn((_input: unknown) => aCase);
    const { dispatch } = setup({ 'cases.create': create as unknown as Handlers['cases.create'] });
    const reply = await dispatch('cases.create', {
      title: '  Allegation  ',
      dateReceived: '2026-03-09',
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
    });
    expect(reply).toEqual({ ok: true, value: aCase });
    expect(create).toHaveBeenCalledWith({
      title: 'Allegation',
      dateReceived: '2026-03-09',
      reportingChannel: 'hotline',
      entity: 'MINUSCA',
      summary: '',
      location: { text: '', confidentiality: 'strictly_confidential' },
      category: null,
      subtype: null,
      incidentDates: [{ precision: 'unknown' }],
      investigatingEntity: null,
      urgent: false,
      reportingObligationAcknowledged: false,
      allegedExchange: [],
      paternityClaim: { claimed: false },
      confidentiality: 'confidential',
    });

    const { dispatch: list } = setup({
      'cases.list': (() => ({ items: [{ ...aListItem, leaked: SECRET }] })) as unknown as Handlers['cases.list'],
    });
    expect(await list('cases.list', {})).toEqual({ ok: true, value: { items: [aListItem] } });
  });

  it('turns an invalid reply into INTERNAL without showing it, and reports it', async () => {
    const { dispatch, options } = setup({
      'cases.list': (() => ({
        items: [{ ...aListItem, title: 42, note: SECRET }],
      })) as unknown as Handlers['cases.list'],
      // A strict output schema refuses an undeclared field rather than stripping it.
      'cases.create': (() => ({ ...aCase, leaked: SECRET })) as unknown as Handlers['cases.create'],
    });
    const reply = await dispatch('cases.list', {});
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('INTERNAL');
    expect(reply.error.message).not.toContain(SECRET);
    expect(reply.error.message).not.toContain('title');
    expect(options.reportInternalError).toHaveBeenCalledWith('cases.list', expect.any(Error));

    const strict = await dispatch('cases.create', sampleOf(contract['cases.create'].input));
    expect(strict).toEqual({
      ok: false,
      error: { code: 'INTERNAL', reason: 'request.badReply', message: expect.not.stringContaining(SECRET) },
    });
    expect(options.reportInternalError).toHaveBeenCalledWith('cases.create', expect.any(Error));
  });

  it('passes a CasefileError through as its code, reason and message', async () => {
    const { dispatch, options } = setup({
      'vault.unlock': () => {
        throw new CasefileError('WRONG_PASSPHRASE', 'vault.wrongPassphrase');
      },
    });
    const reply = await dispatch('vault.unlock', { method: 'passphrase', passphrase: 'nope' });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'WRONG_PASSPHRASE',
        reason: 'vault.wrongPassphrase',
        message: 'Wrong passphrase. Check Caps Lock and the keyboard layout, or unlock with the recovery key.',
      },
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
      expect(reply).toEqual({
        ok: false,
        error: { code: 'INTERNAL', reason: 'request.failed', message: expect.not.stringContaining(SECRET) },
      });
      expect(options.reportInternalError).toHaveBeenCalledTimes(1);
    }
  });

  it('refuses methods that need the vault while it is locked, without calling them', async () => {
    const { dispatch, handlers, options } = setup({}, false);
    for (const name of METHOD_NAMES.filter((method) => !contract[method].whileLocked)) {
      const reply = await dispatch(name, {});
      expect(reply, name).toEqual({
        ok: false,
        error: { code: 'VAULT_LOCKED', reason: 'vault.locked', message: expect.any(String) },
      });
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
    // Valid calls that succeed: a refused one would not count anyway.
    for (const name of quiet) expect((await dispatch(name, sampleOf(contract[name].input, name))).ok, name).toBe(true);
    expect(options.onActivity).not.toHaveBeenCalled();
    await dispatch('session.touch', {});
    await dispatch('cases.get', { caseId: 'case-1' });
    // With its valid input: the warm-up learns from it which case is being read.
    expect(options.onActivity).toHaveBeenCalledTimes(2);
    expect(options.onActivity).toHaveBeenLastCalledWith({ caseId: 'case-1' });
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
    for (const name of [
      'vault.explode',
      '',
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'cases',
      'x'.repeat(10_000),
    ]) {
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
      expect(reply).toEqual({
        ok: false,
        error: { code: 'VALIDATION', reason: 'request.unreadable', message: expect.not.stringContaining(SECRET) },
      });
    }
    expect(handlers['cases.create']).not.toHaveBeenCalled();
  });

  it('keeps validation messages short when the input carries huge keys or values', async () => {
    const { dispatch } = setup();
    const reply = await dispatch('cases.list', { ['k'.repeat(100_000)]: 'v' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!reply.ok) expect(JSON.stringify(reply.error).length).toBeLessThan(2000);
  });

  it('answers UNKNOWN_METHOD for a name whose toString throws', async () => {
    const { dispatch } = setup();
    const hostile = {
      toString() {
        throw new Error('toString trap');
      },
    };
    await expect(dispatch(hostile as unknown as string, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });
  it('never echoes an unknown key: a key named with the passphrase is not printed back', async () => {
    const { dispatch } = setup();
    const passphrase = 'lantern quarry velvet ostrich 1984';
    const reply = await dispatch('vault.unlock', { method: 'passphrase', passphrase: 'x', [passphrase]: 1 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // Nowhere in the error: not in the message, not in the fields' paths.
    expect(JSON.stringify(reply)).not.toContain('lantern');
    expect(reply).toMatchObject({
      ok: false,
      error: { reason: 'request.invalid', fields: [{ path: [], problem: 'unexpected' }] },
    });
    const other = await dispatch('cases.list', { [SECRET]: 1, other: 2 });
    expect(JSON.stringify(other)).not.toContain('Hidden Lane');
    expect(other).toMatchObject({ ok: false, error: { fields: [{ path: [], problem: 'unexpected' }] } });
  });

  it('describes problems of a method that carries secrets in fixed words only', async () => {
    const { dispatch } = setup();
    const reply = await dispatch('vault.changePassphrase', { current: ['secret words'], next: 'x'.repeat(2000) });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        reason: 'request.invalid',
        message: 'Some of the information given cannot be accepted; nothing was changed.',
        fields: [
          { path: ['current'], problem: 'wrongKind' },
          { path: ['next'], problem: 'tooLong' },
        ],
      },
    });
    expect(JSON.stringify(reply)).not.toContain('secret words');
  });

  it('hands a handler no key whose value is undefined, at any depth (as if sent as JSON)', async () => {
    const update = vi.fn((input: unknown) => ({
      autoLockMinutes: 10,
      contentProtection: true,
      language: 'en',
      backupReminderDays: 7,
      ...(input as object),
    }));
    const { dispatch, options } = setup({ 'settings.update': update as unknown as Handlers['settings.update'] });
    const reply = await dispatch('settings.update', { language: undefined, autoLockMinutes: 5 });
    expect(update).toHaveBeenCalledWith({ autoLockMinutes: 5 });
    expect(Object.keys(update.mock.calls[0]?.[0] as object)).toEqual(['autoLockMinutes']);
    expect(reply).toEqual({
      ok: true,
      value: { autoLockMinutes: 5, contentProtection: true, language: 'en', backupReminderDays: 7 },
    });
    expect(withoutUndefinedKeys({ a: undefined, b: [{ c: undefined, d: 1 }], e: { f: undefined } })).toEqual({
      b: [{ d: 1 }],
      e: {},
    });
    expect(Object.keys(withoutUndefinedKeys(JSON.parse('{"__proto__":{"x":1}}') as object))).toEqual(['__proto__']);
    expect(options.reportInternalError).not.toHaveBeenCalled();
  });
});
