import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const assistanceCommand: Command = {
  name: 'assistance',
  synopsis: 'offer|update|list --case CASE [--victim V-01 --service SERVICE] [--referral ID --status STATUS]',
  headline: 'assistance offer|update|list',
  summary: 'Offer assistance to a victim and follow the referral to its provider, step by step.',
  options: {
    case: caseOption,
    victim: { type: 'string', valueName: 'PERSON', required: 'offer', description: 'The victim: V-01 or id.' },
    service: { type: 'string', valueName: 'SERVICE', required: 'offer', description: 'The service (see above).' },
    provider: { type: 'string', valueName: 'TEXT', description: 'The provider (needed before the referral).' },
    advocate: { type: 'string', valueName: 'TEXT', description: 'The victims’ rights advocate involved.' },
    referral: { type: 'string', valueName: 'ID', required: 'update', description: 'The referral’s id (see list).' },
    status: { type: 'string', valueName: 'STATUS', required: 'update', description: 'The next step (see above).' },
    reason: { type: 'string', valueName: 'TEXT', description: 'Why it was not completed (or refused).' },
    at: { type: 'string', valueName: 'TIME', description: 'When it happened, with its zone; default now.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'offer|update|list' },
  load: async () => (await import('../commands/assistance.js')).assistanceImplementation,
};
