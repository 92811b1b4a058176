import { z } from 'zod';

/** Every record and every sensitive field carries one of these (domain.md §1). */
export const CONFIDENTIALITY_LEVELS = ['standard', 'confidential', 'strictly_confidential'] as const;
export const Confidentiality = z.enum(CONFIDENTIALITY_LEVELS);
export type Confidentiality = z.infer<typeof Confidentiality>;

/** The stricter of two levels: what a document drawn from both records must be marked. */
export const stricterConfidentiality = (a: Confidentiality, b: Confidentiality): Confidentiality =>
  CONFIDENTIALITY_LEVELS.indexOf(a) >= CONFIDENTIALITY_LEVELS.indexOf(b) ? a : b;
