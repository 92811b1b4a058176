import { systemTimeZone } from '../../../shared/domain/time-zone.js';
import { inspectFolder } from '../../core/kernel/vault/vault-folder.js';
import type { CommandImplementation } from '../command.js';
import { CliFailure } from '../failure.js';
import { readNewPassphrase } from '../secrets.js';
import { withVault } from '../session.js';
import { passphraseSource } from '../vault-access.js';

/** The only time the recovery key is ever shown: the wording has to make that unmissable. */
function recoveryKeyNotice(dir: string, recoveryKey: string): string {
  return [
    `Vault created in ${dir}.`,
    '',
    'RECOVERY KEY - write this down now. It is shown only now and cannot be shown again:',
    '',
    `    ${recoveryKey}`,
    '',
    'It opens the vault if the passphrase is lost, so anyone holding it can open the vault too.',
    'Keep it on paper, away from this computer. Do not save it in a file or a screenshot.',
  ].join('\n');
}

/** The core refuses these too, but only after the passphrase has been typed twice. */
function refuseUnsuitableFolder(dir: string): void {
  switch (inspectFolder(dir)) {
    case 'vault':
      throw new CliFailure('VAULT_EXISTS', `There is already a Casefile vault in ${dir}.`);
    case 'other':
      throw new CliFailure(
        'NOT_A_VAULT',
        `${dir} is not empty and is not a Casefile vault: choose an empty or new folder.`,
      );
    case 'not-a-folder':
      throw new CliFailure('NOT_A_VAULT', `${dir} is a file, not a folder: choose an empty or new folder.`);
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
