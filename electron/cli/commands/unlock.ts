import type { CommandImplementation } from '../command.js';
import { usage } from '../failure.js';
import { withVault } from '../session.js';
import { readUnlockSecret, requireExistingVault, unlockVault } from '../vault-access.js';

export const unlockImplementation: CommandImplementation = {
  details: [
    'Opens the vault with the secret and locks it again; prints OK and exits 0, or exits 3 on a wrong',
    'secret. Every other command unlocks the vault for itself, for as long as it runs, so --check is',
    'the only form.',
  ].join('\n'),
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
