import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const victimContactCommand: Command = {
  name: 'victim-contact',
  synopsis: 'log|list --case CASE [--victim V-01 --by TEXT --how HOW --language TAG --told TOPICS …]',
  headline: 'victim-contact log|list',
  summary: 'Log each contact with a victim (when, who, how, language, interpreter, what was told).',
  options: {
    case: caseOption,
    victim: { type: 'string', valueName: 'PERSON', required: 'log', description: 'The victim: V-01 or id.' },
    by: { type: 'string', valueName: 'TEXT', required: 'log', description: 'Who from the team made the contact.' },
    how: { type: 'string', valueName: 'HOW', required: 'log', description: 'How (see above).' },
    language: { type: 'string', valueName: 'TAG', required: 'log', description: 'The language used.' },
    told: { type: 'string', valueName: 'TOPICS', required: 'log', description: 'What the victim was told.' },
    interpreter: { type: 'string', valueName: 'PERSON', description: 'The interpreter: I-01 or id.' },
    note: { type: 'string', valueName: 'TEXT', description: 'A confidential note.' },
    at: { type: 'string', valueName: 'TIME', description: 'When, with its zone; default now.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'log|list' },
  load: async () => (await import('../commands/victim-contact.js')).victimContactImplementation,
};
