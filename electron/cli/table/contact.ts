import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const contactCommand: Command = {
  name: 'contact',
  synopsis: 'add (--card FILE | --name N --recipient age1… --signing-key FILE) [--role R] | list | verify ID',
  headline: 'contact add|list|verify',
  summary: "Colleagues' keys: to encrypt case bundles to them and check what they sign.",
  options: {
    card: { type: 'string', valueName: 'FILE', description: "The colleague's contact card." },
    name: { type: 'string', valueName: 'TEXT', description: "The colleague's name." },
    role: { type: 'string', valueName: 'TEXT', description: 'Their role or organisation.' },
    recipient: { type: 'string', valueName: 'AGE1…', description: 'Their age recipient.' },
    'signing-key': { type: 'string', valueName: 'FILE', description: 'Their public signing key (PEM).' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 2, names: 'add, list or verify ID' },
  load: async () => (await import('../commands/contact.js')).contactImplementation,
};
