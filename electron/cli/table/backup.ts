import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const backupCommand: Command = {
  name: 'backup',
  synopsis: '--to DIR | status',
  headline: 'backup --to DIR|status',
  summary: 'Back the whole vault up to a folder (a USB drive), encrypted; or say when it was last backed up.',
  options: {
    to: { type: 'string', valueName: 'DIR', description: 'The backup folder (created if missing).' },
    'verify-all': {
      type: 'boolean',
      description: 'Read every evidence file already in the backup again and check it (slow on a USB drive).',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  // `status` is a word, not --status: that option already takes a value in another command (assistance).
  args: { min: 0, max: 1, names: 'status, or nothing with --to DIR' },
  load: async () => (await import('../commands/backup.js')).backupImplementation,
};
