import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runUnlocked, stringOption } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import { clockOf, missionClock } from '../mission-time.js';
import { withVault } from '../session.js';
import { readUnlockSecret } from '../vault-access.js';
import { cliWords } from '../words.js';
import { commandLinePorts, followJob, formatSize } from './evidence-access.js';

async function backUp(context: CommandContext, to: string, verifyAll: boolean): Promise<void> {
  const ports = commandLinePorts();
  ports.exportTo = resolve(to);
  await runUnlocked(
    context,
    async () => undefined,
    async (session) => {
      const { job: started } = await session.call('backup.start', { verifyAll });
      if (started === null) throw new CliFailure('INTERNAL', cliWords().backup.notStarted);
      const job = await followJob(session, context, started.jobId, cliWords().backup.backingUp);
      const outcome = job.kind === 'backup' ? job.outcome : undefined;
      if (outcome === undefined) throw new CliFailure('INTERNAL', cliWords().backup.noOutcome);
      const words = cliWords().backup;
      context.out.result(
        [
          words.done(ports.exportTo ?? to, (await missionClock(session))(outcome.createdAt)),
          words.files(
            outcome.evidenceFiles,
            outcome.objectsCopied,
            outcome.objectsKept,
            outcome.objectsRechecked,
            formatSize(outcome.bytesCopied),
          ),
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
      const words = cliWords().backup;
      const last =
        current.lastBackupAt === null ? words.never : words.last((await missionClock(session))(current.lastBackupAt));
      const due = current.due ? words.due(current.reminderDays) : words.notDue(current.reminderDays);
      context.out.result(`${last}\n${due}`, current);
    },
  );
}

export const backupImplementation: CommandImplementation = {
  async run(context) {
    const to = stringOption(context, 'to');
    const [word] = context.args;
    if (word !== undefined && word !== 'status') throw usage(cliWords().backup.takes);
    const wantsStatus = word === 'status';
    if (to !== undefined && wantsStatus) throw usage(cliWords().backup.notBoth);
    if (wantsStatus && context.options['verify-all'] === true) throw usage(cliWords().backup.verifyAllWithTo);
    if (wantsStatus) return status(context);
    if (to === undefined) throw usage(cliWords().backup.sayWhere);
    return backUp(context, to, context.options['verify-all'] === true);
  },
};

export const restoreImplementation: CommandImplementation = {
  async run(context) {
    const from = stringOption(context, 'from');
    if (from === undefined) throw usage(cliWords().backup.sayWhich);
    const source = resolve(from);
    if (!existsSync(source)) throw new CliFailure('NOT_FOUND', cliWords().backup.notFound(from));
    const dir = context.vaultDir();
    const ports = commandLinePorts();
    ports.toAdd = [source];
    await withVault(
      dir,
      context.io,
      async (session) => {
        const secret = await readUnlockSecret(context);
        const { restored } = await session.call('backup.restore', secret);
        if (restored === null) throw new CliFailure('INTERNAL', cliWords().backup.nothingRestored);
        context.out.result(
          [
            cliWords().backup.restored(
              clockOf(restored.missionTimeZone)(restored.backupCreatedAt),
              dir,
              restored.cases,
              restored.evidenceFiles,
            ),
            cliWords().backup.unlockAsBefore,
          ].join('\n'),
          { vault: dir, ...restored },
        );
      },
      ports,
    );
  },
};
