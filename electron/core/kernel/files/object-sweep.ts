import type { VaultDatabase } from '../vault/database.js';
import { sweepOrphanObjects, type SweepOptions, type SweepReport } from './objects/index.js';

/** Every object id a content row records: the objects the sweep must keep. */
function recordedObjectIds(db: VaultDatabase): Set<string> {
  return new Set(db.prepare('SELECT object_id FROM evidence_contents').pluck().all() as string[]);
}

/**
 * Removes object files no content row knows (and temp files of ingests that never finished).
 * Best effort: a folder that cannot be read must not stop the vault from unlocking, and what is
 * left is ciphertext whose key was never stored, swept next time.
 */
export async function sweepUnrecordedObjects(
  db: VaultDatabase,
  objectsDir: string,
  options?: SweepOptions,
): Promise<SweepReport | null> {
  try {
    return await sweepOrphanObjects(objectsDir, recordedObjectIds(db), options);
  } catch {
    return null;
  }
}
