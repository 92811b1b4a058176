import type { Command } from '../command.js';

export const initCommand: Command = {
  name: 'init',
  synopsis: '',
  headline: 'init',
  options: {},
  args: { min: 0, max: 0, names: '' },
  load: async () => (await import('../commands/init.js')).initImplementation,
};
