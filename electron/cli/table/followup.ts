import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const followupCommand: Command = {
  name: 'followup',
  synopsis:
    'list|open|reply|link --case CASE [--to COUNTERPART --kind KIND | --item ID (--summary TEXT | --letter ID)]',
  headline: 'followup list|open|reply|link',
  options: {
    case: caseOption,
    to: { type: 'string', valueName: 'COUNTERPART', required: 'open' },
    kind: { type: 'string', valueName: 'KIND', required: 'open' },
    subject: { type: 'string', valueName: 'PERSON' },
    addressee: { type: 'string', valueName: 'TEXT' },
    note: { type: 'string', valueName: 'TEXT' },
    'sent-at': { type: 'string', valueName: 'TIME' },
    item: { type: 'string', valueName: 'ID', required: 'reply, link' },
    letter: { type: 'string', valueName: 'ID', required: 'link' },
    summary: { type: 'string', valueName: 'TEXT', required: 'reply' },
    'action-reported': { type: 'string', valueName: 'TEXT' },
    at: { type: 'string', valueName: 'TIME' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'list|open|reply|link' },
  load: async () => (await import('../commands/followup.js')).followupImplementation,
};
