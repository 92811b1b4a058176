import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf, METHOD_NAMES, type Result } from '../../../shared/contract/index.js';

type Handler = (event: unknown, input: unknown) => Promise<Result<unknown>>;
const registered = vi.hoisted(() => new Map<string, Handler>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (registered.has(channel)) throw new Error(`second handler for ${channel}`);
      registered.set(channel, handler);
    },
  },
}));

const { exposeContract } = await import('../../../electron/shell/ipc-bridge.js');

const appContents = { id: 7 };
const dispatch = vi.fn(async (name: string, input: unknown): Promise<Result<unknown>> => ({
  ok: true,
  value: { name, input },
}));
const afterCall = vi.fn();
exposeContract({ dispatch, isAppWindow: (contents) => contents === (appContents as unknown), afterCall });

function event(overrides: { url?: string | null; subframe?: boolean; sender?: unknown } = {}): unknown {
  const url = overrides.url === undefined ? 'app://casefile/index.html' : overrides.url;
  const top = { url: 'app://casefile/index.html', parent: null };
  return {
    sender: overrides.sender ?? appContents,
    senderFrame: url === null ? null : { url, parent: overrides.subframe ? top : null },
  };
}

const call = (name: string, e: unknown, input: unknown = {}): Promise<Result<unknown>> => {
  const handler = registered.get(channelOf(name as never));
  if (!handler) throw new Error(`no handler for ${name}`);
  return handler(e, input);
};

beforeEach(() => {
  dispatch.mockClear();
  afterCall.mockClear();
});

describe('exposeContract', () => {
  it('registers exactly one channel per contract method, nothing generic', () => {
    expect([...registered.keys()].sort()).toEqual(METHOD_NAMES.map((name) => channelOf(name)).sort());
  });

  it('routes a call from our window to the dispatcher and reports the outcome', async () => {
    const input = { method: 'passphrase', passphrase: 'x' };
    const result = await call('vault.unlock', event(), input);
    expect(result).toEqual({ ok: true, value: { name: 'vault.unlock', input } });
    expect(dispatch).toHaveBeenCalledWith('vault.unlock', input);
    expect(afterCall).toHaveBeenCalledWith('vault.unlock', result);
  });

  it.each([
    ['a subframe', event({ subframe: true })],
    ['another web contents (devtools, another window)', event({ sender: { id: 8 } })],
    ['a page on another origin', event({ url: 'https://example.org/' })],
    ['a file:// page', event({ url: 'file:///tmp/index.html' })],
    ['a frame that is gone', event({ url: null })],
  ])('refuses %s with FORBIDDEN_SENDER without reaching the core', async (_label, e) => {
    const result = await call('cases.list', e);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(dispatch).not.toHaveBeenCalled();
    expect(afterCall).not.toHaveBeenCalled();
  });
});
