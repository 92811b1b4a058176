import * as fs from 'node:fs';
import { CasefileError } from '../../../../shared/contract/index.js';
import { readKeyFile, type KeyFile } from './key-file.js';
import { vaultPaths, type VaultPaths } from './layout.js';

/** Files an OS drops into any folder it shows; they do not make a folder "not empty". */
const OS_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

export type FolderKind =
  | 'missing' // nothing at that path
  | 'not-a-folder'
  | 'empty'
  | 'vault' // has vault.json or casefile.db: a vault, perhaps damaged
  | 'other'; // has other things: not a vault, and not a place to create one

export function inspectFolder(dir: string): FolderKind {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  if (!stat.isDirectory()) return 'not-a-folder';
  const paths = vaultPaths(dir);
  if (fs.existsSync(paths.keyFile) || fs.existsSync(paths.database)) return 'vault';
  return fs.readdirSync(dir).every((name) => OS_LITTER.has(name)) ? 'empty' : 'other';
}

/**
 * The key file; one that is not ours but sits beside a case file (casefile.db) is a damaged vault,
 * not a foreign folder: the person is told to restore it, not that this is not a vault.
 */
function readKeyFileBesideDatabase(paths: VaultPaths): KeyFile | null {
  try {
    return readKeyFile(paths.keyFile);
  } catch (error) {
    if (error instanceof CasefileError && error.code === 'NOT_A_VAULT' && fs.existsSync(paths.database)) {
      throw new CasefileError('VAULT_CORRUPT', 'vault.keyFileDamaged');
    }
    throw error;
  }
}

/** The folder's key file, or the reason there is no usable one. Reads only; never writes. */
export function loadVaultKeyFile(dir: string): { paths: VaultPaths; keyFile: KeyFile } {
  const paths = vaultPaths(dir);
  switch (inspectFolder(dir)) {
    case 'missing':
      throw new CasefileError('VAULT_MISSING', 'vault.folderMissing');
    case 'empty':
      throw new CasefileError('VAULT_MISSING', 'vault.folderEmpty');
    case 'not-a-folder':
      throw new CasefileError('NOT_A_VAULT', 'vault.locationIsFile');
    case 'other':
      throw new CasefileError('NOT_A_VAULT', 'vault.noKeyFile');
    case 'vault':
      break;
  }
  const keyFile = readKeyFileBesideDatabase(paths);
  if (keyFile === null) {
    throw new CasefileError('VAULT_CORRUPT', 'vault.keyFileMissing');
  }
  return { paths, keyFile };
}
