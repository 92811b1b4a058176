import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const assistanceCommand: Command = {
  name: 'assistance',
  synopsis: 'offer|update|list --case CASE [--victim V-01 --service SERVICE] [--referral ID --status STATUS]',
  headline: 'assistance offer|update|list',
  options: {
    case: caseOption,
    victim: { type: 'string', valueName: 'PERSON', required: 'offer' },
    service: { type: 'string', valueName: 'SERVICE', required: 'offer' },
    provider: { type: 'string', valueName: 'TEXT' },
    advocate: { type: 'string', valueName: 'TEXT' },
    referral: { type: 'string', valueName: 'ID', required: 'update' },
    status: { type: 'string', valueName: 'STATUS', required: 'update' },
    reason: { type: 'string', valueName: 'TEXT' },
    at: { type: 'string', valueName: 'TIME' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'offer|update|list' },
  load: async () => (await import('../commands/assistance.js')).assistanceImplementation,
};
