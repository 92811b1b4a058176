import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const verifyCommand: Command = {
  name: 'verify',
  synopsis: '[--recovery-key-file FILE]',
  headline: 'verify',
  summary: 'Recompute the audit trail’s hash chain; print OK or the first broken row.',
  options: { 'recovery-key-file': recoveryKeyFileOption },
  args: { min: 0, max: 0, names: '' },
  load: async () => (await import('../commands/verify.js')).verifyImplementation,
};
