import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../../electron/cli/failure.js';
import { openWorkspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import { testClock } from '../../clock.js';
import { cli } from '../cli/harness.js';
import { FLOOR_KDF, PASSPHRASE, snapshotFolder, useTempDirs } from './helpers.js';

// A damaged vault is told apart from a folder that is not a vault: its own code (VAULT_CORRUPT),
// a message that says what happened and what to do, and its own exit status in the CLI.

const tempDir = useTempDirs();

async function lockedVault(): Promise<{ dir: string; recoveryKey: string }> {
  const dir = path.join(tempDir(), 'vault');
  const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: testClock.now });
  try {
    const { recoveryKey } = await ws.handlers['vault.create']({ passphrase: PASSPHRASE });
    return { dir, recoveryKey };
  } finally {
    ws.dispose();
  }
}

async function unlockError(
  dir: string,
  secret: { method: 'passphrase'; passphrase: string } | { method: 'recoveryKey'; recoveryKey: string },
) {
  const ws = openWorkspace({ dir, now: testClock.now });
  try {
    const reply = await routeWorkspace(ws)('vault.unlock', secret);
    if (reply.ok) throw new Error('the damaged vault unlocked');
    return reply.error;
  } finally {
    ws.dispose();
  }
}

describe('a damaged vault', () => {
  it(
    'a case file replaced by random bytes: VAULT_CORRUPT, restore from a backup, the ' +
      'recovery key will not help; nothing written',
    async () => {
      const { dir, recoveryKey } = await lockedVault();
      fs.writeFileSync(path.join(dir, 'casefile.db'), randomBytes(64 * 1024));
      const before = snapshotFolder(dir);
      for (const secret of [
        { method: 'passphrase', passphrase: PASSPHRASE } as const,
        { method: 'recoveryKey', recoveryKey } as const,
      ]) {
        const error = await unlockError(dir, secret);
        expect(error).toMatchObject({ code: 'VAULT_CORRUPT', reason: 'vault.databaseUnreadable' });
        expect(error.message).toContain('although the passphrase is right');
        expect(error.message).toContain('Restore the whole vault folder from your latest backup');
        expect(error.message).toContain('the recovery key will not help');
        expect(error.message).not.toMatch(/not a Casefile vault/);
      }
      expect(snapshotFolder(dir)).toEqual(before);
    },
  );

  it('a key file cut short, or emptied, beside its case file: VAULT_CORRUPT, restore vault.json', async () => {
    const { dir } = await lockedVault();
    const keyFile = path.join(dir, 'vault.json');
    const whole = fs.readFileSync(keyFile, 'utf8');
    for (const damaged of [whole.slice(0, Math.floor(whole.length / 2)), '', whole.slice(0, 3)]) {
      fs.writeFileSync(keyFile, damaged);
      const error = await unlockError(dir, { method: 'passphrase', passphrase: PASSPHRASE });
      expect(error, JSON.stringify(damaged.slice(0, 20))).toMatchObject({
        code: 'VAULT_CORRUPT',
        reason: 'vault.keyFileDamaged',
      });
      expect(error.message).toContain('Restore vault.json from a backup of this vault folder');
      expect(error.message).toContain('with the passphrase or with the recovery key');
    }
  });

  it('is still told apart from a folder that is not a vault', async () => {
    const lone = tempDir();
    fs.writeFileSync(path.join(lone, 'vault.json'), '{"name": "some other program"}');
    expect(await unlockError(lone, { method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({
      code: 'NOT_A_VAULT',
    });
    const documents = tempDir();
    fs.writeFileSync(path.join(documents, 'notes.txt'), 'x');
    expect(await unlockError(documents, { method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({
      code: 'NOT_A_VAULT',
    });
  });

  it('the command line exits 7 for it, with the message, and 4 for a folder that is not a vault', async () => {
    const { dir } = await lockedVault();
    fs.writeFileSync(path.join(dir, 'casefile.db'), randomBytes(16 * 1024));
    const env = { CASEFILE_PASSPHRASE: PASSPHRASE };
    const run = await cli(['--vault', dir, 'unlock', '--check'], { env });
    expect(run.status).toBe(EXIT.vaultDamaged);
    expect(run.stderr).toMatch(/^casefile: The vault's case file \(casefile\.db\) does not open with this vault's key/);
    const json = await cli(['--vault', dir, '--json', 'unlock', '--check'], { env });
    expect(json.json()).toMatchObject({ error: { code: 'VAULT_CORRUPT', reason: 'vault.databaseUnreadable' } });

    const documents = tempDir();
    fs.writeFileSync(path.join(documents, 'notes.txt'), 'x');
    expect((await cli(['--vault', documents, 'unlock', '--check'], { env })).status).toBe(EXIT.noVault);
  });
});
