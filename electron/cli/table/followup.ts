import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const followupCommand: Command = {
  name: 'followup',
  synopsis:
    'list|open|reply|link --case CASE [--to COUNTERPART --kind KIND | --item ID (--summary TEXT | --letter ID)]',
  headline: 'followup list|open|reply|link',
  summary: 'The follow-up register: referrals and notifications awaiting a reply, and the replies received.',
  options: {
    case: caseOption,
    to: { type: 'string', valueName: 'COUNTERPART', required: 'open', description: 'Who it was sent to.' },
    kind: { type: 'string', valueName: 'KIND', required: 'open', description: 'referral or notification.' },
    subject: { type: 'string', valueName: 'PERSON', description: 'The subject it concerns: S-01 or id.' },
    addressee: { type: 'string', valueName: 'TEXT', description: 'The institution written to.' },
    note: { type: 'string', valueName: 'TEXT', description: 'A confidential note.' },
    'sent-at': { type: 'string', valueName: 'TIME', description: 'When it was sent, with its zone; default now.' },
    item: { type: 'string', valueName: 'ID', required: 'reply, link', description: 'The follow-up item.' },
    letter: { type: 'string', valueName: 'ID', required: 'link', description: 'The letter to link (letter list).' },
    summary: { type: 'string', valueName: 'TEXT', required: 'reply', description: 'What the reply says.' },
    'action-reported': { type: 'string', valueName: 'TEXT', description: 'The action the reply reports.' },
    at: { type: 'string', valueName: 'TIME', description: 'When the reply was received; default now.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'list|open|reply|link' },
  load: async () => (await import('../commands/followup.js')).followupImplementation,
};
