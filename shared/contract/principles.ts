import { z } from 'zod';
import { Instant, RecordId } from '../domain/primitives.js';
import { FINDING_CODES, RULE_IDS, SEVERITIES, TARGET_KINDS } from '../principles/finding.js';
import { method } from './define.js';

const FindingSchema = z.object({
  rule: z.enum(RULE_IDS),
  code: z.enum(FINDING_CODES),
  variant: z.string(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  fix: z.string(),
  target: z.object({ kind: z.enum(TARGET_KINDS), id: z.string() }).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string()).readonly()])).optional(),
});

export const principlesMethods = {
  'principles.check': method({
    summary: "Every principle finding (R1–R15 and R5b) on a case, with its fix: the case's checklist.",
    input: z.object({ caseId: RecordId }).strict(),
    output: z.object({ asOf: Instant, findings: z.array(FindingSchema) }),
    whileLocked: false,
  }),
};
