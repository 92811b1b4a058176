import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const actionCommand: Command = {
  name: 'action',
  synopsis: 'record|list --case CASE [--subject S-01 --kind KIND --source SOURCE …]',
  headline: 'action record|list',
  summary: 'Record what was done about a subject (interim measures, repatriation, bar, dismissal, referral…).',
  options: {
    case: caseOption,
    subject: { type: 'string', valueName: 'PERSON', required: 'record', description: 'The subject: S-01 or id.' },
    kind: { type: 'string', valueName: 'KIND', required: 'record', description: 'The action (see above).' },
    source: { type: 'string', valueName: 'SOURCE', required: 'record', description: 'Who decided or reported it.' },
    reference: { type: 'string', valueName: 'TEXT', description: "The decision's or report's reference." },
    description: { type: 'string', valueName: 'TEXT', description: 'What was done.' },
    at: { type: 'string', valueName: 'TIME', description: 'When, with its zone; default now.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'record|list' },
  load: async () => (await import('../commands/action.js')).actionImplementation,
};
