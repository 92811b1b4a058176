import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const statsCommand: Command = {
  name: 'stats',
  synopsis:
    '--from DATE --to DATE [--mission X] [--category SE|SA] [--status STATUS] --format csv|xlsx|pdf|json ' +
    '--out PATH [--lang en|fr|ar] [--suppress-below N|none]',
  headline: 'stats --from DATE --to DATE --format FORMAT --out PATH',
  options: {
    from: { type: 'string', valueName: 'DATE', required: true },
    to: { type: 'string', valueName: 'DATE', required: true },
    mission: { type: 'string', valueName: 'X' },
    category: { type: 'string', valueName: 'SE|SA' },
    status: { type: 'string', valueName: 'STATUS' },
    format: { type: 'string', valueName: 'FORMAT', required: true },
    out: { type: 'string', valueName: 'PATH', required: true },
    lang: { type: 'string', valueName: 'LANG' },
    'suppress-below': { type: 'string', valueName: 'N' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 0, max: 0, names: '' },
  load: async () => (await import('../commands/stats.js')).statsImplementation,
};
