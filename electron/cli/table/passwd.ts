import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const passwdCommand: Command = {
  name: 'passwd',
  synopsis: '[--new-passphrase-file FILE] [--recovery-key-file FILE]',
  headline: 'passwd',
  options: {
    'new-passphrase-file': {
      type: 'string',
      valueName: 'FILE',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 0, max: 0, names: '' },
  load: async () => (await import('../commands/passwd.js')).passwdImplementation,
};
