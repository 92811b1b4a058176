import { lstat, readdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { systemCodeOf } from '../io-errors.js';
import { TEMP_PREFIX } from '../private-files.js';
import { isObjectId } from './format.js';

export interface SweepOptions {
  /**
   * Leave files younger than this alone (default 15 minutes): the CLI may be adding a file to the
   * same vault between its rename and its database row. What is left is ciphertext whose key was
   * never stored, so waiting for a later sweep costs disk space, never confidentiality.
   */
  minAgeMs?: number;
  now?: () => number;
}

export interface SweepReport {
  /** Objects that had no database row. */
  removedObjectIds: string[];
  /** Temp files of ingests that never finished (crash, power cut). */
  removedTempFiles: string[];
  bytesFreed: number;
}

const DEFAULT_SWEEP_MIN_AGE_MS = 15 * 60_000;

/**
 * Removes objects no database row knows and leftover temp files. Anything else in the folder
 * (a name we never write, a folder, a symlink) is not ours to judge and is left alone.
 */
export async function sweepOrphanObjects(
  objectsDir: string,
  knownObjectIds: ReadonlySet<string>,
  options: SweepOptions = {},
): Promise<SweepReport> {
  const report: SweepReport = { removedObjectIds: [], removedTempFiles: [], bytesFreed: 0 };
  const minAgeMs = options.minAgeMs ?? DEFAULT_SWEEP_MIN_AGE_MS;
  const now = (options.now ?? Date.now)();
  let names: string[];
  try {
    names = await readdir(objectsDir);
  } catch (error) {
    if (systemCodeOf(error) === 'ENOENT') return report; // no evidence content added yet
    throw error;
  }
  for (const name of names.sort()) {
    const isTemp = name.startsWith(TEMP_PREFIX);
    const isOrphan = isObjectId(name) && !knownObjectIds.has(name);
    if (!isTemp && !isOrphan) continue;
    const file = path.join(objectsDir, name);
    let size: number;
    try {
      const stat = await lstat(file);
      if (!stat.isFile() || now - stat.mtimeMs < minAgeMs) continue;
      size = stat.size;
      await rm(file);
    } catch (error) {
      if (systemCodeOf(error) === 'ENOENT') continue; // removed meanwhile
      throw error;
    }
    if (isTemp) report.removedTempFiles.push(name);
    else report.removedObjectIds.push(name);
    report.bytesFreed += size;
  }
  return report;
}
