import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CasefileError } from '../../../shared/contract/index.js';
import { assertFolderFor } from '../../../electron/core/kernel/vault/vault-folder.js';
import { useTempDirs } from '../core/helpers.js';

const tempDir = useTempDirs();

/** One folder of each kind inspectFolder tells apart. */
function folders(): Record<'missing' | 'not-a-folder' | 'empty' | 'vault' | 'other', string> {
  const root = tempDir();
  const make = (name: string, files: Record<string, string>) => {
    const dir = path.join(root, name);
    fs.mkdirSync(dir);
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
    return dir;
  };
  const file = path.join(root, 'a-file');
  fs.writeFileSync(file, 'text');
  return {
    missing: path.join(root, 'nothing-here'),
    'not-a-folder': file,
    empty: make('empty', { '.DS_Store': '' }),
    vault: make('vault', { 'casefile.db': '' }),
    other: make('other', { 'notes.txt': 'my notes' }),
  };
}

/** The code and reason `assertFolderFor` refuses with, or 'go on'. */
function outcome(use: 'open' | 'create', dir: string): string {
  try {
    assertFolderFor(use, dir);
    return 'go on';
  } catch (error) {
    if (!(error instanceof CasefileError)) throw error;
    return `${error.code} ${error.reason}`;
  }
}

describe('what a folder means to opening and to creating a vault', () => {
  it('opening goes on only in a vault, each other kind refused with its own reason', () => {
    const dirs = folders();
    expect(Object.fromEntries(Object.entries(dirs).map(([kind, dir]) => [kind, outcome('open', dir)]))).toEqual({
      missing: 'VAULT_MISSING vault.folderMissing',
      'not-a-folder': 'NOT_A_VAULT vault.locationIsFile',
      empty: 'VAULT_MISSING vault.folderEmpty',
      vault: 'go on',
      other: 'NOT_A_VAULT vault.noKeyFile',
    });
  });

  it('creating goes on only where nothing is (a missing or empty folder), and never over a vault', () => {
    const dirs = folders();
    expect(Object.fromEntries(Object.entries(dirs).map(([kind, dir]) => [kind, outcome('create', dir)]))).toEqual({
      missing: 'go on',
      'not-a-folder': 'NOT_A_VAULT vault.createOnFile',
      empty: 'go on',
      vault: 'VAULT_EXISTS vault.exists',
      other: 'NOT_A_VAULT vault.folderNotEmpty',
    });
  });
});
