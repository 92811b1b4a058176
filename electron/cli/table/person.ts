import type { Command } from '../command.js';
import { caseOption, inputOption, recoveryKeyFileOption } from './shared-options.js';

export const personCommand: Command = {
  name: 'person',
  synopsis:
    'add --case CASE [--input FILE|-] [--role ROLE --sex … --age-band … …] | ' +
    'edit PERSON --case CASE [--input FILE|-] [options] | show PERSON --case CASE',
  headline: 'person add|edit|show',
  options: {
    case: { ...caseOption, required: 'add, edit, show' },
    input: inputOption,
    role: {
      type: 'string',
      valueName: 'ROLE',
      required: 'add',
    },
    sex: { type: 'string', valueName: 'SEX' },
    'age-band': {
      type: 'string',
      valueName: 'BAND',
    },
    language: { type: 'string', valueName: 'TAG' },
    guardian: { type: 'string', valueName: 'PERSON' },
    subjects: {
      type: 'string',
      valueName: 'PEOPLE',
    },
    'personnel-category': {
      type: 'string',
      valueName: 'CATEGORY',
    },
    rank: { type: 'string', valueName: 'TEXT' },
    'investigating-entity': {
      type: 'string',
      valueName: 'ENTITY',
    },
    nationality: { type: 'string', valueName: 'ISO3' },
    unit: { type: 'string', valueName: 'TEXT' },
    function: { type: 'string', valueName: 'TEXT' },
    'un-personnel': { type: 'boolean' },
    relationship: {
      type: 'string',
      valueName: 'KIND',
    },
    languages: { type: 'string', valueName: 'TAGS' },
    vetted: { type: 'boolean' },
    'support-kind': {
      type: 'string',
      valueName: 'KIND',
    },
    confidentiality: {
      type: 'string',
      valueName: 'LEVEL',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 2, names: 'add | edit PERSON | show PERSON' },
  load: async () => (await import('../commands/person.js')).personImplementation,
};
