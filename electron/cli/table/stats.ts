import type { Command } from '../command.js';
import { recoveryKeyFileOption } from './shared-options.js';

export const statsCommand: Command = {
  name: 'stats',
  synopsis:
    '--from DATE --to DATE [--mission X] [--category SE|SA] [--status STATUS] --format csv|xlsx|pdf|json ' +
    '--out PATH [--lang en|fr] [--suppress-below N|none]',
  headline: 'stats --from DATE --to DATE --format FORMAT --out PATH',
  summary: 'Write the anonymised statistics the UN publishes (cases received in a period), with the counting rules.',
  options: {
    from: { type: 'string', valueName: 'DATE', required: true, description: 'First day received (YYYY-MM-DD).' },
    to: { type: 'string', valueName: 'DATE', required: true, description: 'Last day received (YYYY-MM-DD).' },
    mission: { type: 'string', valueName: 'X', description: 'Only the cases of this mission or entity.' },
    category: { type: 'string', valueName: 'SE|SA', description: 'Only this category.' },
    status: { type: 'string', valueName: 'STATUS', description: 'Only cases in this status today.' },
    format: { type: 'string', valueName: 'FORMAT', required: true, description: 'csv, xlsx, pdf or json.' },
    out: { type: 'string', valueName: 'PATH', required: true, description: 'The file to write (must not exist).' },
    lang: { type: 'string', valueName: 'LANG', description: 'en (default) or fr: the language of the words.' },
    'suppress-below': { type: 'string', valueName: 'N', description: 'Hide counts below N (default 3), or none.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 0, max: 0, names: 'no arguments' },
  load: async () => (await import('../commands/stats.js')).statsImplementation,
};
