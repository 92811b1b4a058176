import { performance } from 'node:perf_hooks';
import type { BackupJob } from '../../../shared/contract/backup.js';
import { CasefileError, type Handlers } from '../../../shared/contract/index.js';
import type { Settings } from '../../../shared/domain/settings.js';
import type { FilePorts } from '../kernel/files/file-ports.js';
import type { JobBoard } from '../kernel/jobs/job-board.js';
import type { ClockConfigurationSource } from '../kernel/ports/clock-configuration.js';
import { copyDataKey } from '../kernel/vault/keys.js';
import type { OpenVault } from '../kernel/vault/vault.js';
import { backupIsDue, readLastBackupAt, recordBackup } from './backup-reminder.js';
import { restoreBackup } from './restore-backup.js';
import { claimBackupFolder, writeBackup } from './write-backup.js';

/** What backup and restore need of the workspace: they work on the vault itself, below the case file. */
export interface BackupWorkspace {
  dir: string;
  now: () => number;
  actor: string;
  /** The open vault; throws VAULT_LOCKED when locked. */
  openVault: () => OpenVault;
  hasOpenVault: () => boolean;
  jobs: JobBoard;
  filePorts?: FilePorts;
  settings: () => Settings;
  /** Reads the preferences file again: a restore brings the backed-up vault's own. */
  reloadSettings: () => void;
  /** The clock settings: a restore reads the restored vault's mission zone from them. */
  clockConfiguration: ClockConfigurationSource;
  /** Runs a key operation alone (no unlock or create at the same time as a restore). */
  exclusive: <T>(operation: () => Promise<T>) => Promise<T>;
}

/** The name the folder dialog proposes for a new backup. */
const SUGGESTED_FOLDER_NAME = 'Casefile backup';

export function backupHandlers(
  workspace: BackupWorkspace,
): Pick<Handlers, 'backup.start' | 'backup.status' | 'backup.restore'> {
  const { now, actor } = workspace;
  return {
    'backup.start': async ({ verifyAll }) => {
      workspace.openVault();
      if (!workspace.filePorts) throw new CasefileError('VALIDATION', 'evidence.noFileDialog');
      const folder = await workspace.filePorts.chooseExportPath(SUGGESTED_FOLDER_NAME);
      if (folder === null) return { job: null };
      const vault = workspace.openVault(); // the dialog may have stayed open across a lock
      // A copy of the key for the job: a lock overwrites the vault's own, and the job then stops.
      const dataKey = copyDataKey(vault.dataKey);
      const source = { paths: vault.paths, vaultId: vault.keyFile.vaultId, dataKey };
      let claimed;
      try {
        claimed = claimBackupFolder(source, folder); // refused here, in words, before any job starts
      } catch (error) {
        dataKey.fill(0);
        throw error;
      }
      const started = performance.now();
      const job = workspace.jobs.start<BackupJob>(
        { kind: 'backup', folder: claimed.dir, bytesDone: 0, bytesPerSecond: 0 },
        async (control) => {
          try {
            const outcome = await writeBackup(source, claimed, {
              signal: control.signal,
              verifyAll,
              now,
              onProgress: ({ bytesDone, bytesTotal }) => {
                const seconds = Math.max(performance.now() - started, 1) / 1000;
                control.update({ bytesDone, bytesTotal, bytesPerSecond: Math.round(bytesDone / seconds) });
              },
            });
            recordBackup(workspace.openVault().db, outcome, { now, actor });
            const { createdAt, evidenceFiles, objectsCopied, objectsKept, objectsRechecked, bytesCopied } = outcome;
            return {
              outcome: { createdAt, evidenceFiles, objectsCopied, objectsKept, objectsRechecked, bytesCopied },
            };
          } finally {
            dataKey.fill(0);
          }
        },
      );
      return { job };
    },

    'backup.status': () => {
      const vault = workspace.openVault();
      const lastBackupAt = readLastBackupAt(vault.db);
      const reminderDays = workspace.settings().backupReminderDays;
      const since = lastBackupAt ?? vault.keyFile.createdAt;
      return { lastBackupAt, reminderDays, due: backupIsDue(since, reminderDays, now()) };
    },

    'backup.restore': (secret) =>
      workspace.exclusive(async () => {
        if (workspace.hasOpenVault()) throw new CasefileError('VAULT_EXISTS', 'vault.alreadyOpen');
        if (!workspace.filePorts) throw new CasefileError('VALIDATION', 'evidence.noFileDialog');
        const [chosen] = await workspace.filePorts.chooseFilesToAdd();
        if (chosen === undefined) return { restored: null };
        const restored = await restoreBackup(chosen, workspace.dir, secret, {
          now,
          actor,
          clockConfiguration: workspace.clockConfiguration,
        });
        workspace.reloadSettings();
        return { restored };
      }),
  };
}
