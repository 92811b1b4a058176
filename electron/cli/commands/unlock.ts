import type { CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import { withVault } from '../session.js';
import { readUnlockSecret, requireExistingVault, unlockVault } from '../vault-access.js';
import { cliWords } from '../words.js';

export const unlockImplementation: CommandImplementation = {
  async run(context) {
    if (context.options['check'] !== true) {
      throw usage(cliWords().unlock.needsCheck);
    }
    const dir = context.vaultDir();
    requireExistingVault(dir);
    await withVault(dir, context.io, async (vault) => {
      const secret = await readUnlockSecret(context);
      await unlockVault(vault, secret, context.io);
      const words = cliWords();
      const what = secret.method === 'passphrase' ? words.secrets.passphrase : words.secrets.recoveryKey;
      context.out.result(words.unlock.opens(what, dir), { ok: true, unlockedWith: secret.method });
    });
  },
};
