// Options several commands declare alike. One name, one meaning: the parser refuses two commands
// declaring an option differently, so they are written once here.

export const recoveryKeyFileOption = {
  type: 'string',
  valueName: 'FILE',
  description: 'Unlock with the recovery key in FILE instead of the passphrase.',
} as const;

export const caseOption = {
  type: 'string',
  valueName: 'CASE',
  description: 'The case, by reference (CF-2026-0001) or id.',
} as const;

export const inputOption = {
  type: 'string',
  valueName: 'FILE|-',
  description: 'JSON input from FILE, or from stdin with -.',
} as const;

export const itemCaseOption = {
  type: 'string',
  valueName: 'CASE',
  description: 'The case (reference or id); needed when the item is given by number (E-0001).',
} as const;

export const toPathOption = {
  type: 'string',
  valueName: 'PATH',
  description: 'export, report: the file to write (must not exist yet).',
} as const;
