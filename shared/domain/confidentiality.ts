import { z } from 'zod';

/** Every record and every sensitive field carries one of these (domain.md §1). */
export const CONFIDENTIALITY_LEVELS = ['standard', 'confidential', 'strictly_confidential'] as const;
export const Confidentiality = z.enum(CONFIDENTIALITY_LEVELS);
export type Confidentiality = z.infer<typeof Confidentiality>;
