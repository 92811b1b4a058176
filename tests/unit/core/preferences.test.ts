import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings.js';
import { readPreferences, writePreferences } from '../../../electron/core/kernel/preferences.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { testClock } from '../../clock.js';
import { caught, FLOOR_KDF, modeOf, PASSPHRASE, useTempDirs } from './helpers.js';

const tempDir = useTempDirs();
const open: Workspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.dispose();
});

describe('preferences.json', () => {
  it('gives the defaults when there is no file, or a damaged one', () => {
    const dir = tempDir();
    const file = path.join(dir, 'preferences.json');
    expect(readPreferences(file)).toEqual(DEFAULT_SETTINGS);
    for (const damaged of ['{not json', '[]', 'null', '"text"', '\u0000\u0000']) {
      fs.writeFileSync(file, damaged);
      expect(readPreferences(file)).toEqual(DEFAULT_SETTINGS);
    }
    fs.rmSync(file);
    fs.mkdirSync(file);
    expect(readPreferences(file)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid values and replaces only the damaged ones', () => {
    const file = path.join(tempDir(), 'preferences.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ autoLockMinutes: 5000, contentProtection: false, language: 'fr', extra: 1 }),
    );
    expect(readPreferences(file)).toEqual({ ...DEFAULT_SETTINGS, contentProtection: false, language: 'fr' });
  });

  it('writes owner-only and reads back what it wrote; refuses invalid settings', () => {
    const file = path.join(tempDir(), 'preferences.json');
    const settings = { autoLockMinutes: 3, contentProtection: false, language: 'fr' as const, backupReminderDays: 14 };
    writePreferences(file, settings);
    expect(modeOf(file)).toBe(0o600);
    expect(readPreferences(file)).toEqual(settings);
    expect(() => writePreferences(file, { ...settings, autoLockMinutes: 0 })).toThrow();
    expect(readPreferences(file)).toEqual(settings);
  });

  it('through the workspace: readable while locked, changed while unlocked, kept across workspaces', async () => {
    const dir = path.join(tempDir(), 'vault');
    const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: testClock.now });
    open.push(ws);
    expect(await ws.handlers['settings.get']({})).toEqual(DEFAULT_SETTINGS);
    await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
    const updated = await ws.handlers['settings.update']({ autoLockMinutes: 2, language: 'fr' });
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, autoLockMinutes: 2, language: 'fr' });
    expect(modeOf(path.join(dir, 'preferences.json'))).toBe(0o600);
    ws.lock('user');
    expect((await caught(() => ws.handlers['settings.update']({ autoLockMinutes: 3 }))).code).toBe('VAULT_LOCKED');

    const again = openWorkspace({ dir, now: testClock.now });
    open.push(again);
    expect(again.settings()).toEqual(updated);
    expect(await again.handlers['settings.get']({})).toEqual(updated);
  });

  it('a damaged preferences file does not stop a workspace from opening or unlocking', async () => {
    const dir = path.join(tempDir(), 'vault');
    const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: testClock.now });
    open.push(ws);
    await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
    ws.dispose();
    fs.writeFileSync(path.join(dir, 'preferences.json'), '{"autoLockMinutes": "ten"');
    const again = openWorkspace({ dir, now: testClock.now });
    open.push(again);
    expect(again.settings()).toEqual(DEFAULT_SETTINGS);
    await again.handlers['vault.unlock']({ method: 'passphrase', passphrase: PASSPHRASE });
    expect(again.isUnlocked()).toBe(true);
  });
});
