import type { Command } from '../command.js';
import { caseOption, inputOption, recoveryKeyFileOption } from './shared-options.js';

export const paternityCommand: Command = {
  name: 'paternity',
  synopsis: 'add|update|list --case CASE [--child C-01] [--input FILE|-] [--mother V-01 --subject S-01 …]',
  headline: 'paternity add|update|list',
  summary: 'Record the children of a paternity claim, their DNA steps, Member State contact and support.',
  options: {
    case: caseOption,
    input: inputOption,
    child: { type: 'string', valueName: 'CHILD', required: 'update', description: 'The child record: C-01 or id.' },
    mother: { type: 'string', valueName: 'PERSON', required: 'add', description: 'The mother: V-01 or id.' },
    subject: { type: 'string', valueName: 'PERSON', required: 'add', description: 'The alleged father: S-01 or id.' },
    born: { type: 'string', valueName: 'DATE', description: 'Date of birth, or its estimate.' },
    'reported-on': { type: 'string', valueName: 'DATE', required: 'add', description: 'When the claim was made.' },
    status: { type: 'string', valueName: 'STATUS', description: 'Where the claim stands (see above).' },
    'dna-taken': { type: 'string', valueName: 'DATE', description: 'The day the DNA sample was taken.' },
    'dna-sent': { type: 'string', valueName: 'DATE', description: 'The day it was sent for analysis.' },
    'dna-result': { type: 'string', valueName: 'RESULT', description: 'match, no_match or inconclusive.' },
    'dna-result-on': { type: 'string', valueName: 'DATE', description: 'The day the result was received.' },
    state: { type: 'string', valueName: 'NAME', description: 'The Member State contacted.' },
    'contacted-on': { type: 'string', valueName: 'DATE', description: 'The day it was contacted.' },
    'contact-how': { type: 'string', valueName: 'HOW', description: 'How it was contacted (see above).' },
    'support-amount': { type: 'string', valueName: 'TEXT', description: 'Support ordered or paid, with currency.' },
    'support-ordered-on': { type: 'string', valueName: 'DATE', description: 'The day support was ordered.' },
    'support-paid-on': { type: 'string', valueName: 'DATE', description: 'The day support was last paid.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'add|update|list' },
  load: async () => (await import('../commands/paternity.js')).paternityImplementation,
};
