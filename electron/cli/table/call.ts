import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const callCommand: Command = {
  name: 'call',
  synopsis: 'METHOD [--input FILE|-] [--recovery-key-file FILE]',
  headline: 'call METHOD',
  options: {
    input: { type: 'string', valueName: 'FILE|-' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'METHOD' },
  load: async () => (await import('../commands/call.js')).callImplementation,
};
