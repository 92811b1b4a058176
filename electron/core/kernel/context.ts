import type { EvidenceObjects } from './files/object-access.js';
import type { FilePorts } from './files/file-ports.js';
import type { JobBoard } from './jobs/job-board.js';
import type { VaultDatabase } from './vault/database.js';

/** What every case-file service needs from the workspace, and nothing more. */
export interface CaseFileContext {
  /** The open database; throws VAULT_LOCKED when the vault is locked. */
  db(): VaultDatabase;
  /** Epoch milliseconds; injected so tests control time. */
  now(): number;
  /** Who acts, as the audit trail records it (e.g. `app`, `cli`). */
  actor: string;
  /** The open vault's evidence object store (data key bound in); throws VAULT_LOCKED when locked. */
  evidenceObjects?: () => EvidenceObjects;
  /** Native file dialogs; absent where there are none (then choosing files or a destination is refused). */
  filePorts?: FilePorts;
  /** The one board for long work (ingest, verify, letter batches), which announces progress as events. */
  jobs?: JobBoard;
}
