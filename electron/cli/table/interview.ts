import type { Command } from '../command.js';
import { caseOption, inputOption, recoveryKeyFileOption } from './shared-options.js';

export const interviewCommand: Command = {
  name: 'interview',
  synopsis: 'add|conduct|notes|sign|amend [INTERVIEW_ID] [options]',
  headline: 'interview add|sign|amend',
  options: {
    case: { ...caseOption, required: 'add' },
    input: inputOption,
    person: {
      type: 'string',
      valueName: 'PERSON',
      required: 'add',
    },
    'place-type': {
      type: 'string',
      valueName: 'TYPE',
      required: 'add',
    },
    'scheduled-at': { type: 'string', valueName: 'TIME' },
    'time-zone': { type: 'string', valueName: 'ZONE' },
    private: { type: 'boolean' },
    language: { type: 'string', valueName: 'TAG' },
    recorded: { type: 'boolean' },
    interpreter: { type: 'string', valueName: 'PERSON' },
    'conducted-at': { type: 'string', valueName: 'TIME' },
    'signed-at': { type: 'string', valueName: 'TIME' },
    reason: {
      type: 'string',
      valueName: 'TEXT',
      required: 'amend',
    },
    'notes-file': {
      type: 'string',
      valueName: 'FILE|-',
      required: 'notes, amend',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 2, names: 'SUBCOMMAND [INTERVIEW_ID]' },
  load: async () => (await import('../commands/interview.js')).interviewImplementation,
};
