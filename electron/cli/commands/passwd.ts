import type { CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import { readNewPassphrase } from '../secrets.js';
import { withVault } from '../session.js';
import { NEW_PASSPHRASE_ENV } from '../secret-variables.js';
import { readUnlockSecret, requireExistingVault, unlockVault } from '../vault-access.js';
import { cliWords } from '../words.js';

export const passwdImplementation: CommandImplementation = {
  detailValues: () => ({ newPassphraseVariable: NEW_PASSPHRASE_ENV }),
  async run(context) {
    const dir = context.vaultDir();
    requireExistingVault(dir);
    await withVault(dir, context.io, async (vault) => {
      const words = cliWords();
      const secret = await readUnlockSecret(context, words.passwd.currentPassphrase);
      // Prove the current secret before asking for a new passphrase twice.
      await unlockVault(vault, secret, context.io);
      const current = secret.method === 'passphrase' ? secret.passphrase : secret.recoveryKey;
      const newFile = context.options['new-passphrase-file'];
      const next = await readNewPassphrase(context.io, {
        label: words.secrets.newPassphrase,
        envName: NEW_PASSPHRASE_ENV,
        fileFlag: '--new-passphrase-file',
        ...(typeof newFile === 'string' ? { filePath: newFile } : {}),
      });
      if (next === current) throw usage(words.passwd.same);
      await vault.call('vault.changePassphrase', { current, next });
      context.out.result(words.passwd.changed, { changed: true });
    });
  },
};
