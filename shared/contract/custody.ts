import { z } from 'zod';
import { DocumentFormat } from '../documents/document-model.js';
import { CustodyEvent, CustodyEventFields } from '../domain/evidence.js';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';
import { SavedFile } from './evidence.js';

/** The languages a custody report is written in: those the core's message catalogue holds. */
export const CUSTODY_REPORT_LANGUAGES = ['en', 'fr'] as const;
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

export const custodyMethods = {
  'custody.list': method({
    summary: "An item's chain of custody, oldest first, with each event's hash re-check.",
    input: z.object({ itemId: RecordId }).strict(),
    output: z.object({ items: z.array(CustodyEvent) }),
    whileLocked: false,
  }),
  'custody.add': method({
    summary:
      'Log a custody event (append-only). Refused if dated before the last event ' +
      'logged, in the future, or after destruction.',
    input: CustodyEntry,
    output: CustodyEvent,
    whileLocked: false,
  }),
  'custody.report': method({
    summary:
      "Write the item's custody report (the item, its files' SHA-256, every event and hash check) as PDF or DOCX, " +
      'in English or French, where the user chooses; audited.',
    input: CustodyReportRequest,
    output: SavedFile,
    whileLocked: false,
  }),
  'custody.verificationReport': method({
    summary:
      "Write the case's verification report (every evidence file's SHA-256, custody chain and provenance " +
      "signature, the signers' public keys, and how to check them with sha256sum and openssl) as PDF or DOCX, " +
      'in English or French, where the user chooses; audited.',
    input: VerificationReportRequest,
    output: z.object({ saved: SavedFile, summary: VerificationReportSummary }),
    whileLocked: false,
  }),
};
