import type { VaultDatabase } from './vault/database.js';

/** What every case-file service needs from the workspace, and nothing more. */
export interface CaseFileContext {
  /** The open database; throws VAULT_LOCKED when the vault is locked. */
  db(): VaultDatabase;
  /** Epoch milliseconds; injected so tests control time. */
  now(): number;
  /** Who acts, as the audit trail records it (e.g. `app`, `cli`). */
  actor: string;
}
