import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const callCommand: Command = {
  name: 'call',
  synopsis: 'METHOD [--input FILE|-] [--recovery-key-file FILE]',
  headline: 'call METHOD',
  summary: 'Invoke any API method with JSON input; prints the JSON reply.',
  options: {
    input: { type: 'string', valueName: 'FILE|-', description: 'JSON input from FILE, or from stdin with -.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'METHOD' },
  load: async () => (await import('../commands/call.js')).callImplementation,
};
