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

/** What a folder is looked at for: opening the vault in it, or creating one there. */
type FolderUse = 'open' | 'create';

/** What each kind of folder means to each use: the refusal a person reads, or null to go on. */
const FOLDER_REFUSALS: Record<FolderKind, Record<FolderUse, (() => CasefileError) | null>> = {
  missing: { open: () => new CasefileError('VAULT_MISSING', 'vault.folderMissing'), create: null },
  empty: { open: () => new CasefileError('VAULT_MISSING', 'vault.folderEmpty'), create: null },
  'not-a-folder': {
    open: () => new CasefileError('NOT_A_VAULT', 'vault.locationIsFile'),
    create: () => new CasefileError('NOT_A_VAULT', 'vault.createOnFile'),
  },
  other: {
    open: () => new CasefileError('NOT_A_VAULT', 'vault.noKeyFile'),
    create: () => new CasefileError('NOT_A_VAULT', 'vault.folderNotEmpty'),
  },
  vault: { open: null, create: () => new CasefileError('VAULT_EXISTS', 'vault.exists') },
};

/** Throws the refusal `use` meets in this folder, if any. Reads only; never writes. */
export function assertFolderFor(use: FolderUse, dir: string): void {
  const refusal = FOLDER_REFUSALS[inspectFolder(dir)][use];
  if (refusal) throw refusal();
}

/** The folder's key file, or the reason there is no usable one. Reads only; never writes. */
export function loadVaultKeyFile(dir: string): { paths: VaultPaths; keyFile: KeyFile } {
  const paths = vaultPaths(dir);
  assertFolderFor('open', dir);
  const keyFile = readKeyFileBesideDatabase(paths);
  if (keyFile === null) {
    throw new CasefileError('VAULT_CORRUPT', 'vault.keyFileMissing');
  }
  return { paths, keyFile };
}
