import type { Command } from '../command.js';

export const methodsCommand: Command = {
  name: 'methods',
  synopsis: '',
  headline: 'methods',
  options: {},
  args: { min: 0, max: 0, names: '' },
  load: async () => (await import('../commands/methods.js')).methodsImplementation,
};
