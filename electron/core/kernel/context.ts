import { CasefileError } from '../../../shared/contract/index.js';
import type { EvidenceObjects } from './files/object-access.js';
import type { FilePorts } from './files/file-ports.js';
import type { VaultIdentity } from './identity/vault-identity.js';
import type { JobBoard } from './jobs/job-board.js';
import type { CaseFilePorts } from './ports/case-file-ports.js';
import type { VaultDatabase } from './vault/database.js';

/** What every case-file service needs from the workspace, and nothing more. */
export interface CaseFileServices {
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
  /**
   * The open vault's own keys (age identity, Ed25519 signing key), made at first need for a vault
   * older than issue 12; throws VAULT_LOCKED when locked. Absent only in tests that need no keys.
   */
  identity?: () => VaultIdentity;
}

/** What a feature receives: the workspace's services and, through ports, the other features. */
export interface CaseFileContext extends CaseFileServices {
  /** The other features, as a feature may reach them (kernel/ports/); filled in composition.ts. */
  ports: CaseFilePorts;
}

/** The native file dialogs, or a refusal the user understands where there are none (a CLI given no paths). */
export function requireFilePorts(ctx: Pick<CaseFileServices, 'filePorts'>): FilePorts {
  if (!ctx.filePorts) throw new CasefileError('VALIDATION', 'evidence.noFileDialog');
  return ctx.filePorts;
}
