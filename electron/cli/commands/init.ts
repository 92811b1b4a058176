import { systemTimeZone } from '../../../shared/domain/time-zone.js';
import { inspectFolder } from '../../core/kernel/vault/vault-folder.js';
import type { CommandImplementation } from '../command.js';
import { CliFailure } from '../failure.js';
import { readNewPassphrase } from '../secrets.js';
import { withVault } from '../session.js';
import { passphraseSource } from '../vault-access.js';
import { cliWords } from '../words.js';

/** The only time the recovery key is ever shown: the wording has to make that unmissable. */
function recoveryKeyNotice(dir: string, recoveryKey: string): string {
  const words = cliWords().init;
  const [heading, ...warning] = words.recoveryKeyNotice;
  return [words.created(dir), '', heading, '', `    ${recoveryKey}`, '', ...warning].join('\n');
}

/** The core refuses these too, but only after the passphrase has been typed twice. */
function refuseUnsuitableFolder(dir: string): void {
  switch (inspectFolder(dir)) {
    case 'vault':
      throw new CliFailure('VAULT_EXISTS', cliWords().init.vaultThere(dir));
    case 'other':
      throw new CliFailure('NOT_A_VAULT', cliWords().init.notEmpty(dir));
    case 'not-a-folder':
      throw new CliFailure('NOT_A_VAULT', cliWords().init.aFile(dir));
    case 'missing':
    case 'empty':
      return;
  }
}

export const initImplementation: CommandImplementation = {
  async run(context) {
    const dir = context.vaultDir();
    refuseUnsuitableFolder(dir);
    await withVault(dir, context.io, async (vault) => {
      const passphrase = await readNewPassphrase(context.io, passphraseSource(context));
      const { recoveryKey } = await vault.call('vault.create', { passphrase, timeZone: systemTimeZone() });
      context.out.result(recoveryKeyNotice(dir, recoveryKey), { recoveryKey });
    });
  },
};
