import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const identityCommand: Command = {
  name: 'identity',
  synopsis: 'show [--export-public FILE] [--export-identity FILE --i-understand]',
  headline: 'identity show',
  summary: "This vault's keys: the age recipient colleagues encrypt bundles to, and its signing key.",
  options: {
    'export-public': { type: 'string', valueName: 'FILE', description: 'Write the public signing key (PEM).' },
    'export-identity': { type: 'string', valueName: 'FILE', description: 'Write the SECRET age identity.' },
    'i-understand': { type: 'boolean', description: 'Confirm the export of the secret age identity.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'show' },
  load: async () => (await import('../commands/identity.js')).identityImplementation,
};
