import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const verifyCommand: Command = {
  name: 'verify',
  synopsis: '[--recovery-key-file FILE]',
  headline: 'verify',
  options: { 'recovery-key-file': recoveryKeyFileOption },
  args: { min: 0, max: 0, names: '' },
  load: async () => (await import('../commands/verify.js')).verifyImplementation,
};
