import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const deadlinesCommand: Command = {
  name: 'deadlines',
  synopsis: '[--case CASE] [--all] [--explain] | close ID --action TEXT [--at TIME]',
  headline: 'deadlines [close ID]',
  summary: 'Rapid-response deadlines and case benchmarks, most urgent first; close one by recording the action taken.',
  options: {
    case: caseOption,
    all: { type: 'boolean', description: 'Include closed deadlines.' },
    explain: { type: 'boolean', description: 'Say how each deadline was computed.' },
    fr: { type: 'boolean', description: 'Explanations in French.' },
    action: { type: 'string', valueName: 'TEXT', required: 'close', description: 'close: the action taken.' },
    at: { type: 'string', valueName: 'TIME', description: 'close: when it was taken (default now).' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 0, max: 2, names: '[close ID]' },
  load: async () => (await import('../commands/deadlines.js')).deadlinesImplementation,
};
