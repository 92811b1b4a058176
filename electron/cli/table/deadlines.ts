import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const deadlinesCommand: Command = {
  name: 'deadlines',
  synopsis: '[--case CASE] [--all] [--explain] | close ID --action TEXT [--at TIME]',
  headline: 'deadlines [close ID]',
  options: {
    case: caseOption,
    all: { type: 'boolean' },
    explain: { type: 'boolean' },
    fr: { type: 'boolean' },
    action: { type: 'string', valueName: 'TEXT', required: 'close' },
    at: { type: 'string', valueName: 'TIME' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 0, max: 2, names: '[close ID]' },
  load: async () => (await import('../commands/deadlines.js')).deadlinesImplementation,
};
