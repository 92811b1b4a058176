import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runUnlocked, stringOption } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import { withVault } from '../session.js';
import { readUnlockSecret } from '../vault-access.js';
import { commandLinePorts, followJob, formatSize } from './evidence-access.js';

async function backUp(context: CommandContext, to: string, verifyAll: boolean): Promise<void> {
  const ports = commandLinePorts();
  ports.exportTo = resolve(to);
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const { job: started } = await session.call('backup.start', { verifyAll });
      if (started === null) throw new CliFailure('INTERNAL', 'No backup was started.');
      const job = await followJob(session, context, started.jobId, 'Backing up');
      const outcome = job.kind === 'backup' ? job.outcome : undefined;
      if (outcome === undefined) throw new CliFailure('INTERNAL', 'The backup ended without saying what it wrote.');
      context.out.result(
        [
          `Backed up to ${ports.exportTo} at ${outcome.createdAt}, and read back whole.`,
          `Evidence files: ${outcome.evidenceFiles} (${outcome.objectsCopied} copied now, ` +
            `${outcome.objectsKept} already in the backup, ${outcome.objectsRechecked} of them read again and ` +
            `checked); ${formatSize(outcome.bytesCopied)} written.`,
        ].join('\n'),
        { folder: ports.exportTo, ...outcome },
      );
    },
    ports,
  );
}

async function status(context: CommandContext): Promise<void> {
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const current = await session.call('backup.status', {});
      const last =
        current.lastBackupAt === null
          ? 'This vault has never been backed up.'
          : `Last backup: ${current.lastBackupAt}.`;
      const due = current.due
        ? `A backup is due (the reminder comes after ${current.reminderDays} days).`
        : `No backup is due yet (the reminder comes after ${current.reminderDays} days).`;
      context.out.result(`${last}\n${due}`, current);
    },
  );
}

export const backupImplementation: CommandImplementation = {
  async run(context) {
    const to = stringOption(context, 'to');
    const [word] = context.args;
    if (word !== undefined && word !== 'status') throw usage('casefile backup takes --to DIR, or the word status.');
    const wantsStatus = word === 'status';
    if (to !== undefined && wantsStatus) throw usage('Give either --to DIR or status, not both.');
    if (wantsStatus && context.options['verify-all'] === true) throw usage('--verify-all goes with --to DIR.');
    if (wantsStatus) return status(context);
    if (to === undefined) throw usage('Say where to write the backup: casefile backup --to DIR.');
    return backUp(context, to, context.options['verify-all'] === true);
  },
};

export const restoreImplementation: CommandImplementation = {
  async run(context) {
    const from = stringOption(context, 'from');
    if (from === undefined) throw usage('Say which backup to restore: casefile restore --from DIR --vault NEW.');
    const source = resolve(from);
    if (!existsSync(source)) throw new CliFailure('NOT_FOUND', `${from} was not found.`);
    const dir = context.vaultDir();
    const ports = commandLinePorts();
    ports.toAdd = [source];
    await withVault(
      dir,
      context.io,
      async (session) => {
        const secret = await readUnlockSecret(context);
        const { restored } = await session.call('backup.restore', secret);
        if (restored === null) throw new CliFailure('INTERNAL', 'Nothing was restored.');
        context.out.result(
          [
            `Restored the backup of ${restored.backupCreatedAt} into ${dir}: ${restored.cases} case(s), ` +
              `${restored.evidenceFiles} evidence file(s), every file checked.`,
            'Unlock it with the same passphrase or recovery key as the vault that was backed up.',
          ].join('\n'),
          { vault: dir, ...restored },
        );
      },
      ports,
    );
  },
};
