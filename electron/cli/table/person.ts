import type { Command } from '../command.js';
import { caseOption, inputOption, recoveryKeyFileOption } from './shared-options.js';

export const personCommand: Command = {
  name: 'person',
  synopsis:
    'add --case CASE [--input FILE|-] [--role ROLE --sex … --age-band … …] | ' +
    'edit PERSON --case CASE [--input FILE|-] [options] | show PERSON --case CASE',
  headline: 'person add|edit|show',
  summary:
    'Add a person to a case (the pseudonym code, V-01, S-01…, is assigned and printed), change their profile, ' +
    'or show it by codes.',
  options: {
    case: { ...caseOption, required: 'add, edit and show' },
    input: inputOption,
    role: {
      type: 'string',
      valueName: 'ROLE',
      required: 'add',
      description: 'victim, witness, subject, reporter, guardian, interpreter or support_person.',
    },
    sex: { type: 'string', valueName: 'SEX', description: 'Victim or witness: female, male or unknown (default).' },
    'age-band': {
      type: 'string',
      valueName: 'BAND',
      description: 'Victim or witness: adult, minor or unknown (default).',
    },
    language: { type: 'string', valueName: 'TAG', description: 'Spoken language as a BCP 47 tag (fr, sg, ar-SD).' },
    guardian: { type: 'string', valueName: 'PERSON', description: "Victim: the guardian's code (G-01) or id." },
    subjects: {
      type: 'string',
      valueName: 'PEOPLE',
      description: 'Victim: the subjects her allegation is against, comma-separated codes (S-01,S-02) or ids.',
    },
    'personnel-category': {
      type: 'string',
      valueName: 'CATEGORY',
      description:
        'Subject: civilian_int, civilian_ns, civilian_unv, military_mc, military_mo, police_unpol, ' +
        'police_fpu, contractor, non_un_force, implementing_partner or unknown.',
    },
    rank: { type: 'string', valueName: 'TEXT', description: 'Subject: military or police rank, or staff grade.' },
    'investigating-entity': {
      type: 'string',
      valueName: 'ENTITY',
      description:
        'Subject: who investigates (oios, tcc_pcc, joint_tcc_oios, mission_siu, un_police, ad_hoc_panel, ' +
        'agency_investigators); default tcc_pcc for military_mc and police_fpu, else oios.',
    },
    nationality: { type: 'string', valueName: 'ISO3', description: 'Subject: ISO 3166-1 alpha-3 country code.' },
    unit: { type: 'string', valueName: 'TEXT', description: 'Subject: unit or contingent.' },
    function: { type: 'string', valueName: 'TEXT', description: 'Subject: function.' },
    'un-personnel': { type: 'boolean', description: 'Reporter: is UN personnel.' },
    relationship: {
      type: 'string',
      valueName: 'KIND',
      description: 'Guardian: parent, relative, legal_guardian, appointed_representative, other.',
    },
    languages: { type: 'string', valueName: 'TAGS', description: 'Interpreter: languages, comma-separated.' },
    vetted: { type: 'boolean', description: 'Interpreter: has been vetted.' },
    'support-kind': {
      type: 'string',
      valueName: 'KIND',
      description: 'Support person: psychosocial_worker, trusted_adult, ngo_representative, other.',
    },
    confidentiality: {
      type: 'string',
      valueName: 'LEVEL',
      description: 'standard, confidential (default) or strictly_confidential.',
    },
    'recovery-key-file': recoveryKeyFileOption,
  },
  args: { min: 1, max: 2, names: 'add, or edit|show and the person' },
  load: async () => (await import('../commands/person.js')).personImplementation,
};
