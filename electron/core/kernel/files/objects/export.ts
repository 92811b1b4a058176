import { stat, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { FileError, fileFailure } from '../io-errors.js';
import { chunkHasher } from './chunk-hasher.js';
import { EvidenceObjectError, throwIfAborted } from './errors.js';
import { pathExists, writeFileAtomicFrom } from '../private-files.js';
import { writeAllAt } from './files.js';
import { progressReporter, type ProgressListener } from './progress.js';
import { decryptedChunks } from './read.js';
import type { StoredObject } from './verify.js';
import type { DataKey } from '../../vault/keys.js';

export interface ExportOptions {
  signal?: AbortSignal;
  onProgress?: ProgressListener;
  /** Replace a file already at the destination (the save dialog asked). Refused by default. */
  overwrite?: boolean;
}

export interface ExportedObject {
  destinationPath: string;
  size: number;
  sha256: string;
}

/**
 * Writes an object's plaintext to a destination the user chose: the one act that puts evidence
 * content outside the vault, so the caller audits it. The bytes go to an owner-only temp file
 * beside the destination and are renamed into place only once every chunk authenticated and the
 * SHA-256 and size match the record; otherwise the temp file is removed and nothing appears.
 */
export async function exportObject(
  objectsDir: string,
  object: StoredObject,
  dataKey: DataKey,
  destinationPath: string,
  options: ExportOptions = {},
): Promise<ExportedObject> {
  const { signal } = options;
  const destination = path.resolve(destinationPath);
  const folder = path.dirname(destination);
  try {
    if (!(await stat(folder)).isDirectory()) throw new FileError('destination_missing');
    if (!options.overwrite && (await pathExists(destination))) throw new FileError('destination_exists');
  } catch (error) {
    throw fileFailure(error, 'destination');
  }

  const progress = progressReporter(options.onProgress, object.size);
  const writePlaintext = async (handle: FileHandle): Promise<ExportedObject> => {
    // As at ingest: a large object is re-hashed on a thread of its own while this thread decrypts.
    const hasher = chunkHasher(object.size);
    let size = 0;
    let sha256: string;
    try {
      for await (const plaintext of decryptedChunks(objectsDir, object.objectId, object.wrappedKey, dataKey, {
        signal,
        expectedSize: object.size,
      })) {
        await hasher.update(plaintext);
        await writeAllAt(handle, [plaintext], size);
        size += plaintext.length;
        progress.advance(plaintext.length);
      }
      sha256 = await hasher.digest();
    } finally {
      await hasher.close();
    }
    if (size !== object.size) throw new EvidenceObjectError('size_mismatch');
    if (sha256 !== object.sha256.toLowerCase()) throw new EvidenceObjectError('hash_mismatch');
    return { destinationPath: destination, size, sha256 };
  };
  try {
    // The temp file's name says nothing of the evidence: it sits in a folder the user chose.
    const exported = await writeFileAtomicFrom(destination, writePlaintext, {
      overwrite: options.overwrite ?? false,
      tempLabel: 'casefile-export',
      signal,
    });
    progress.finish();
    return exported;
  } catch (error) {
    throwIfAborted(signal);
    throw fileFailure(error, 'destination');
  }
}
