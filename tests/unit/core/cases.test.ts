import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCaseReference } from '../../../electron/core/cases/case-store.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { FLOOR_KDF, PASSPHRASE, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.dispose();
});

describe('cases', () => {
  it('formats references as CF-<year>-<number>, at least 4 digits', () => {
    expect(formatCaseReference(2026, 1)).toBe('CF-2026-0001');
    expect(formatCaseReference(2026, 12345)).toBe('CF-2026-12345');
  });

  it('numbers references per year (UTC), lists newest first, keeps them across lock/unlock', async () => {
    let clock = Date.parse('2026-12-31T23:59:58.000Z');
    const ws = openWorkspace({ dir: path.join(tempDir(), 'vault'), passphraseKdf: FLOOR_KDF, now: () => clock });
    open.push(ws);
    await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
    const create = (title: string) => ws.handlers['cases.create']({ title, summary: 'details', confidentiality: 'confidential' });

    const a = await create('First of 2026');
    clock += 1000;
    const b = await create('Second of 2026');
    clock += 1000; // 2027-01-01T00:00:00Z
    const c = await create('First of 2027');

    expect([a.reference, b.reference, c.reference]).toEqual(['CF-2026-0001', 'CF-2026-0002', 'CF-2027-0001']);
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(c.createdAt).toBe('2027-01-01T00:00:00.000Z');
    expect(c.updatedAt).toBe(c.createdAt);
    expect(a.confidentiality).toBe('confidential');

    ws.lock('user');
    await ws.handlers['vault.unlock']({ method: 'passphrase', passphrase: PASSPHRASE });
    const { items } = await ws.handlers['cases.list']({});
    expect(items.map((item) => item.reference)).toEqual(['CF-2027-0001', 'CF-2026-0002', 'CF-2026-0001']);
    expect(items[2]).toEqual(a);
  });

  it('orders cases opened in the same millisecond by reference', async () => {
    const ws = openWorkspace({ dir: path.join(tempDir(), 'vault'), passphraseKdf: FLOOR_KDF, now: () => Date.parse('2026-05-01T10:00:00Z') });
    open.push(ws);
    await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
    for (const title of ['one', 'two', 'three']) {
      await ws.handlers['cases.create']({ title, summary: '', confidentiality: 'standard' });
    }
    const { items } = await ws.handlers['cases.list']({});
    expect(items.map((item) => item.title)).toEqual(['three', 'two', 'one']);
  });
});
