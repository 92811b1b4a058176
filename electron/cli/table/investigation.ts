import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const investigationCommand: Command = {
  name: 'investigation',
  synopsis: 'record|conclude|list --case CASE [--kind KIND --by TEXT --person PERSON --outcome OUTCOME …]',
  headline: 'investigation record|conclude|list',
  options: {
    case: caseOption,
    kind: { type: 'string', valueName: 'KIND', required: 'record' },
    by: { type: 'string', valueName: 'TEXT', required: 'record' },
    person: { type: 'string', valueName: 'PERSON' },
    evidence: { type: 'string', valueName: 'E-0001,…' },
    description: { type: 'string', valueName: 'TEXT' },
    'requested-at': { type: 'string', valueName: 'TIME' },
    outcome: { type: 'string', valueName: 'OUTCOME' },
    'outcome-at': { type: 'string', valueName: 'TIME' },
    result: { type: 'string', valueName: 'TEXT' },
    reason: { type: 'string', valueName: 'TEXT' },
    qualified: { type: 'string', valueName: 'yes|no' },
    action: { type: 'string', valueName: 'ID', required: 'conclude' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'record|conclude|list' },
  load: async () => (await import('../commands/investigation.js')).investigationImplementation,
};
