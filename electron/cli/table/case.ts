import type { Command } from '../command.js';
import { inputOption, recoveryKeyFileOption } from './shared-options.js';

export const caseCommand: Command = {
  name: 'case',
  synopsis:
    'create --title TEXT --received DATE --entity TEXT --channel CHANNEL [--urgent] ' +
    '| create --input FILE|- | list [--status …] [--sort …] | show CASE ' +
    '| exclusion CASE --ground GROUND --reason TEXT | exclusion CASE --clear',
  headline: 'case create|list|show|exclusion',
  summary:
    'Open a case at intake, list cases (filtered, sorted), show one with its history and people, ' +
    'or keep it out of the published count.',
  options: {
    input: inputOption,
    title: {
      type: 'string',
      valueName: 'TEXT',
      required: 'create',
      description: 'create: working title (pseudonyms only, never a name).',
    },
    received: {
      type: 'string',
      valueName: 'DATE',
      required: 'create',
      description: 'create: date received, YYYY-MM-DD.',
    },
    entity: {
      type: 'string',
      valueName: 'TEXT',
      required: 'create',
      description: 'create: mission or entity, e.g. MINUSCA.',
    },
    channel: {
      type: 'string',
      valueName: 'CHANNEL',
      required: 'create',
      description: 'create: how the allegation was reported.',
    },
    confidentiality: {
      type: 'string',
      valueName: 'LEVEL',
      description: 'standard, confidential (default) or strictly_confidential.',
    },
    urgent: { type: 'boolean', description: 'create: mark urgent; list: only urgent cases.' },
    status: { type: 'string', valueName: 'S1,S2', description: 'list: only cases in these statuses.' },
    category: { type: 'string', valueName: 'SE,SA', description: 'list: only cases of these categories.' },
    archived: { type: 'boolean', description: 'list: include archived cases.' },
    sort: { type: 'string', valueName: 'KEY[:asc|desc]', description: 'list: sort order (default updatedAt:desc).' },
    ground: {
      type: 'string',
      valueName: 'GROUND',
      description: 'exclusion: why the report is not counted (A/72/751 footnote 11).',
    },
    reason: { type: 'string', valueName: 'TEXT', description: 'exclusion: the reason, in your words.' },
    clear: { type: 'boolean', description: 'exclusion: count the case again.' },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 2, names: 'create|list|show|exclusion [CASE]' },
  load: async () => (await import('../commands/case.js')).caseImplementation,
};
