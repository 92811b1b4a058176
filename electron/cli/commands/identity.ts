import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderUnicodeCompact } from 'uqr';
import { subcommandOf } from '../case-file-options.js';
import type { CommandContext, CommandImplementation } from '../command.js';
import { CliFailure, usage } from '../failure.js';
import { commandLinePorts, runUnlockedWithFiles } from './evidence-access.js';

/** A file the command writes must be new: a key never replaces a file already there. */
function newFile(context: CommandContext, name: string): string | undefined {
  const given = context.options[name];
  if (given === undefined) return undefined;
  if (typeof given !== 'string' || given.length === 0) throw usage(`Give a file name after --${name}.`);
  const file = resolve(given);
  if (existsSync(file)) throw new CliFailure('CONFLICT', `${given} already exists; name a new file.`);
  return file;
}

async function show(context: CommandContext): Promise<void> {
  const publicFile = newFile(context, 'export-public');
  const identityFile = newFile(context, 'export-identity');
  if (identityFile !== undefined && context.options['i-understand'] !== true) {
    throw usage(
      'The age identity is the SECRET key of this vault: whoever holds the file can open every bundle sent ' +
        'to it. Add --i-understand to write it, and delete the file once it has served.',
    );
  }
  const ports = commandLinePorts();
  ports.exportTo = identityFile ?? null;
  await runUnlockedWithFiles(
    context,
    ports,
    async () => undefined,
    async (session) => {
      const identity = await session.call('identity.show', {});
      const lines = [
        'This vault receives case bundles at this age recipient:',
        `  ${identity.recipient}`,
        renderUnicodeCompact(identity.recipient, { border: 1 }),
        `Signing key fingerprint: ${identity.signingFingerprint}`,
        'Contact card (give it to colleagues; it holds only public keys):',
        `  ${identity.card}`,
      ];
      if (publicFile !== undefined) {
        writeFileSync(publicFile, identity.signingPublicKeyPem, { flag: 'wx' });
        lines.push(`Public signing key written to ${publicFile} (PEM, for openssl pkeyutl -verify -pubin -rawin).`);
      }
      let exported = false;
      if (identityFile !== undefined) {
        exported = (await session.call('identity.exportSecret', { understood: true })).exported;
        lines.push(`SECRET age identity written to ${identityFile}: keep it safe and delete it once it has served.`);
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
