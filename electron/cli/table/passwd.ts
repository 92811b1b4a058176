import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const passwdCommand: Command = {
  name: 'passwd',
  synopsis: '[--new-passphrase-file FILE] [--recovery-key-file FILE]',
  headline: 'passwd',
  summary: 'Change the passphrase (the recovery key stays the same).',
  options: {
    'new-passphrase-file': {
      type: 'string',
      valueName: 'FILE',
      description: 'Read the new passphrase from FILE (one trailing newline is ignored).',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 0, max: 0, names: '' },
  load: async () => (await import('../commands/passwd.js')).passwdImplementation,
};
