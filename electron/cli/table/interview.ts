import type { Command } from '../command.js';
import { caseOption, inputOption, recoveryKeyFileOption } from './shared-options.js';

export const interviewCommand: Command = {
  name: 'interview',
  synopsis: 'add|conduct|notes|sign|amend [INTERVIEW_ID] [options]',
  headline: 'interview add|sign|amend',
  summary: 'Plan an interview, record it conducted, save its notes, sign it, amend it.',
  options: {
    case: { ...caseOption, required: 'add' },
    input: inputOption,
    person: {
      type: 'string',
      valueName: 'PERSON',
      required: 'add',
      description: 'add: the interviewee, by code (V-01) or id.',
    },
    'place-type': {
      type: 'string',
      valueName: 'TYPE',
      required: 'add',
      description: 'add: un_office, safe_house, ngo_premises, medical_facility, …',
    },
    'scheduled-at': { type: 'string', valueName: 'TIME', description: 'add: when it is planned.' },
    'time-zone': { type: 'string', valueName: 'ZONE', description: "add: the place's IANA time zone (Africa/Bangui)." },
    private: { type: 'boolean', description: 'add: the place is private.' },
    language: { type: 'string', valueName: 'TAG', description: 'add: the language of the interview (BCP 47).' },
    recorded: { type: 'boolean', description: 'add: audio or video recording (needs its own consent).' },
    interpreter: { type: 'string', valueName: 'PERSON', description: 'add: the interpreter, by code (I-01) or id.' },
    'conducted-at': { type: 'string', valueName: 'TIME', description: 'conduct: when it took place (default now).' },
    'signed-at': { type: 'string', valueName: 'TIME', description: 'sign: when it was signed (default now).' },
    reason: {
      type: 'string',
      valueName: 'TEXT',
      required: 'amend',
      description: 'amend: why the signed record changes.',
    },
    'notes-file': {
      type: 'string',
      valueName: 'FILE|-',
      required: 'notes and amend',
      description: 'notes, amend: the notes as plain text.',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 2, names: 'SUBCOMMAND [INTERVIEW_ID]' },
  load: async () => (await import('../commands/interview.js')).interviewImplementation,
};
