import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const unlockCommand: Command = {
  name: 'unlock',
  synopsis: '--check [--recovery-key-file FILE]',
  headline: 'unlock --check',
  options: {
    check: { type: 'boolean', required: true },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 0, max: 0, names: '' },
  load: async () => (await import('../commands/unlock.js')).unlockImplementation,
};
