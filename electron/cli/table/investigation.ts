import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const investigationCommand: Command = {
  name: 'investigation',
  synopsis: 'record|conclude|list --case CASE [--kind KIND --by TEXT --person PERSON --outcome OUTCOME …]',
  headline: 'investigation record|conclude|list',
  summary: 'Record investigative actions and forensic examinations (requested, done, refused, not possible).',
  options: {
    case: caseOption,
    kind: { type: 'string', valueName: 'KIND', required: 'record', description: 'What was done (see above).' },
    by: { type: 'string', valueName: 'TEXT', required: 'record', description: 'Who asked for it.' },
    person: { type: 'string', valueName: 'PERSON', description: 'The person concerned: V-01, S-01 or id.' },
    evidence: { type: 'string', valueName: 'E-0001,…', description: 'Linked evidence items, comma-separated.' },
    description: { type: 'string', valueName: 'TEXT', description: 'What was asked for (pseudonyms only).' },
    'requested-at': { type: 'string', valueName: 'TIME', description: 'When it was asked for; default now.' },
    outcome: { type: 'string', valueName: 'OUTCOME', description: 'done, refused or not_possible.' },
    'outcome-at': { type: 'string', valueName: 'TIME', description: 'When it ended; default now.' },
    result: { type: 'string', valueName: 'TEXT', description: 'What it gave (confidential).' },
    reason: { type: 'string', valueName: 'TEXT', description: 'Why refused or not possible.' },
    qualified: { type: 'string', valueName: 'yes|no', description: 'Examination by a qualified provider.' },
    action: { type: 'string', valueName: 'ID', required: 'conclude', description: 'The action to conclude.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'record|conclude|list' },
  load: async () => (await import('../commands/investigation.js')).investigationImplementation,
};
