// The encrypted evidence object store. The file format is documented at the top of format.ts.
export { ingestFile, type IngestedObject, type IngestOptions } from './ingest.js';
export { decryptedChunks, openObjectStream } from './read.js';
export { verifyObject, type StoredObject, type VerifyOptions, type VerifyResult } from './verify.js';
export { exportObject, type ExportedObject, type ExportOptions } from './export.js';
export { sweepOrphanObjects, type SweepOptions, type SweepReport } from './sweep.js';
export { EvidenceObjectError, isAbortError } from './errors.js';
export type { IntegrityProblem } from '../file-problems.js';
export type { TransferProgress } from './progress.js';
export { DEFAULT_CHUNK_SIZE, isObjectId } from './format.js';
