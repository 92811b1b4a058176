import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import { subcommandOf } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import { commandLinePorts, runUnlockedWithFiles } from './evidence-access.js';
import { explanationLocale } from '../explanation-locale.js';
import { cliWords } from '../words.js';

/** A file the command writes must be new: a key never replaces a file already there. */
function newFile(context: CommandContext, name: string): string | undefined {
  const given = context.options[name];
  if (given === undefined) return undefined;
  if (typeof given !== 'string' || given.length === 0) throw usage(cliWords().identity.fileAfter(name));
  const file = resolve(given);
  if (existsSync(file)) throw new CliFailure('CONFLICT', cliWords().identity.exists(given));
  return file;
}

async function show(context: CommandContext): Promise<void> {
  const publicFile = newFile(context, 'export-public');
  const identityFile = newFile(context, 'export-identity');
  if (identityFile !== undefined && context.options['i-understand'] !== true) {
    throw usage(cliWords().identity.secretWarning);
  }
  const ports = commandLinePorts();
  ports.exportTo = identityFile ?? null;
  await runUnlockedWithFiles(
    context,
    ports,
    async () => undefined,
    async (session) => {
      const identity = await session.call('identity.show', {});
      const words = cliWords().identity;
      const lines = [
        words.recipient,
        `  ${identity.recipient}`,
        renderUnicodeCompact(identity.recipient, { border: 1 }),
        words.fingerprint(identity.signingFingerprint),
        words.card,
        `  ${identity.card}`,
      ];
      if (publicFile !== undefined) {
        writeFileSync(publicFile, identity.signingPublicKeyPem, { flag: 'wx' });
        lines.push(words.publicWritten(publicFile));
      }
      let exported = false;
      if (identityFile !== undefined) {
        exported = (await session.call('identity.exportSecret', { understood: true, locale: explanationLocale() }))
          .exported;
        lines.push(words.secretWritten(identityFile));
      }
      context.out.result(lines.join('\n'), {
        ...identity,
        ...(publicFile === undefined ? {} : { publicKeyFile: publicFile }),
        ...(identityFile === undefined ? {} : { identityFile, exported }),
      });
    },
  );
}

export const identityImplementation: CommandImplementation = {
  async run(context) {
    subcommandOf(context, 'identity', ['show'] as const);
    await show(context);
  },
};
