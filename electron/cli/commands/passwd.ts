import type { CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import { readNewPassphrase } from '../secrets.js';
import { withVault } from '../session.js';
import { NEW_PASSPHRASE_ENV } from '../secret-variables.js';
import { readUnlockSecret, requireExistingVault, unlockVault } from '../vault-access.js';

export const passwdImplementation: CommandImplementation = {
  detailValues: () => ({ newPassphraseVariable: NEW_PASSPHRASE_ENV }),
  async run(context) {
    const dir = context.vaultDir();
    requireExistingVault(dir);
    await withVault(dir, context.io, async (vault) => {
      const secret = await readUnlockSecret(context, 'current passphrase');
      // Prove the current secret before asking for a new passphrase twice.
      await unlockVault(vault, secret, context.io);
      const current = secret.method === 'passphrase' ? secret.passphrase : secret.recoveryKey;
      const newFile = context.options['new-passphrase-file'];
      const next = await readNewPassphrase(context.io, {
        label: 'new passphrase',
        envName: NEW_PASSPHRASE_ENV,
        fileFlag: '--new-passphrase-file',
        ...(typeof newFile === 'string' ? { filePath: newFile } : {}),
      });
      if (next === current) throw usage('The new passphrase is the same as the current one.');
      await vault.call('vault.changePassphrase', { current, next });
      context.out.result('Passphrase changed. The recovery key is unchanged.', { changed: true });
    });
  },
};
