import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const unlockCommand: Command = {
  name: 'unlock',
  synopsis: '--check [--recovery-key-file FILE]',
  headline: 'unlock --check',
  summary: 'Check that the passphrase (or the recovery key) opens the vault.',
  options: {
    check: { type: 'boolean', required: true, description: 'Only verify the secret.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 0, max: 0, names: '' },
  load: async () => (await import('../commands/unlock.js')).unlockImplementation,
};
