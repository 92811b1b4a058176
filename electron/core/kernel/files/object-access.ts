import { rm } from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import {
  decryptedChunks,
  exportObject,
  ingestFile,
  isObjectId,
  sweepOrphanObjects,
  verifyObject,
  type ExportedObject,
  type ExportOptions,
  type IngestedObject,
  type IngestOptions,
  type StoredObject,
  type SweepOptions,
  type SweepReport,
  type VerifyOptions,
  type VerifyResult,
} from './objects/index.js';
import type { DataKey } from '../vault/keys.js';

/**
 * The open vault's evidence objects, with the data key bound in: evidence services read and
 * write content through this and never hold the key themselves. Valid until the vault locks;
 * `lockSignal` then aborts, and everything still running with it stops.
 */
export interface EvidenceObjects {
  readonly objectsDir: string;
  /** Aborted when the vault locks (the data key is overwritten right after). */
  readonly lockSignal: AbortSignal;
  ingest(source: string | Readable, options?: Omit<IngestOptions, 'objectsDir' | 'dataKey'>): Promise<IngestedObject>;
  verify(object: StoredObject, options?: VerifyOptions): Promise<VerifyResult>;
  /**
   * The object's plaintext, chunk by chunk as each authenticates (a case bundle re-encrypts it for its reader):
   * the chunks themselves, no stream around them to buffer or join them.
   */
  read(object: StoredObject, options?: { signal?: AbortSignal }): AsyncIterable<Buffer>;
  export(object: StoredObject, destinationPath: string, options?: ExportOptions): Promise<ExportedObject>;
  sweep(knownObjectIds: ReadonlySet<string>, options?: SweepOptions): Promise<SweepReport>;
  /** Removes an object whose row will not be written (an ingest cancelled or refused after its rename). */
  discard(objectId: string): Promise<void>;
}

/** Each operation also stops when the vault locks, whatever signal its caller gave. */
function untilLocked<T extends { signal?: AbortSignal }>(options: T | undefined, lockSignal: AbortSignal): T {
  const given = options?.signal;
  return { ...(options ?? ({} as T)), signal: given ? AbortSignal.any([given, lockSignal]) : lockSignal };
}

export function evidenceObjects(objectsDir: string, dataKey: DataKey, lockSignal: AbortSignal): EvidenceObjects {
  return {
    objectsDir,
    lockSignal,
    ingest: (source, options) => ingestFile(source, { ...untilLocked(options, lockSignal), objectsDir, dataKey }),
    verify: (object, options) => verifyObject(objectsDir, object, dataKey, untilLocked(options, lockSignal)),
    read: (object, options) =>
      decryptedChunks(objectsDir, object.objectId, object.wrappedKey, dataKey, {
        ...untilLocked(options, lockSignal),
        expectedSize: object.size,
      }),
    export: (object, destinationPath, options) =>
      exportObject(objectsDir, object, dataKey, destinationPath, untilLocked(options, lockSignal)),
    sweep: (knownObjectIds, options) => sweepOrphanObjects(objectsDir, knownObjectIds, options),
    async discard(objectId) {
      if (!isObjectId(objectId)) throw new RangeError('not an evidence object id');
      await rm(path.join(objectsDir, objectId), { force: true });
    },
  };
}
