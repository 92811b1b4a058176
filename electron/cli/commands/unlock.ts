import type { CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import { withVault } from '../session.js';
import { readUnlockSecret, requireExistingVault, unlockVault } from '../vault-access.js';

export const unlockImplementation: CommandImplementation = {
  async run(context) {
    if (context.options['check'] !== true) {
      throw usage('casefile unlock needs --check: each command unlocks the vault for itself while it runs.');
    }
    const dir = context.vaultDir();
    requireExistingVault(dir);
    await withVault(dir, context.io, async (vault) => {
      const secret = await readUnlockSecret(context);
      await unlockVault(vault, secret, context.io);
      const what = secret.method === 'passphrase' ? 'passphrase' : 'recovery key';
      context.out.result(`OK: the ${what} opens the vault in ${dir}.`, { ok: true, unlockedWith: secret.method });
    });
  },
};
