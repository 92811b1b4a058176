/** The sections of a case, in tab order. */
export const CASE_TABS = [
  'overview',
  'people',
  'interviews',
  'evidence',
  'investigation',
  'letters',
  'timeline',
  'checklist',
  'audit',
] as const;
export type CaseTab = (typeof CASE_TABS)[number];
