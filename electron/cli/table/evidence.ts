import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption, toPathOption } from './shared-options.js';

export const evidenceCommand: Command = {
  name: 'evidence',
  synopsis:
    'add FILE --case CASE [--type TYPE] [--description TEXT] [--item ITEM] | verify ' +
    '[ITEM] [--all] | export ITEM --to PATH [--content ID] | provenance ITEM [--out DIR] | ' +
    'verification-report CASE --out FILE [--format pdf|docx] [--lang en|fr]',
  headline: 'evidence add|verify|export|provenance|verification-report',
  summary:
    'Add a file to the evidence log (encrypted, hashed as read), re-verify content, export a file, or write ' +
    "a case's verification report (PDF or DOCX).",
  options: {
    case: { ...caseOption, required: 'add' },
    type: {
      type: 'string',
      valueName: 'TYPE',
      description: 'add: the kind of item (default digital; the kinds are listed above).',
    },
    description: { type: 'string', valueName: 'TEXT', description: 'add: what the item is (default: the file name).' },
    item: {
      type: 'string',
      valueName: 'ITEM',
      description: 'add: an existing item (E-0001 or id) to add the file to.',
    },
    all: { type: 'boolean', description: 'verify: every item of the vault.' },
    to: { ...toPathOption, required: 'export' },
    content: { type: 'string', valueName: 'ID', description: 'export: which file of the item.' },
    out: {
      type: 'string',
      valueName: 'DIR|FILE',
      description: 'provenance: a new folder for the files openssl checks; verification-report: the file to write.',
    },
    format: { type: 'string', valueName: 'FORMAT', description: 'verification-report: pdf or docx (default pdf).' },
    lang: { type: 'string', valueName: 'LANG', description: 'verification-report: en or fr (default en).' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 2, names: 'add FILE, verify [ITEM], export ITEM, provenance ITEM or verification-report CASE' },
  load: async () => (await import('../commands/evidence.js')).evidenceImplementation,
};
