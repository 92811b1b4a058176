import { z } from 'zod';
import { Confidentiality } from '../domain/confidentiality.js';
import {
  ContentProblem,
  CopyRole,
  EvidenceContent,
  EvidenceFields,
  EvidenceIntegrity,
  EvidenceItem,
  EvidenceNumber,
  EvidenceStatus,
  EvidenceType,
  Sha256Hex,
} from '../domain/evidence.js';
import { InterviewStatus } from '../domain/interview.js';
import { Instant, RecordId } from '../domain/primitives.js';
import { TimeZone } from '../domain/time-zone.js';
import { method } from './define.js';
import { BYTE_PROGRESS, JOB_BASE, JobId } from './job-shape.js';
import { countedPageOf, PageCounts, pageRequest } from './paging.js';

/**
 * Quick capture needs only the case, the type and a short description: collection time
 * defaults to now (the core's clock), everything else to an evidentiary original, collected,
 * confidential, with no links. The item's deadlines start in the same transaction.
 */
export const EvidenceDraft = EvidenceFields.extend({
  caseId: RecordId,
  collectedAt: Instant.optional(),
  copyRole: EvidenceFields.shape.copyRole.default('evidentiary_original'),
  storageLocation: EvidenceFields.shape.storageLocation.default(''),
  status: EvidenceFields.shape.status.default('collected'),
  confidentiality: EvidenceFields.shape.confidentiality.default('confidential'),
  personIds: EvidenceFields.shape.personIds.default([]),
  interviewIds: EvidenceFields.shape.interviewIds.default([]),
  markers: EvidenceFields.shape.markers.default([]),
}).strict();
export type EvidenceDraft = z.infer<typeof EvidenceDraft>;

/**
 * Fields to change; omitted ones stay. `null` clears an optional field. Built from the fields
 * without defaults (zod 4's .partial() would keep defaults and reset what was left out).
 */
export const EvidenceChanges = EvidenceFields.extend({
  timeZone: TimeZone.nullable(),
  collectedWhere: EvidenceFields.shape.collectedWhere.unwrap().nullable(),
  collectedBy: EvidenceFields.shape.collectedBy.unwrap().nullable(),
  originalId: RecordId.nullable(),
  recordedAt: EvidenceFields.shape.recordedAt.unwrap().nullable(),
  identifiedAt: Instant.nullable(),
})
  .partial()
  .strict();
export type EvidenceChanges = z.infer<typeof EvidenceChanges>;

/** A row of the evidence log: the stored item, less what the log does not show, plus its counts. */
export const EvidenceSummary = EvidenceItem
  // The collection place can locate a victim: the log never shows it.
  .omit({ collectedWhere: true })
  // The links and the CCTV times are shown on the item's own page.
  .omit({ personIds: true, interviewIds: true, recordedAt: true, identifiedAt: true })
  .extend({
    /** The original's number, for a working copy. */
    originalNumber: EvidenceNumber.optional(),
    contentCount: z.number().int().min(0),
    contentBytes: z.number().int().min(0),
    integrity: EvidenceIntegrity,
    custodyCount: z.number().int().min(0),
    lastCustodyAt: Instant.optional(),
  })
  .strip();
export type EvidenceSummary = z.infer<typeof EvidenceSummary>;

/** The evidence log's orders: by number (the default), or by collection time, the number breaking ties. */
export const EVIDENCE_LOG_SORTS = ['number', 'collectedAt'] as const;

/**
 * The log's deadline filter, in the deadlines screen's words: items with an open deadline overdue,
 * or due soon (as that screen counts it), or with no open deadline at all.
 */
export const EVIDENCE_DEADLINE_FILTERS = ['overdue', 'due_soon', 'none_open'] as const;

/** What the evidence log can be narrowed to; each filter left out keeps every item. */
export const EvidenceLogFilters = z.object({
  deadline: z.enum(EVIDENCE_DEADLINE_FILTERS).optional(),
  type: EvidenceType.optional(),
  status: EvidenceStatus.optional(),
  integrity: EvidenceIntegrity.optional(),
  confidentiality: Confidentiality.optional(),
  copyRole: CopyRole.optional(),
});
export type EvidenceLogFilters = z.infer<typeof EvidenceLogFilters>;

/**
 * A page of a case's evidence log. The search matches the item's number (E-0012, or 12), its
 * description and its storage location, ignoring case, accents and Arabic vowel marks.
 */
export const EvidenceLogRequest = pageRequest(EVIDENCE_LOG_SORTS, EvidenceLogFilters).extend({ caseId: RecordId });
export type EvidenceLogRequest = z.input<typeof EvidenceLogRequest>;
/** The request as the core reads it, defaults filled in. */
export type EvidenceLogQuery = z.output<typeof EvidenceLogRequest>;
/** A page of the log: its rows and the next cursor, with the counts on the first page only. */
export const EvidenceLogPage = countedPageOf(
  EvidenceSummary,
  PageCounts.extend({
    /** Whether any item of the case holds a file: the log then offers to verify them all. */
    withFiles: z.boolean(),
  }),
);
export type EvidenceLogPage = z.infer<typeof EvidenceLogPage>;

/** An interview an item is linked to, as the item's screen names it: whose, where it stands, when. */
export const LinkedInterview = z.object({
  id: RecordId,
  personCode: z.string(),
  status: InterviewStatus,
  scheduledAt: Instant.optional(),
  conductedAt: Instant.optional(),
});
export type LinkedInterview = z.infer<typeof LinkedInterview>;

/**
 * One item as its screen shows it: every field, its files. Its chain of custody, which may run to
 * thousands of events, is never part of it: the screen reads it a page at a time (custody.page).
 */
export const EvidenceRecord = EvidenceItem.safeExtend({
  originalNumber: EvidenceNumber.optional(),
  /** The interviews `interviewIds` links, each as the item's screen names it. */
  linkedInterviews: z.array(LinkedInterview),
  /** Working copies made from this item. */
  copies: z.array(z.object({ id: RecordId, number: EvidenceNumber })),
  contents: z.array(EvidenceContent),
  integrity: EvidenceIntegrity,
});
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;

/** A file the user picked in the native dialog, named by an opaque token: the renderer never holds a path. */
export const ChosenFile = z.object({
  token: z.string(),
  name: z.string(),
  size: z.number().int().min(0),
});
export type ChosenFile = z.infer<typeof ChosenFile>;

/** Adding one file to an item; `result` is the stored content once done. */
export const IngestJob = z.object({
  ...JOB_BASE,
  ...BYTE_PROGRESS,
  kind: z.literal('ingest'),
  itemId: RecordId,
  fileName: z.string(),
  result: EvidenceContent.optional(),
});
export type IngestJob = z.infer<typeof IngestJob>;

/** A file that failed its check, named as its content record names it, with its item's number and case. */
export const VerifyFailure = EvidenceContent.pick({ itemId: true, fileName: true }).extend({
  itemNumber: EvidenceNumber,
  caseId: RecordId,
  contentId: EvidenceContent.shape.id,
  problem: ContentProblem,
});
export type VerifyFailure = z.infer<typeof VerifyFailure>;

/** Decrypting and re-hashing the content of one item, one case, or the whole vault. */
export const VerifyJob = z.object({
  ...JOB_BASE,
  ...BYTE_PROGRESS,
  kind: z.literal('verify'),
  itemId: RecordId.optional(),
  caseId: RecordId.optional(),
  contentsTotal: z.number().int().min(0),
  contentsChecked: z.number().int().min(0),
  /** Failures found so far: each content is flagged the moment its check fails. */
  failures: z.array(VerifyFailure),
});
export type VerifyJob = z.infer<typeof VerifyJob>;

/** Largest upload chunk: 1 MiB of bytes (base64 grows it by a third). */
export const UPLOAD_CHUNK_BYTES = 1024 * 1024;
const Base64Chunk = z
  .string()
  .max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64')
  .refine((text) => text.length % 4 === 0, 'expected base64 in groups of four characters');

const FileName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name), 'a file name, not a path');

/** Where a written file went (the user chose it), or that the user cancelled the save dialog. */
export const SavedFile = z.discriminatedUnion('cancelled', [
  z.object({ cancelled: z.literal(true) }),
  z.object({ cancelled: z.literal(false), path: z.string(), size: z.number().int().min(0), sha256: Sha256Hex }),
]);
export type SavedFile = z.infer<typeof SavedFile>;

const JobRef = z.object({ jobId: JobId }).strict();

export const evidenceMethods = {
  'evidence.list': method({
    input: z.object({ caseId: RecordId, type: EvidenceType.optional(), status: EvidenceStatus.optional() }).strict(),
    output: z.object({ items: z.array(EvidenceSummary) }),
    whileLocked: false,
  }),
  'evidence.page': method({
    input: EvidenceLogRequest,
    output: EvidenceLogPage,
    whileLocked: false,
  }),
  'evidence.get': method({
    input: z.object({ itemId: RecordId }).strict(),
    output: EvidenceRecord,
    whileLocked: false,
  }),
  'evidence.create': method({
    input: EvidenceDraft,
    output: EvidenceRecord,
    whileLocked: false,
  }),
  'evidence.update': method({
    input: z.object({ itemId: RecordId, changes: EvidenceChanges }).strict(),
    output: EvidenceRecord,
    whileLocked: false,
  }),
  'evidence.chooseFiles': method({
    input: z.object({}).strict(),
    output: z.object({ files: z.array(ChosenFile) }),
    whileLocked: false,
  }),
  'evidence.ingest': method({
    input: z.union([
      z.object({ itemId: RecordId, token: z.string().min(1).max(64) }).strict(),
      z.object({ newItem: EvidenceDraft, token: z.string().min(1).max(64) }).strict(),
    ]),
    output: IngestJob,
    whileLocked: false,
  }),
  'evidence.uploadBegin': method({
    input: z
      .object({ itemId: RecordId, name: FileName, size: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) })
      .strict(),
    output: IngestJob,
    whileLocked: false,
  }),
  'evidence.uploadChunk': method({
    input: z.object({ jobId: JobId, offset: z.number().int().min(0), data: Base64Chunk }).strict(),
    output: z.object({ bytesReceived: z.number().int().min(0) }),
    whileLocked: false,
  }),
  'evidence.uploadEnd': method({
    input: JobRef,
    output: IngestJob,
    whileLocked: false,
  }),
  'evidence.verify': method({
    input: z.object({ itemId: RecordId.optional(), caseId: RecordId.optional() }).strict(),
    output: VerifyJob,
    whileLocked: false,
  }),
  'evidence.export': method({
    input: z.object({ itemId: RecordId, contentId: RecordId }).strict(),
    output: SavedFile,
    whileLocked: false,
  }),
};
