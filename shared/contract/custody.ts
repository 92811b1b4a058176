import { z } from 'zod';
import { DocumentFormat } from '../documents/document-model.js';
import { CustodyEvent, CustodyEventFields, CustodyEventKind } from '../domain/evidence.js';
import { RecordId } from '../domain/primitives.js';
import { LANGUAGES } from '../domain/settings.js';
import { method } from './define.js';
import { SavedFile } from './evidence.js';
import { countedPageOf, pageRequest } from './paging.js';

/**
 * The languages a custody or verification report is written in: the interface's, whose message catalogues
 * hold the reports' words (shared/i18n/messages.ts; Arabic right to left).
 */
export const CUSTODY_REPORT_LANGUAGES = LANGUAGES;
const CustodyReportLanguage = z.enum(CUSTODY_REPORT_LANGUAGES);

/** Which item's report, as which file, in which language (PDF in English unless asked otherwise). */
export const CustodyReportRequest = z
  .object({ itemId: RecordId, format: DocumentFormat.default('pdf'), language: CustodyReportLanguage.default('en') })
  .strict();
export type CustodyReportRequest = z.infer<typeof CustodyReportRequest>;

/** Which case's verification report, as which file, in which language. */
export const VerificationReportRequest = z
  .object({ caseId: RecordId, format: DocumentFormat.default('pdf'), language: CustodyReportLanguage.default('en') })
  .strict();
export type VerificationReportRequest = z.infer<typeof VerificationReportRequest>;

/** What the verification report holds, in numbers, and whose keys signed it. */
export const VerificationReportSummary = z.object({
  items: z.number().int().min(0),
  files: z.number().int().min(0),
  signedFiles: z.number().int().min(0),
  signers: z.array(z.object({ fingerprint: z.string(), thisVault: z.boolean() })),
});
export type VerificationReportSummary = z.infer<typeof VerificationReportSummary>;

export const CustodyEntry = CustodyEventFields.extend({
  itemId: RecordId,
  /**
   * Decrypt and re-hash the item's files and keep the result on the event. By default on for
   * hand-overs, openings, copies, examinations and returns (RECHECK_BY_DEFAULT), off otherwise.
   */
  recheckHash: z.boolean().optional(),
}).strict();
export type CustodyEntry = z.infer<typeof CustodyEntry>;

/** The chain's orders: by the event's number, oldest first by default (logged order is time order). */
const CUSTODY_LIST_SORTS = ['sequence'] as const;

/** What an item's chain of custody can be narrowed to; a filter left out keeps every event. */
export const CustodyListFilters = z.object({ kind: CustodyEventKind.optional() });
export type CustodyListFilters = z.infer<typeof CustodyListFilters>;

/**
 * A page of an item's chain of custody. The search matches what a person wrote on an event: its
 * purpose, holders, persons present, seal number, place and note.
 */
export const CustodyListRequest = pageRequest(CUSTODY_LIST_SORTS, CustodyListFilters).extend({ itemId: RecordId });
export type CustodyListRequest = z.input<typeof CustodyListRequest>;
/** The request as the core reads it, defaults filled in. */
export type CustodyListQuery = z.output<typeof CustodyListRequest>;
/** A page of custody events, with the counts on the first page only. */
export const CustodyListPage = countedPageOf(CustodyEvent);
export type CustodyListPage = z.infer<typeof CustodyListPage>;

export const custodyMethods = {
  'custody.list': method({
    input: z.object({ itemId: RecordId }).strict(),
    output: z.object({ items: z.array(CustodyEvent) }),
    whileLocked: false,
  }),
  'custody.page': method({
    input: CustodyListRequest,
    output: CustodyListPage,
    whileLocked: false,
  }),
  'custody.add': method({
    input: CustodyEntry,
    output: CustodyEvent,
    whileLocked: false,
  }),
  'custody.report': method({
    input: CustodyReportRequest,
    output: SavedFile,
    whileLocked: false,
  }),
  'custody.verificationReport': method({
    input: VerificationReportRequest,
    output: z.object({ saved: SavedFile, summary: VerificationReportSummary }),
    whileLocked: false,
  }),
};
