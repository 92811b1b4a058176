import type { Command } from '../command.js';
import { inputOption, itemCaseOption, recoveryKeyFileOption, toPathOption } from './shared-options.js';

export const custodyCommand: Command = {
  name: 'custody',
  synopsis:
    'add ITEM --kind KIND --purpose TEXT [--at TIME] [--from WHO --to WHO] [--persons A,B] [--seal N] … | ' +
    'add ITEM --input FILE|- | list ITEM | report ITEM --to PATH [--format pdf|docx] [--lang en|fr]',
  headline: 'custody add|list|report',
  summary:
    'Log a chain-of-custody event for an evidence item, list its chain, or write its custody report (PDF or DOCX).',
  options: {
    case: itemCaseOption,
    kind: { type: 'string', valueName: 'KIND', required: 'add', description: 'add: what happened.' },
    at: { type: 'string', valueName: 'TIME', description: 'add: when, with its zone (default: now).' },
    'time-zone': {
      type: 'string',
      valueName: 'ZONE',
      description: 'add: the zone to show the time in (Africa/Bangui).',
    },
    from: { type: 'string', valueName: 'WHO', description: 'add: who handed the item over.' },
    to: {
      ...toPathOption,
      valueName: 'WHO|PATH',
      required: 'report',
      description: 'add: who received the item; report: the file to write (must not exist).',
    },
    persons: { type: 'string', valueName: 'A,B', description: 'add: who acted or witnessed, comma-separated.' },
    purpose: { type: 'string', valueName: 'TEXT', description: 'add: why.' },
    seal: { type: 'string', valueName: 'NUMBER', description: 'add: the seal applied or found.' },
    location: { type: 'string', valueName: 'TEXT', description: 'add: where.' },
    note: { type: 'string', valueName: 'TEXT', description: 'add: anything else.' },
    'no-recheck': { type: 'boolean', description: 'add: do not re-hash the files at this event.' },
    format: { type: 'string', valueName: 'FORMAT', description: 'report: pdf or docx (default pdf).' },
    lang: { type: 'string', valueName: 'LANG', description: 'report: en or fr (default en).' },
    input: inputOption,
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 2, max: 2, names: 'add ITEM, list ITEM or report ITEM' },
  load: async () => (await import('../commands/custody.js')).custodyImplementation,
};
