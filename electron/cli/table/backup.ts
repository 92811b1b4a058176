import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const backupCommand: Command = {
  name: 'backup',
  synopsis: '--to DIR | status',
  headline: 'backup --to DIR|status',
  options: {
    to: { type: 'string', valueName: 'DIR' },
    'verify-all': {
      type: 'boolean',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  // `status` is a word, not --status: that option already takes a value in another command (assistance).
  args: { min: 0, max: 1, names: '[status]' },
  load: async () => (await import('../commands/backup.js')).backupImplementation,
};
