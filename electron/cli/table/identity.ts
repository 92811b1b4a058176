import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const identityCommand: Command = {
  name: 'identity',
  synopsis: 'show [--export-public FILE] [--export-identity FILE --i-understand]',
  headline: 'identity show',
  options: {
    'export-public': { type: 'string', valueName: 'FILE' },
    'export-identity': { type: 'string', valueName: 'FILE' },
    'i-understand': { type: 'boolean' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'show' },
  load: async () => (await import('../commands/identity.js')).identityImplementation,
};
