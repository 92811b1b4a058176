import { contract, METHOD_NAMES, type MethodName } from '../../../shared/contract/index.js';
import type { CommandImplementation } from '../command.js';
import { CliFailure } from '../failure.js';
import { describeRefusedInput } from '../input-problems.js';
import { readJsonInput } from '../json-input.js';
import { formatJson } from '../output.js';
import { valueOf, withVault } from '../session.js';
import { didYouMean } from '../suggest.js';
import { readUnlockSecret, requireExistingVault, unlockVault, type UnlockSecret } from '../vault-access.js';
import { cliWords } from '../words.js';

const isMethodName = (name: string): name is MethodName => Object.prototype.hasOwnProperty.call(contract, name);

export const callImplementation: CommandImplementation = {
  async run(context) {
    const name = context.args[0] ?? '';
    if (!isMethodName(name)) {
      throw new CliFailure(
        'UNKNOWN_METHOD',
        cliWords().call.unknownMethod(name.slice(0, 80), didYouMean(name, METHOD_NAMES)),
      );
    }
    const spec = contract[name];
    const dir = context.vaultDir();
    const inputOption = context.options['input'];
    await withVault(dir, context.io, async (vault) => {
      let secret: UnlockSecret | undefined;
      if (!spec.whileLocked) {
        requireExistingVault(dir);
        // The secret first: with `--input -` on a terminal, stdin is used up once the input is read.
        secret = await readUnlockSecret(context);
      }
      const input = await readJsonInput(context.io, typeof inputOption === 'string' ? inputOption : undefined);
      // Refuse bad input before spending a key derivation on the unlock; the router checks again.
      const parsed = spec.input.safeParse(input);
      if (!parsed.success) {
        throw new CliFailure(
          'VALIDATION',
          cliWords().call.invalidInput(name, describeRefusedInput(parsed.error, input)),
        );
      }
      if (secret) await unlockVault(vault, secret, context.io);
      const value = valueOf(await vault.dispatch(name, input));
      context.out.result(formatJson(value), value);
    });
  },
};
