import { z } from 'zod';
import { Confidentiality } from '../domain/confidentiality.js';
import { method } from './define.js';

export const CaseSummary = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  confidentiality: Confidentiality,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const casesMethods = {
  'cases.list': method({
    summary: 'Cases in the vault, newest first.',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(CaseSummary) }),
    whileLocked: false,
  }),
  'cases.create': method({
    summary: 'Open a case (allegation) with a generated reference.',
    input: z
      .object({
        title: z.string().trim().min(1).max(300),
        summary: z.string().max(100_000).default(''),
        confidentiality: Confidentiality.default('confidential'),
      })
      .strict(),
    output: CaseSummary,
    whileLocked: false,
  }),
};
