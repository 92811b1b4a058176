import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/contract/index.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { testClock } from '../../clock.js';
import { intake } from '../cases/case-file-fixture.js';
import { FLOOR_KDF, PASSPHRASE, useTempDirs, valueOf } from './helpers.js';

const tempDir = useTempDirs();
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.dispose();
});

describe('routeWorkspace', () => {
  it('has a handler for every contract method', () => {
    const ws = openWorkspace({ dir: path.join(tempDir(), 'vault'), now: testClock.now });
    open.push(ws);
    for (const name of METHOD_NAMES) expect(typeof ws.handlers[name], name).toBe('function');
  });

  it('goes from no vault to a case and back to locked, refusing case calls while locked', async () => {
    const ws = openWorkspace({ dir: path.join(tempDir(), 'vault'), passphraseKdf: FLOOR_KDF, now: testClock.now });
    open.push(ws);
    const dispatch = routeWorkspace(ws);
    expect(valueOf(await dispatch('vault.status', {}))).toEqual({ state: 'absent' });
    expect(await dispatch('cases.list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });

    const { recoveryKey } = valueOf(await dispatch('vault.create', { passphrase: PASSPHRASE })) as {
      recoveryKey: string;
    };
    expect(recoveryKey).toHaveLength(34);
    const created = valueOf(await dispatch('cases.create', intake({ title: 'Intake' }))) as {
      reference: string;
      confidentiality: string;
    };
    expect(created.confidentiality).toBe('confidential'); // the contract's default
    expect(valueOf(await dispatch('cases.list', {}))).toMatchObject({ items: [{ reference: created.reference }] });

    expect(valueOf(await dispatch('vault.lock', {}))).toEqual({ state: 'locked' });
    expect(await dispatch('cases.create', intake({ title: 'x' }))).toMatchObject({
      ok: false,
      error: { code: 'VAULT_LOCKED' },
    });
    expect(
      await dispatch('vault.unlock', { method: 'passphrase', passphrase: 'not the passphrase at all' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(valueOf(await dispatch('vault.unlock', { method: 'recoveryKey', recoveryKey }))).toEqual({
      state: 'unlocked',
      notices: [],
    });
  });

  it('passes unexpected failures to reportInternalError and answers INTERNAL', async () => {
    const ws = openWorkspace({ dir: path.join(tempDir(), 'vault'), passphraseKdf: FLOOR_KDF, now: testClock.now });
    open.push(ws);
    await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
    const reportInternalError = vi.fn();
    const dispatch = routeWorkspace(ws, { reportInternalError });
    // Sabotage the handler: a bug, not a CasefileError.
    const broken = {
      ...ws,
      handlers: {
        ...ws.handlers,
        'cases.list': () => {
          throw new TypeError('bug');
        },
      },
    };
    expect(await routeWorkspace(broken, { reportInternalError })('cases.list', {})).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(reportInternalError).toHaveBeenCalledWith('cases.list', expect.any(TypeError));
    expect((await dispatch('cases.list', {})).ok).toBe(true);
  });
});
