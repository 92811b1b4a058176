import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const restoreCommand: Command = {
  name: 'restore',
  synopsis: '--from DIR',
  headline: 'restore --from DIR',
  options: {
    from: { type: 'string', valueName: 'DIR', required: true },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 0, max: 0, names: '' },
  load: async () => (await import('../commands/backup.js')).restoreImplementation,
};
