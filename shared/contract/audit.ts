import { z } from 'zod';
import { Instant, RecordId } from '../domain/primitives.js';
import { method } from './define.js';
import { JOB_BASE } from './job-shape.js';
import { countedPageOf, pageRequest } from './paging.js';

/** One link of the hash chain. `details` never holds identity values, only what changed. */
export const AuditEntry = z.object({
  seq: z.number().int().min(1),
  at: Instant,
  actor: z.string(),
  /** e.g. `case.create`, `person.identity.reveal`, `interview.sign`. */
  action: z.string(),
  caseId: RecordId.nullable(),
  target: z.object({ kind: z.string(), id: z.string(), label: z.string().optional() }).nullable(),
  details: z.record(z.string(), z.unknown()),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * Why the chain breaks at a row: a closed set, each worded by the message catalogue
 * (`auditBreaks.<reason>`) in the reader's language, with row numbers as its params.
 */
export const AUDIT_BREAK_REASONS = [
  'seqGap',
  'linkMismatch',
  'rowUnreadable',
  'rowChanged',
  'headMissing',
  'truncated',
  'allRowsMissing',
  'rowsAfterHead',
  'headMismatch',
] as const;
export type AuditBreakReason = (typeof AUDIT_BREAK_REASONS)[number];

export const AuditVerification = z.object({
  ok: z.boolean(),
  checkedRows: z.number().int().min(0),
  /** The first row whose hash or link does not match, with why (a reason code and the row numbers it names). */
  firstBroken: z
    .object({
      seq: z.number().int(),
      reason: z.enum(AUDIT_BREAK_REASONS),
      params: z.record(z.string(), z.number().int()),
    })
    .nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

/**
 * The audit rows' one order: by row number (the order they were written in), newest first as the
 * audit tab shows them or oldest first.
 */
const AUDIT_PAGE_SORTS = ['seq'] as const;

/**
 * A page of audit rows: of one case (through its index) or of the whole vault. The search matches
 * who acted (the user's name as recorded); no filter narrows further yet.
 */
export const AuditPageRequest = pageRequest(AUDIT_PAGE_SORTS, z.object({})).extend({ caseId: RecordId.optional() });
export type AuditPageRequest = z.input<typeof AuditPageRequest>;
/** The request as the core reads it, defaults filled in. */
export type AuditPageQuery = z.output<typeof AuditPageRequest>;
export const AuditPage = countedPageOf(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;

/**
 * Checking the whole hash chain as a job: a slice of rows at a time, so nothing else waits on it;
 * its progress in rows, and the outcome once done.
 */
export const AuditCheckJob = z.object({
  ...JOB_BASE,
  kind: z.literal('auditCheck'),
  rowsTotal: z.number().int().min(0),
  rowsChecked: z.number().int().min(0),
  result: AuditVerification.optional(),
});
export type AuditCheckJob = z.infer<typeof AuditCheckJob>;

export const auditMethods = {
  'audit.list': method({
    input: z
      .object({
        caseId: RecordId.optional(),
        limit: z.number().int().min(1).max(1000).default(200),
        beforeSeq: z.number().int().min(1).optional(),
      })
      .strict(),
    output: z.object({ items: z.array(AuditEntry) }),
    whileLocked: false,
  }),
  'audit.page': method({
    input: AuditPageRequest,
    output: AuditPage,
    whileLocked: false,
  }),
  'audit.check': method({
    input: z.object({}).strict(),
    output: AuditCheckJob,
    whileLocked: false,
  }),
  'audit.verify': method({
    input: z.object({}).strict(),
    output: AuditVerification,
    whileLocked: false,
  }),
};
