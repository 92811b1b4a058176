import { appendAudit } from '../kernel/audit/audit-log.js';
import type { VaultDatabase } from '../kernel/vault/database.js';

/** vault_meta key of the last backup that was written and read back whole. */
const LAST_BACKUP_KEY = 'last_backup_at';
const DAY_MS = 24 * 60 * 60_000;

export function readLastBackupAt(db: VaultDatabase): string | null {
  const value = db.prepare(`SELECT value FROM vault_meta WHERE key = ?`).pluck().get(LAST_BACKUP_KEY);
  return typeof value === 'string' ? value : null;
}

/** Called in the transaction that audits the backup: the two are recorded together. */
function recordLastBackupAt(db: VaultDatabase, at: string): void {
  db.prepare(
    `INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(LAST_BACKUP_KEY, at);
}

/**
 * Whether the reminder is due: the last backup (or, for a vault never backed up, its creation) is more than
 * `days` days old. A vault made this morning is not nagged about; one a week old with no backup is.
 */
export function backupIsDue(since: string, days: number, now: number): boolean {
  const last = Date.parse(since);
  return !Number.isFinite(last) || now - last > days * DAY_MS;
}

/** What a finished backup records in the vault backed up: its time (for the reminder) and an audit row. */
export function recordBackup(
  db: VaultDatabase,
  outcome: {
    createdAt: string;
    evidenceFiles: number;
    objectsCopied: number;
    objectsKept: number;
    bytesCopied: number;
  },
  who: { now: () => number; actor: string },
): void {
  db.transaction(() => {
    recordLastBackupAt(db, outcome.createdAt);
    // Counts only: the folder's path (a drive's name) is not recorded.
    appendAudit(
      { db: () => db, now: who.now, actor: who.actor },
      {
        action: 'vault.backup',
        caseId: null,
        target: null,
        details: {
          evidenceFiles: outcome.evidenceFiles,
          objectsCopied: outcome.objectsCopied,
          objectsKept: outcome.objectsKept,
          bytesCopied: outcome.bytesCopied,
        },
      },
    );
  })();
}
