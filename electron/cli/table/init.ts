import type { Command } from '../command.js';

export const initCommand: Command = {
  name: 'init',
  synopsis: '',
  headline: 'init',
  summary: 'Create a vault in the folder; shows its recovery key once.',
  options: {},
  args: { min: 0, max: 0, names: '' },
  load: async () => (await import('../commands/init.js')).initImplementation,
};
