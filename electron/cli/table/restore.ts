import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const restoreCommand: Command = {
  name: 'restore',
  synopsis: '--from DIR',
  headline: 'restore --from DIR',
  summary: 'Restore a backup as a new vault in the --vault folder (new or empty), with its passphrase or recovery key.',
  options: {
    from: { type: 'string', valueName: 'DIR', required: true, description: 'The backup folder.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 0, max: 0, names: 'no arguments' },
  load: async () => (await import('../commands/backup.js')).restoreImplementation,
};
