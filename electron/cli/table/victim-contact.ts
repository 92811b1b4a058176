import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const victimContactCommand: Command = {
  name: 'victim-contact',
  synopsis: 'log|list --case CASE [--victim V-01 --by TEXT --how HOW --language TAG --told TOPICS …]',
  headline: 'victim-contact log|list',
  options: {
    case: caseOption,
    victim: { type: 'string', valueName: 'PERSON', required: 'log' },
    by: { type: 'string', valueName: 'TEXT', required: 'log' },
    how: { type: 'string', valueName: 'HOW', required: 'log' },
    language: { type: 'string', valueName: 'TAG', required: 'log' },
    told: { type: 'string', valueName: 'TOPICS', required: 'log' },
    interpreter: { type: 'string', valueName: 'PERSON' },
    note: { type: 'string', valueName: 'TEXT' },
    at: { type: 'string', valueName: 'TIME' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'log|list' },
  load: async () => (await import('../commands/victim-contact.js')).victimContactImplementation,
};
