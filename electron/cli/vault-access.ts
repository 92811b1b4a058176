import { CasefileError, errorMessageText, type MethodOutput } from '../../shared/contract/index.js';
import { loadVaultKeyFile } from '../core/kernel/vault/vault-folder.js';
import type { CommandContext } from './command.js';
import { CliFailure, usage } from './failure.js';
import type { CliIo } from './io.js';
import { PASSPHRASE_ENV } from './secret-variables.js';
import { readSecret, readSecretFile, type SecretSource } from './secrets.js';
import { valueOf, type VaultSession } from './session.js';
import { cliLanguage, cliWords } from './words.js';

export type UnlockSecret =
  { method: 'passphrase'; passphrase: string } | { method: 'recoveryKey'; recoveryKey: string };

const stringOption = (context: CommandContext, name: string): string | undefined => {
  const value = context.options[name];
  return typeof value === 'string' ? value : undefined;
};

/** The current passphrase: --passphrase-file, else $CASEFILE_PASSPHRASE, else a hidden prompt. */
export function passphraseSource(context: CommandContext, label = cliWords().secrets.passphrase): SecretSource {
  const path = stringOption(context, 'passphrase-file');
  return {
    label,
    fileFlag: '--passphrase-file',
    envName: PASSPHRASE_ENV,
    ...(path === undefined ? {} : { filePath: path }),
  };
}

/** The secret that opens the vault: the recovery key if --recovery-key-file is given, else the passphrase. */
export async function readUnlockSecret(
  context: CommandContext,
  label = cliWords().secrets.passphrase,
): Promise<UnlockSecret> {
  const recoveryKeyFile = stringOption(context, 'recovery-key-file');
  if (recoveryKeyFile === undefined) {
    return { method: 'passphrase', passphrase: await readSecret(context.io, passphraseSource(context, label)) };
  }
  if (stringOption(context, 'passphrase-file') !== undefined) {
    throw usage(cliWords().secrets.passphraseOrKey);
  }
  return { method: 'recoveryKey', recoveryKey: await readSecretFile(recoveryKeyFile, cliWords().secrets.recoveryKey) };
}

/**
 * Refuses early, before asking for any secret, when the folder holds no usable vault: the core's
 * own check (missing folder, a file, a folder of other things, no key file) with its own codes.
 */
export function requireExistingVault(dir: string): void {
  try {
    loadVaultKeyFile(dir);
  } catch (error) {
    if (error instanceof CasefileError && error.code === 'VAULT_MISSING') {
      const problem = errorMessageText(cliLanguage(), error.reason, error.params, error.details);
      throw new CliFailure(
        'VAULT_MISSING',
        cliWords().secrets.noVault(problem, dir, `casefile --vault ${quoteForShell(dir)} init`),
        error.reason,
      );
    }
    throw error;
  }
}

/** Unlocks; what the unlock had to repair (a folder others could open) is told on stderr, even with --json. */
export async function unlockVault(session: VaultSession, secret: UnlockSecret, io: CliIo): Promise<void> {
  const { notices } = valueOf(await session.dispatch('vault.unlock', secret)) as MethodOutput<'vault.unlock'>;
  const words = cliWords();
  for (const notice of notices) {
    io.stderr.write(`${words.output.notice(words.secrets.folderMadePrivate(notice.changed, notice.failed))}\n`);
  }
}

/** A path as the user can paste it back into a POSIX shell. */
function quoteForShell(text: string): string {
  return /^[\w./:@%+=,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
