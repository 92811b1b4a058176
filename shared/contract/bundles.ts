import { z } from 'zod';
import { Instant, RecordId } from '../domain/primitives.js';
import { method } from './define.js';
import { BYTE_PROGRESS, JOB_BASE, JobId } from './job-shape.js';

/** What an exporter may leave out of a bundle; the manifest lists it, so the reader knows. */
const BundleOmission = z.enum(['identities', 'letter_files']);
export type BundleOmission = z.infer<typeof BundleOmission>;

/** Who can open the bundle: contacts (by id), raw age recipients (`age1…`, the CLI's --recipient), or a passphrase. */
export const BundleAudience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('contacts'), contactIds: z.array(RecordId).min(1).max(50) }).strict(),
  z
    .object({
      kind: z.literal('recipients'),
      recipients: z
        .array(z.string().regex(/^age1[02-9ac-hj-np-z]{50,}$/))
        .min(1)
        .max(50),
    })
    .strict(),
  // Long enough to resist guessing: whoever holds the file may try passphrases offline.
  z.object({ kind: z.literal('passphrase'), passphrase: z.string().min(12).max(1024) }).strict(),
]);
export type BundleAudience = z.infer<typeof BundleAudience>;

/** Who signed a bundle, as this vault knows them. */
export const BundleSigner = z.discriminatedUnion('status', [
  z
    .object({
      status: z.literal('contact'),
      name: z.string(),
      verified: z.boolean(),
      fingerprint: z.string(),
      /** This vault's own key (a bundle it made): no contact name, the screen says "this vault". */
      self: z.literal(true).optional(),
    })
    .strict(),
  // An unsigned bundle is refused before anyone is named (bundle.unsigned): no status stands for it.
  z.object({ status: z.literal('unknown'), fingerprint: z.string().nullable() }).strict(),
]);
export type BundleSigner = z.infer<typeof BundleSigner>;

const StoredValue = z.union([z.string(), z.number(), z.null(), z.object({ $base64: z.string() }).strict()]);
/**
 * A field that can name a person (an identity, a file or recipient name): never sent to the screen, only
 * whether the two versions hold the same value.
 */
const WithheldValue = z.object({ withheld: z.literal(true), same: z.boolean() }).strict();
const ConflictValue = z.union([StoredValue, WithheldValue]);

const BundleConflict = z
  .object({
    table: z.string(),
    /** `table:key`, what --take-theirs names. */
    key: z.string(),
    ours: z.record(z.string(), ConflictValue),
    theirs: z.record(z.string(), ConflictValue),
    /**
     * Each field that differs (bookkeeping aside: shared/bundles/record-fields.ts) and what the merge does
     * with it unless the user takes theirs: the bundle's taken (changed only there), ours kept (changed only
     * here), or a conflict (changed on both sides).
     */
    fields: z.array(z.object({ column: z.string(), outcome: z.enum(['taken', 'kept', 'conflict']) }).strict()),
    /** The records the two versions name (the case, people, evidence items, interviews), by id: their codes. */
    names: z.record(z.string(), z.string()),
    /** Named with `key` in takeTheirs: the import refuses a choice on a record that changed here since. */
    token: z.string(),
  })
  .strict();

export const BundlePreview = z
  .object({
    caseId: RecordId,
    /** The case's reference in this vault … */
    reference: z.string(),
    /** … and the sender's, when this vault had already given it to another case. */
    senderReference: z.string().optional(),
    createdAt: Instant,
    signer: BundleSigner,
    omitted: z.array(BundleOmission),
    caseExists: z.boolean(),
    tables: z.array(
      z
        .object({
          table: z.string(),
          added: z.number().int(),
          changed: z.number().int(),
          /** Changed here since the last exchange, not by the sender: this vault's version kept. */
          kept: z.number().int(),
          conflicting: z.number().int(),
          same: z.number().int(),
        })
        .strict(),
    ),
    conflicts: z.array(BundleConflict),
    evidenceFiles: z.number().int(),
    evidenceBytes: z.number().int(),
  })
  .strict();
export type BundlePreview = z.infer<typeof BundlePreview>;

/** The bundle to read: chosen in a dialog (the app) or given on the command line, with its passphrase if any. */
const BundleSource = { passphrase: z.string().min(1).max(1024).optional() };

/** A case written as a bundle, as a job: progress in evidence bytes, cancel (no file is left), and its outcome. */
export const BundleExportJob = z.object({
  ...JOB_BASE,
  kind: z.literal('bundleExport'),
  ...BYTE_PROGRESS,
  caseId: RecordId,
  /** The file being written (the user chose it); it appears only once whole. */
  file: z.string(),
  /** Contacts it is encrypted to that the user has not verified: the app says so. */
  unverifiedRecipients: z.array(z.string()),
  outcome: z
    .object({
      reference: z.string(),
      manifestSha256: z.string(),
      entries: z.number().int(),
      evidenceBytes: z.number().int(),
      bytesWritten: z.number().int(),
    })
    .strict()
    .optional(),
});
export type BundleExportJob = z.infer<typeof BundleExportJob>;

/** A bundle read (a preview, writing nothing) or imported, as a job: progress in bytes of the file, cancel. */
export const BundleImportJob = z.object({
  ...JOB_BASE,
  kind: z.literal('bundleImport'),
  ...BYTE_PROGRESS,
  dryRun: z.boolean(),
  /** Once done: what the bundle adds and changes (a preview), or what it added (an import). */
  preview: BundlePreview.optional(),
});
export type BundleImportJob = z.infer<typeof BundleImportJob>;

export const bundlesMethods = {
  'bundles.export': method({
    input: z
      .object({ caseId: RecordId, audience: BundleAudience, omit: z.array(BundleOmission).max(2).default([]) })
      .strict(),
    output: z.object({ job: BundleExportJob.nullable() }).strict(),
    whileLocked: false,
  }),
  'bundles.verify': method({
    input: z.object(BundleSource).strict(),
    output: z
      .object({
        chosen: z.boolean(),
        reference: z.string().optional(),
        createdAt: Instant.optional(),
        signer: BundleSigner.optional(),
        omitted: z.array(BundleOmission).optional(),
        entries: z.number().int().optional(),
        evidenceFiles: z.number().int().optional(),
        evidenceBytes: z.number().int().optional(),
        manifestSha256: z.string().optional(),
      })
      .strict(),
    whileLocked: false,
  }),
  'bundles.import': method({
    input: z
      .object({
        ...BundleSource,
        dryRun: z.boolean().default(false),
        previewJobId: JobId.optional(),
        acceptUnknownSigner: z.boolean().default(false),
        takeTheirs: z
          .array(z.object({ key: z.string().max(300), token: z.string().regex(/^[0-9a-f]{64}$/) }).strict())
          .max(10_000)
          .default([]),
      })
      .strict(),
    output: z.object({ job: BundleImportJob.nullable() }).strict(),
    whileLocked: false,
  }),
};
