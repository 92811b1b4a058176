import type { Command } from '../command.js';
import { caseOption, inputOption, recoveryKeyFileOption } from './shared-options.js';

export const paternityCommand: Command = {
  name: 'paternity',
  synopsis: 'add|update|list --case CASE [--child C-01] [--input FILE|-] [--mother V-01 --subject S-01 …]',
  headline: 'paternity add|update|list',
  options: {
    case: caseOption,
    input: inputOption,
    child: { type: 'string', valueName: 'CHILD', required: 'update' },
    mother: { type: 'string', valueName: 'PERSON', required: 'add' },
    subject: { type: 'string', valueName: 'PERSON', required: 'add' },
    born: { type: 'string', valueName: 'DATE' },
    'reported-on': { type: 'string', valueName: 'DATE', required: 'add' },
    status: { type: 'string', valueName: 'STATUS' },
    'dna-taken': { type: 'string', valueName: 'DATE' },
    'dna-sent': { type: 'string', valueName: 'DATE' },
    'dna-result': { type: 'string', valueName: 'RESULT' },
    'dna-result-on': { type: 'string', valueName: 'DATE' },
    state: { type: 'string', valueName: 'NAME' },
    'contacted-on': { type: 'string', valueName: 'DATE' },
    'contact-how': { type: 'string', valueName: 'HOW' },
    'support-amount': { type: 'string', valueName: 'TEXT' },
    'support-ordered-on': { type: 'string', valueName: 'DATE' },
    'support-paid-on': { type: 'string', valueName: 'DATE' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'add|update|list' },
  load: async () => (await import('../commands/paternity.js')).paternityImplementation,
};
