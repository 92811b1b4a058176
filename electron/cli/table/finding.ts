import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const findingCommand: Command = {
  name: 'finding',
  synopsis: 'record|list --case CASE [--person PERSON --outcome OUTCOME --decided-by ENTITY --decided-on DATE …]',
  headline: 'finding record|list',
  summary: "Record a subject's finding (or correct it), or list a case's findings.",
  options: {
    case: caseOption,
    person: { type: 'string', valueName: 'PERSON', required: 'record', description: 'The subject: S-01 or id.' },
    outcome: { type: 'string', valueName: 'OUTCOME', required: 'record', description: 'What was decided.' },
    'decided-by': { type: 'string', valueName: 'ENTITY', required: 'record', description: 'Who decided it.' },
    'decided-on': { type: 'string', valueName: 'DATE', required: 'record', description: 'The day it was decided.' },
    report: { type: 'string', valueName: 'REF', description: "The investigation report's reference." },
    ground: {
      type: 'string',
      valueName: 'GROUND',
      description:
        'Closed without investigation: victim_declined_to_participate, subject_not_identified, ' +
        'subject_separated_from_service or other.',
    },
    reason: { type: 'string', valueName: 'TEXT', description: 'Closed without investigation: why, in words.' },
    'correction-reason': { type: 'string', valueName: 'TEXT', description: 'Why the finding in force is corrected.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'record|list' },
  load: async () => (await import('../commands/finding.js')).findingImplementation,
};
