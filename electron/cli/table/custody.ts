import type { Command } from '../command.js';
import { inputOption, itemCaseOption, recoveryKeyFileOption, toPathOption } from './shared-options.js';

export const custodyCommand: Command = {
  name: 'custody',
  synopsis:
    'add ITEM --kind KIND --purpose TEXT [--at TIME] [--from WHO --to WHO] [--persons A,B] [--seal N] … | ' +
    'add ITEM --input FILE|- | list ITEM | report ITEM --to PATH [--format pdf|docx] [--lang en|fr|ar]',
  headline: 'custody add|list|report',
  options: {
    case: itemCaseOption,
    kind: { type: 'string', valueName: 'KIND', required: 'add' },
    at: { type: 'string', valueName: 'TIME' },
    'time-zone': {
      type: 'string',
      valueName: 'ZONE',
    },
    from: { type: 'string', valueName: 'WHO' },
    to: {
      ...toPathOption,
      valueName: 'WHO|PATH',
      required: 'report',
    },
    persons: { type: 'string', valueName: 'A,B' },
    purpose: { type: 'string', valueName: 'TEXT' },
    seal: { type: 'string', valueName: 'NUMBER' },
    location: { type: 'string', valueName: 'TEXT' },
    note: { type: 'string', valueName: 'TEXT' },
    'no-recheck': { type: 'boolean' },
    format: { type: 'string', valueName: 'FORMAT' },
    lang: { type: 'string', valueName: 'LANG' },
    input: inputOption,
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 2, max: 2, names: 'add ITEM | list ITEM | report ITEM' },
  load: async () => (await import('../commands/custody.js')).custodyImplementation,
};
