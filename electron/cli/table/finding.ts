import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const findingCommand: Command = {
  name: 'finding',
  synopsis: 'record|list --case CASE [--person PERSON --outcome OUTCOME --decided-by ENTITY --decided-on DATE …]',
  headline: 'finding record|list',
  options: {
    case: caseOption,
    person: { type: 'string', valueName: 'PERSON', required: 'record' },
    outcome: { type: 'string', valueName: 'OUTCOME', required: 'record' },
    'decided-by': { type: 'string', valueName: 'ENTITY', required: 'record' },
    'decided-on': { type: 'string', valueName: 'DATE', required: 'record' },
    report: { type: 'string', valueName: 'REF' },
    ground: {
      type: 'string',
      valueName: 'GROUND',
    },
    reason: { type: 'string', valueName: 'TEXT' },
    'correction-reason': { type: 'string', valueName: 'TEXT' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'record|list' },
  load: async () => (await import('../commands/finding.js')).findingImplementation,
};
