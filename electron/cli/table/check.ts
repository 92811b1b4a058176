import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const checkCommand: Command = {
  name: 'check',
  synopsis: 'CASE [--recovery-key-file FILE]',
  headline: 'check CASE',
  options: { 'recovery-key-file': recoveryKeyFileOption },
  args: { min: 1, max: 1, names: 'CASE' },
  load: async () => (await import('../commands/check.js')).checkImplementation,
};
