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
  summary:
    'List the letter templates, say which letters a case calls for, or make a letter: registered (encrypted) in ' +
    'the vault and written to --out.',
  options: {
    case: { ...caseOption, required: 'applicable, render, export-all and closure-ground' },
    template: {
      type: 'string',
      valueName: 'ID',
      required: 'render',
      description: 'render: the template (see letter templates).',
    },
    lang: { type: 'string', valueName: 'LANG', description: 'render: en, fr or ar (default en).' },
    format: {
      type: 'string',
      valueName: 'FORMAT',
      description: 'render: pdf or docx (default pdf); export-all: pdf, docx or pdf,docx.',
    },
    out: {
      type: 'string',
      valueName: 'PATH',
      required: 'render and export-all',
      description: 'render: the file to write; export-all: the folder to make (neither may exist).',
    },
    all: { type: 'boolean', description: 'export-all: every letter of the case, not only the closure letters.' },
    recipient: { type: 'string', valueName: 'NAME', description: 'render: the addressee, as the letter names it.' },
    victim: {
      type: 'string',
      valueName: 'CODE',
      description: 'render, closure-ground: the victim of a closure letter (V-01 or id).',
    },
    advocate: {
      type: 'string',
      valueName: 'NAME',
      description: "render: the victims' rights advocate a closure letter gives (required for one).",
    },
    'advocate-phone': { type: 'string', valueName: 'TEL', description: "render: the advocate's telephone." },
    'advocate-email': { type: 'string', valueName: 'EMAIL', description: "render: the advocate's email." },
    discreet: {
      type: 'boolean',
      description: 'render: a closure letter in the discreet form, for delivery to a home.',
    },
    ground: { type: 'string', valueName: 'GROUND', description: 'closure-ground: why the matter closed for her.' },
    'decided-by': { type: 'string', valueName: 'ENTITY', description: 'closure-ground: who decided it.' },
    'decided-on': { type: 'string', valueName: 'DATE', description: 'closure-ground: when (YYYY-MM-DD).' },
    reason: {
      type: 'string',
      valueName: 'TEXT',
      description: 'closure-ground: for the ground "other", the reason as she will read it.',
    },
    subject: { type: 'string', valueName: 'CODE', description: 'render: the subject of a referral (S-01 or id).' },
    'exception-reason': {
      type: 'string',
      valueName: 'TEXT',
      description: 'render: make a referral that does not apply, as an exception, for this reason.',
    },
    input: {
      type: 'string',
      valueName: 'FILE',
      description: "render: the letter's particulars as a JSON object (FILE, or - for stdin); see below.",
    },
    'despite-warnings': {
      type: 'boolean',
      description: 'render: make the letter although it has warnings (a placeholder signatory, a past reply date…).',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 1, names: 'templates, applicable, render, export-all or closure-ground' },
  load: async () => (await import('../commands/letter.js')).letterImplementation,
};
