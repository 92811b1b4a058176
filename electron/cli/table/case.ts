import type { Command } from '../command.js';
import { inputOption, recoveryKeyFileOption } from './shared-options.js';

export const caseCommand: Command = {
  name: 'case',
  synopsis:
    'create --title TEXT --received DATE --entity TEXT --channel CHANNEL [--urgent] ' +
    '| create --input FILE|- | list [--status …] [--sort …] | show CASE ' +
    '| exclusion CASE --ground GROUND --reason TEXT | exclusion CASE --clear',
  headline: 'case create|list|show|exclusion',
  options: {
    input: inputOption,
    title: {
      type: 'string',
      valueName: 'TEXT',
      required: 'create',
    },
    received: {
      type: 'string',
      valueName: 'DATE',
      required: 'create',
    },
    entity: {
      type: 'string',
      valueName: 'TEXT',
      required: 'create',
    },
    channel: {
      type: 'string',
      valueName: 'CHANNEL',
      required: 'create',
    },
    confidentiality: {
      type: 'string',
      valueName: 'LEVEL',
    },
    urgent: { type: 'boolean' },
    status: { type: 'string', valueName: 'S1,S2' },
    category: { type: 'string', valueName: 'SE,SA' },
    archived: { type: 'boolean' },
    sort: { type: 'string', valueName: 'KEY[:asc|desc]' },
    ground: {
      type: 'string',
      valueName: 'GROUND',
    },
    reason: { type: 'string', valueName: 'TEXT' },
    clear: { type: 'boolean' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 2, names: 'create|list|show|exclusion [CASE]' },
  load: async () => (await import('../commands/case.js')).caseImplementation,
};
