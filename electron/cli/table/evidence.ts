import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption, toPathOption } from './shared-options.js';

export const evidenceCommand: Command = {
  name: 'evidence',
  synopsis:
    'add FILE --case CASE [--type TYPE] [--description TEXT] [--item ITEM] | verify ' +
    '[ITEM] [--all] | export ITEM --to PATH [--content ID] | provenance ITEM [--out DIR] | ' +
    'verification-report CASE --out FILE [--format pdf|docx] [--lang en|fr|ar]',
  headline: 'evidence add|verify|export|provenance|verification-report',
  options: {
    case: { ...caseOption, required: 'add' },
    type: {
      type: 'string',
      valueName: 'TYPE',
    },
    description: { type: 'string', valueName: 'TEXT' },
    item: {
      type: 'string',
      valueName: 'ITEM',
    },
    all: { type: 'boolean' },
    to: { ...toPathOption, required: 'export' },
    content: { type: 'string', valueName: 'ID' },
    out: {
      type: 'string',
      valueName: 'DIR|FILE',
    },
    format: { type: 'string', valueName: 'FORMAT' },
    lang: { type: 'string', valueName: 'LANG' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: {
    min: 1,
    max: 2,
    names: 'add FILE | verify [ITEM] | export ITEM | provenance ITEM | verification-report CASE',
  },
  load: async () => (await import('../commands/evidence.js')).evidenceImplementation,
};
