import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const contactCommand: Command = {
  name: 'contact',
  synopsis: 'add (--card FILE | --name N --recipient age1… --signing-key FILE) [--role R] | list | verify ID',
  headline: 'contact add|list|verify',
  options: {
    card: { type: 'string', valueName: 'FILE' },
    name: { type: 'string', valueName: 'TEXT' },
    role: { type: 'string', valueName: 'TEXT' },
    recipient: { type: 'string', valueName: 'AGE1…' },
    'signing-key': { type: 'string', valueName: 'FILE' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 2, names: 'add | list | verify ID' },
  load: async () => (await import('../commands/contact.js')).contactImplementation,
};
