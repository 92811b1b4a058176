import type { Command } from '../command.js';
import { caseOption, recoveryKeyFileOption } from './shared-options.js';

export const letterCommand: Command = {
  name: 'letter',
  synopsis:
    'templates | applicable --case REF | render --case REF --template ID [--lang en|fr|ar] [--format pdf|docx] ' +
    '--out PATH [--input FILE|-] [--despite-warnings] [--recipient NAME] [--victim V-01] [--subject S-01] ' +
    '[--exception-reason TEXT] ' +
    '[--advocate NAME [--advocate-phone TEL] [--advocate-email EMAIL]] [--discreet] | ' +
    'export-all --case REF --out FOLDER [--all] [--format pdf,docx] | ' +
    'closure-ground --case REF --victim V-01 --ground GROUND --decided-by ENTITY --decided-on YYYY-MM-DD ' +
    '[--reason TEXT]',
  headline: 'letter templates|applicable|render|export-all|closure-ground',
  options: {
    case: { ...caseOption, required: 'applicable, render, export-all, closure-ground' },
    template: {
      type: 'string',
      valueName: 'ID',
      required: 'render',
    },
    lang: { type: 'string', valueName: 'LANG' },
    format: {
      type: 'string',
      valueName: 'FORMAT',
    },
    out: {
      type: 'string',
      valueName: 'PATH',
      required: 'render, export-all',
    },
    all: { type: 'boolean' },
    recipient: { type: 'string', valueName: 'NAME' },
    victim: {
      type: 'string',
      valueName: 'CODE',
    },
    advocate: {
      type: 'string',
      valueName: 'NAME',
    },
    'advocate-phone': { type: 'string', valueName: 'TEL' },
    'advocate-email': { type: 'string', valueName: 'EMAIL' },
    discreet: {
      type: 'boolean',
    },
    ground: { type: 'string', valueName: 'GROUND' },
    'decided-by': { type: 'string', valueName: 'ENTITY' },
    'decided-on': { type: 'string', valueName: 'DATE' },
    reason: {
      type: 'string',
      valueName: 'TEXT',
    },
    subject: { type: 'string', valueName: 'CODE' },
    'exception-reason': {
      type: 'string',
      valueName: 'TEXT',
    },
    input: {
      type: 'string',
      valueName: 'FILE',
    },
    'despite-warnings': {
      type: 'boolean',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'templates|applicable|render|export-all|closure-ground' },
  load: async () => (await import('../commands/letter.js')).letterImplementation,
};
