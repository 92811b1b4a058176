import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const actionCommand: Command = {
  name: 'action',
  synopsis: 'record|list --case CASE [--subject S-01 --kind KIND --source SOURCE …]',
  headline: 'action record|list',
  options: {
    case: caseOption,
    subject: { type: 'string', valueName: 'PERSON', required: 'record' },
    kind: { type: 'string', valueName: 'KIND', required: 'record' },
    source: { type: 'string', valueName: 'SOURCE', required: 'record' },
    reference: { type: 'string', valueName: 'TEXT' },
    description: { type: 'string', valueName: 'TEXT' },
    at: { type: 'string', valueName: 'TIME' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'record|list' },
  load: async () => (await import('../commands/action.js')).actionImplementation,
};
