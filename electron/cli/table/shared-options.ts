// Options several commands declare alike. One name, one meaning: the parser refuses two commands
// declaring an option differently, so they are written once here. Their words are the CLI catalogue's
// sharedOptions (shared/i18n/<language>/cli.ts).

export const recoveryKeyFileOption = {
  type: 'string',
  valueName: 'FILE',
  shared: 'recoveryKeyFile',
} as const;

export const caseOption = {
  type: 'string',
  valueName: 'CASE',
  shared: 'case',
} as const;

export const inputOption = {
  type: 'string',
  valueName: 'FILE|-',
  shared: 'input',
} as const;

export const itemCaseOption = {
  type: 'string',
  valueName: 'CASE',
  shared: 'itemCase',
} as const;

export const toPathOption = {
  type: 'string',
  valueName: 'PATH',
  shared: 'toPath',
} as const;
