import { z } from 'zod';
import { Instant, RecordId } from '../domain/primitives.js';
import { method } from './define.js';

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

export const AuditVerification = z.object({
  ok: z.boolean(),
  checkedRows: z.number().int().min(0),
  /** The first row whose hash or link does not match, with why. */
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;

export const auditMethods = {
  'audit.list': method({
    summary: 'Audit rows, newest first: of one case, or of the whole vault.',
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
  'audit.verify': method({
    summary: 'Recompute the whole hash chain and report the first broken row.',
    input: z.object({}).strict(),
    output: AuditVerification,
    whileLocked: false,
  }),
};
