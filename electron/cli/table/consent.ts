import type { Command } from '../command.js';
import { caseOption, inputOption, recoveryKeyFileOption } from './shared-options.js';

export const consentCommand: Command = {
  name: 'consent',
  synopsis: 'record [--case CASE] [--input FILE|-] [--person PERSON --purpose PURPOSE --decision DECISION …]',
  headline: 'consent record',
  options: {
    case: caseOption,
    input: inputOption,
    person: {
      type: 'string',
      valueName: 'PERSON',
      required: 'record',
    },
    purpose: {
      type: 'string',
      valueName: 'PURPOSE',
      required: 'record',
    },
    decision: {
      type: 'string',
      valueName: 'DECISION',
      required: 'record',
    },
    by: { type: 'string', valueName: 'WHO' },
    guardian: {
      type: 'string',
      valueName: 'PERSON',
    },
    'decided-at': {
      type: 'string',
      valueName: 'TIME',
    },
    recipient: { type: 'string', valueName: 'TEXT' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'record' },
  load: async () => (await import('../commands/consent.js')).consentImplementation,
};
