import * as fs from 'node:fs';
import * as path from 'node:path';
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../files/private-files.js';
import type { MessageParams } from '../../../../shared/i18n/catalogue.js';
import { messageText, type MessageLanguage } from '../../../../shared/i18n/messages.js';

/** Bits that let anyone but the owner read, write or enter. */
const OTHERS_BITS = 0o077;

/** What making a vault folder private again changed, and what it could not change. */
export interface FolderPermissionRepair {
  /** Entries (the folder itself as '.') that other accounts could reach and are now private. */
  tightened: string[];
  /** Entries still open to others: their mode could not be changed (another account owns them). */
  failed: string[];
}

interface OpenEntry {
  path: string;
  /** Relative to the vault folder, '.' for the folder itself. */
  name: string;
  isFolder: boolean;
}

function walk(dir: string, relative: string, found: OpenEntry[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable: nothing of ours to tighten inside
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const name = relative === '' ? entry.name : `${relative}/${entry.name}`;
    // Links are never followed: a link out of the folder must not make us chmod something else.
    if (entry.isSymbolicLink()) continue;
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(full);
    } catch {
      continue; // removed meanwhile
    }
    if (stat.isDirectory()) {
      if ((stat.mode & OTHERS_BITS) !== 0) found.push({ path: full, name, isFolder: true });
      walk(full, name, found);
    } else if (stat.isFile() && (stat.mode & OTHERS_BITS) !== 0) {
      found.push({ path: full, name, isFolder: false });
    }
  }
}

/** Where a vault folder is open to other accounts: the folder, its folders and files. Reads only. */
export function findOpenEntries(dir: string): OpenEntry[] {
  if (process.platform === 'win32') return []; // modes mean nothing there; ACLs are the OS's business
  const found: OpenEntry[] = [];
  if ((fs.lstatSync(dir).mode & OTHERS_BITS) !== 0) found.push({ path: dir, name: '.', isFolder: true });
  walk(dir, '', found);
  return found;
}

/**
 * Makes private what findOpenEntries found: folders 0700, files 0600 (key file, database with
 * its -wal/-shm, preferences, evidence objects). Found first and changed only once the unlock has
 * succeeded, so a refused unlock changes nothing on disk.
 */
export function makeEntriesPrivate(entries: readonly OpenEntry[]): FolderPermissionRepair {
  const repair: FolderPermissionRepair = { tightened: [], failed: [] };
  for (const entry of entries) {
    try {
      fs.chmodSync(entry.path, entry.isFolder ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE);
      repair.tightened.push(entry.name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue; // gone meanwhile (a swept temp file)
      repair.failed.push(entry.name);
    }
  }
  return repair;
}

/** Both steps at once, for a folder nobody is unlocking. */
export function tightenVaultFolder(dir: string): FolderPermissionRepair {
  return makeEntriesPrivate(findOpenEntries(dir));
}

/**
 * The notice a person reads after an unlock that had to make the folder private again, in `language`
 * (the command line's; the app words it from the counts); null if nothing was open.
 */
export function describeFolderRepair(repair: FolderPermissionRepair, language: MessageLanguage = 'en'): string | null {
  if (repair.tightened.length === 0 && repair.failed.length === 0) return null;
  const say = (key: string, params?: MessageParams) => messageText(language, `unlockNotices.${key}`, params);
  return [
    say('folderWasOpen'),
    ...(repair.tightened.length > 0 ? [say('madePrivate', { changed: repair.tightened.length })] : []),
    ...(repair.failed.length > 0 ? [say('notMadePrivate', { failed: repair.failed.length })] : []),
    say('stillEncrypted'),
  ].join(' ');
}
