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

/** The findings of one severity the checklist shows at first; the rest are read a page at a time. */
export const CHECKLIST_FIRST = 50;
/** The most findings one page of the checklist holds. */
const CHECKLIST_PAGE_MAX = 200;

const SeverityCounts = z.object({ block: z.number().int(), warn: z.number().int(), info: z.number().int() });

export const principlesMethods = {
  'principles.check': method({
    input: z.object({ caseId: RecordId }).strict(),
    output: z.object({ asOf: Instant, findings: z.array(FindingSchema) }),
    whileLocked: false,
  }),
  'principles.checklist': method({
    input: z
      .object({
        caseId: RecordId,
        severity: z.enum(SEVERITIES).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(CHECKLIST_PAGE_MAX).default(CHECKLIST_FIRST),
      })
      .strict(),
    output: z.object({
      asOf: Instant,
      /**
       * The case's version the findings were computed from: a page read on from the first is of the
       * same findings only while it is the first page's (another window or the CLI may change the case).
       */
      caseVersion: z.number().int().min(0),
      counts: SeverityCounts,
      findings: z.array(FindingSchema),
    }),
    whileLocked: false,
  }),
};
