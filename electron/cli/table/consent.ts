import type { Command } from '../command.js';
import { caseOption, inputOption, recoveryKeyFileOption } from './shared-options.js';

export const consentCommand: Command = {
  name: 'consent',
  synopsis: 'record [--case CASE] [--input FILE|-] [--person PERSON --purpose PURPOSE --decision DECISION …]',
  headline: 'consent record',
  summary: "Append a consent decision (given, refused, withdrawn) to a person's history.",
  options: {
    case: caseOption,
    input: inputOption,
    person: {
      type: 'string',
      valueName: 'PERSON',
      required: 'record',
      description: 'Whose consent: code (V-01) or id.',
    },
    purpose: {
      type: 'string',
      valueName: 'PURPOSE',
      required: 'record',
      description: 'What the consent is for (see above).',
    },
    decision: {
      type: 'string',
      valueName: 'DECISION',
      required: 'record',
      description: 'given, refused or withdrawn.',
    },
    by: { type: 'string', valueName: 'WHO', description: 'self (default) or guardian.' },
    guardian: {
      type: 'string',
      valueName: 'PERSON',
      description: 'The deciding guardian: code (G-01) or id; implies --by guardian.',
    },
    'decided-at': {
      type: 'string',
      valueName: 'TIME',
      description: 'When the person decided, with its zone (2026-03-02T10:30Z); default now.',
    },
    recipient: { type: 'string', valueName: 'TEXT', description: 'Limit the decision to one recipient.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'record' },
  load: async () => (await import('../commands/consent.js')).consentImplementation,
};
