import { z } from 'zod';
import { DocumentLanguage, DocumentModel, PageSize } from '../documents/document-model.js';
import { LETTER_WARNINGS } from '../documents/letter-warnings.js';
import { IdentityOverride, LetterDetails, LetterException } from '../documents/merge-data.js';
import { Recipient, TemplateId, TemplateKind } from '../documents/template.js';
import { TEMPLATE_PROBLEM_KINDS } from '../documents/validator.js';
import { TEMPLATE_PROBLEM_WORDINGS } from '../documents/template-problem-words.js';
import { Sha256Hex } from '../domain/evidence.js';
import { Instant, RecordId } from '../domain/primitives.js';
import { VictimClosure, VictimClosureInput } from '../domain/victim-closure.js';
import { ExplanationLocale } from './deadlines.js';
import { SavedFile } from './evidence.js';
import { method } from './define.js';
import { FIELD_PROBLEMS } from './errors.js';
import { JOB_BASE } from './job-shape.js';
import { countedPageOf, pageRequest } from './paging.js';

/**
 * Letters from templates (issue 5): the templates kept in the vault with their versions, the
 * live preview, generated letters in the letter register (outputs stored encrypted in the
 * vault), exports, and the delivery of closure letters to victims.
 */

// ---- Templates -------------------------------------------------------------------------------

export const TemplateSummary = z.object({
  id: TemplateId,
  kind: TemplateKind,
  recipient: Recipient,
  name: z.string(),
  languages: z.array(DocumentLanguage),
  /** The version a new letter is made from. */
  version: z.number().int().min(1),
  /** true when the current version differs from the shipped default (an edit not reset). */
  edited: z.boolean(),
  /** When and by whom the current version was saved; null for the shipped default never edited. */
  savedAt: Instant.nullable(),
  savedBy: z.string().nullable(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const TemplateVersionInfo = z.object({
  version: z.number().int().min(1),
  origin: z.enum(['shipped', 'edited', 'reset']),
  savedAt: Instant.nullable(),
  savedBy: z.string().nullable(),
});
export type TemplateVersionInfo = z.infer<typeof TemplateVersionInfo>;

/**
 * A problem of a template source, with its exact place: the validator's problems (field,
 * syntax, visibility), or 'schema' for a source that is not a template at all (a missing
 * block field, a table whose widths do not add up); `language` is null when not in one language.
 */
export const LetterTemplateProblem = z.object({
  kind: z.enum([...TEMPLATE_PROBLEM_KINDS, 'schema']),
  language: DocumentLanguage.nullable(),
  path: z.array(z.union([z.string(), z.number()])),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
  /** In English (the CLI, logs); the editor words a problem from `words` (or `field`) in its language. */
  message: z.string(),
  where: z.string(),
  /** What is wrong, as a key of the catalogue's `templateProblems` and its params (all but 'schema'). */
  words: z.object({ key: z.enum(TEMPLATE_PROBLEM_WORDINGS), params: z.record(z.string(), z.string()) }).optional(),
  /** For 'schema': what is wrong with the value at `path`, in the catalogue's terms (never zod's words). */
  field: z
    .object({
      problem: z.enum(FIELD_PROBLEMS),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    })
    .optional(),
});
export type LetterTemplateProblem = z.infer<typeof LetterTemplateProblem>;

/** The template's JSON as the editor edits it (see shared/documents/template.ts); checked by the core. */
const TemplateSource = z.unknown();

// ---- Letters ---------------------------------------------------------------------------------

export const LETTER_FORMATS = ['pdf', 'docx'] as const;
export const LetterFormat = z.enum(LETTER_FORMATS);
export type LetterFormat = z.infer<typeof LetterFormat>;

/**
 * What the officer gives beyond the case file (LetterDetails without what the request names
 * elsewhere). Addressee, author and contact default to generic wording when left out.
 */
export const LetterParticulars = LetterDetails.omit({
  at: true,
  timeZone: true,
  subjectId: true,
  victimId: true,
  paternityClaimantId: true,
}).partial({
  recipientName: true,
  author: true,
  contact: true,
});
export type LetterParticulars = z.infer<typeof LetterParticulars>;

export const LetterRequest = z
  .object({
    caseId: RecordId,
    templateId: TemplateId,
    /** Default: the template's current version. */
    templateVersion: z.number().int().min(1).optional(),
    language: DocumentLanguage,
    /** Referrals: the subject (may be left out when the case has one). */
    subjectId: RecordId.optional(),
    /** Closure letters: the victim the letter is for. */
    victimId: RecordId.optional(),
    paternityClaimantId: RecordId.optional(),
    /** Names to disclose without consent, each with its reason (audited when generated). */
    overrides: z.array(IdentityOverride).max(100).default([]),
    /**
     * A referral made although the case's facts do not call for it (letters.applicable says why),
     * with the legal officer's reason: kept in the register, the generation audited as an exception.
     */
    exception: LetterException.optional(),
    /** Default: the template's page size. */
    pageSize: PageSize.optional(),
    details: LetterParticulars.default({}),
  })
  .strict();
export type LetterRequest = z.infer<typeof LetterRequest>;

export const LetterDisclosure = z.object({
  personId: z.string(),
  code: z.string(),
  fields: z.array(z.string()),
  basis: z.enum(['consent', 'override', 'addressee', 'subject_of_referral']),
  overrideReason: z.string().optional(),
});
export type LetterDisclosure = z.infer<typeof LetterDisclosure>;

export const WithheldIdentity = z.object({ personId: z.string(), code: z.string() });

export const LetterPreview = z.object({
  templateVersion: z.number().int().min(1),
  model: DocumentModel,
  /** Whose identity the letter holds, and why. */
  disclosures: z.array(LetterDisclosure),
  /** Victims named only by pseudonym, age band and sex. */
  withheld: z.array(WithheldIdentity),
  /** What to check before making it: a placeholder signatory or contact, a past reply date… (letter-warnings.ts). */
  warnings: z.array(z.object({ code: z.enum(LETTER_WARNINGS), date: z.string().optional() })),
});
export type LetterPreview = z.infer<typeof LetterPreview>;

export const DELIVERY_METHODS = ['hand', 'post', 'email', 'oral', 'other'] as const;
export const DeliveryMethod = z.enum(DELIVERY_METHODS);

export const LetterDelivery = z.object({
  id: RecordId,
  how: DeliveryMethod,
  at: Instant,
  /** Who delivered it. */
  by: z.string(),
  /** The language it was delivered in (a tag: 'fr', 'sg', …). */
  language: z.string(),
  oralTranslation: z.object({ language: z.string(), interpreter: z.string().optional() }).nullable(),
  recordedAt: Instant,
  recordedBy: z.string(),
});
export type LetterDelivery = z.infer<typeof LetterDelivery>;

export const LetterOutput = z.object({
  format: LetterFormat,
  fileName: z.string(),
  size: z.number().int().min(0),
  sha256: Sha256Hex,
});
export type LetterOutput = z.infer<typeof LetterOutput>;

/** An entry of the letter register. */
export const LetterEntry = z.object({
  id: RecordId,
  caseId: RecordId,
  caseReference: z.string(),
  kind: TemplateKind,
  recipient: Recipient,
  recipientName: z.string(),
  templateId: TemplateId,
  templateVersion: z.number().int().min(1),
  language: DocumentLanguage,
  pageSize: PageSize,
  author: z.string(),
  createdAt: Instant,
  /** The victim of a closure letter, the subject of a referral (code only). */
  concerns: z.object({ personId: z.string(), code: z.string() }).nullable(),
  outputs: z.array(LetterOutput),
  disclosures: z.array(LetterDisclosure),
  withheld: z.array(WithheldIdentity),
  overrides: z.array(z.object({ personId: z.string(), code: z.string(), reason: z.string() })),
  /** Made as an exception (the letter did not apply), with the reason given. */
  exception: z.object({ reason: z.string() }).optional(),
  /** Made in the discreet form, for delivery to a home (no letterhead or emblem, neutral words). */
  discreet: z.boolean(),
  deliveries: z.array(LetterDelivery),
});
export type LetterEntry = z.infer<typeof LetterEntry>;

export const ClosureStatus = z.object({
  victims: z.array(
    z.object({
      personId: z.string(),
      code: z.string(),
      /** Closure letters made for this victim, newest first. */
      letterIds: z.array(RecordId),
      delivered: z.boolean(),
      deliveredAt: Instant.nullable(),
    }),
  ),
  /** true when every victim has a delivered closure letter: closing need not warn. */
  complete: z.boolean(),
});
export type ClosureStatus = z.infer<typeof ClosureStatus>;

/** Writing a case's letters into a new folder; the files are listed as they are written. */
export const LetterBatchJob = z.object({
  ...JOB_BASE,
  kind: z.literal('letterBatch'),
  caseId: RecordId,
  total: z.number().int().min(0),
  done: z.number().int().min(0),
  /** The new folder written into. A cancelled or failed batch removes it with every file it held. */
  folder: z.string(),
  files: z.array(z.object({ letterId: RecordId, format: LetterFormat, path: z.string(), sha256: Sha256Hex })),
});
export type LetterBatchJob = z.infer<typeof LetterBatchJob>;

/**
 * How many people (and reasons) letters.applicable names per kind at most: a case may have thousands,
 * and the dialog searches the others by code, each checked by letters.applicableTo.
 */
export const APPLICABLE_SHOWN_MAX = 20;

const PersonCode = z.object({ id: RecordId, code: z.string() });
const Count = z.number().int().min(0);

/**
 * One kind of letter for a case, as shared/documents/letter-applicability.ts decides it from the
 * case's facts: whether it applies, whom it may concern, and why not, in the asked language; the
 * people and reasons a page at most, with how many there are in all.
 */
export const LetterApplicability = z.object({
  kind: TemplateKind,
  applies: z.boolean(),
  /** Referrals: the first subjects (by code) it may concern now; none for a closure letter, or if it does not apply. */
  subjects: z.array(PersonCode).max(APPLICABLE_SHOWN_MAX),
  /** How many subjects it may concern now, `subjects` listing the first. */
  subjectCount: Count,
  /**
   * Closure letters, which go to each victim once the matter has ended for her: the first victims by
   * code, those it is for before those it is not (yet) for, each with why not in words (null when it
   * is hers). Empty for a referral.
   */
  victims: z.array(PersonCode.extend({ reason: z.string().nullable() })).max(APPLICABLE_SHOWN_MAX),
  /** Closure letters: how many victims it is for now, and how many it is not (yet) for. */
  victimCounts: z.object({ applies: Count, notYet: Count }),
  /** Why it does not apply, in words (one per subject for a referral, the first of them); empty when it applies. */
  reasons: z.array(z.string()).max(APPLICABLE_SHOWN_MAX),
  /** How many reasons there are, `reasons` giving the first. */
  reasonCount: Count,
  /** A referral that does not apply may still be made as an exception, with a reason (never a closure letter). */
  exceptionPossible: z.boolean(),
});
export type LetterApplicability = z.infer<typeof LetterApplicability>;

const LetterId = z.object({ letterId: RecordId }).strict();

/** The register's order: when each letter was made (the register shows the newest first). */
const LETTER_LIST_SORTS = ['createdAt'] as const;

/** What the letter register can be narrowed to; a filter left out keeps every letter. */
export const LetterListFilters = z.object({ kind: TemplateKind.optional() });
export type LetterListFilters = z.infer<typeof LetterListFilters>;

/** A page of a case's letter register. The search matches the recipient as the letter names them. */
export const LetterListRequest = pageRequest(LETTER_LIST_SORTS, LetterListFilters).extend({
  caseId: z.string().min(1).max(64),
});
export type LetterListRequest = z.input<typeof LetterListRequest>;
/** The request as the core reads it, defaults filled in. */
export type LetterListQuery = z.output<typeof LetterListRequest>;
/** A page of the register, with the counts on the first page only. */
export const LetterListPage = countedPageOf(LetterEntry);
export type LetterListPage = z.infer<typeof LetterListPage>;

export const lettersMethods = {
  'letters.templates': method({
    input: z.object({}).strict(),
    output: z.object({ templates: z.array(TemplateSummary) }),
    whileLocked: false,
  }),
  'letters.template': method({
    input: z.object({ id: TemplateId, version: z.number().int().min(1).optional() }).strict(),
    output: z.object({
      summary: TemplateSummary,
      version: z.number().int().min(1),
      source: z.unknown(),
      versions: z.array(TemplateVersionInfo),
    }),
    whileLocked: false,
  }),
  'letters.validateTemplate': method({
    input: z.object({ source: TemplateSource }).strict(),
    output: z.object({ problems: z.array(LetterTemplateProblem) }),
    whileLocked: false,
    touchesSession: false,
  }),
  'letters.saveTemplate': method({
    input: z.object({ id: TemplateId, source: TemplateSource }).strict(),
    output: TemplateSummary,
    whileLocked: false,
  }),
  'letters.resetTemplate': method({
    input: z.object({ id: TemplateId }).strict(),
    output: TemplateSummary,
    whileLocked: false,
  }),
  'letters.mergeFields': method({
    input: z.object({ recipient: Recipient, locale: ExplanationLocale.default('en') }).strict(),
    output: z.object({
      fields: z.array(
        z.object({
          path: z.string(),
          kind: z.enum(['text', 'flag', 'object', 'list']),
          label: z.string(),
          list: z.string().optional(),
        }),
      ),
    }),
    whileLocked: false,
    touchesSession: false,
  }),
  'letters.applicable': method({
    input: z.object({ caseId: RecordId, locale: ExplanationLocale.default('en') }).strict(),
    output: z.object({ letters: z.array(LetterApplicability) }),
    whileLocked: false,
  }),
  'letters.applicableTo': method({
    input: z.object({ caseId: RecordId, kind: TemplateKind, personId: RecordId, locale: ExplanationLocale }).strict(),
    output: z.object({ applies: z.boolean(), reason: z.string().nullable() }),
    whileLocked: false,
  }),
  'letters.preview': method({
    input: LetterRequest.extend({
      /**
       * The template being edited, previewed in place of the stored one: checked like a save
       * (VALIDATION with every problem), never stored. Excludes templateVersion.
       */
      source: TemplateSource.optional(),
    }).strict(),
    output: LetterPreview,
    whileLocked: false,
  }),
  'letters.generate': method({
    input: LetterRequest.extend({ formats: z.array(LetterFormat).min(1).max(2).default(['pdf', 'docx']) }).strict(),
    output: LetterEntry,
    whileLocked: false,
  }),
  'letters.list': method({
    input: z.object({ caseId: z.string().min(1).max(64) }).strict(),
    output: z.object({ letters: z.array(LetterEntry) }),
    whileLocked: false,
  }),
  'letters.page': method({
    input: LetterListRequest,
    output: LetterListPage,
    whileLocked: false,
  }),
  'letters.get': method({
    input: LetterId,
    output: LetterEntry,
    whileLocked: false,
  }),
  'letters.export': method({
    input: z.object({ letterId: RecordId, format: LetterFormat }).strict(),
    output: SavedFile,
    whileLocked: false,
  }),
  'letters.exportBatch': method({
    input: z
      .object({
        caseId: RecordId,
        kind: z.enum(['closure', 'all']).default('closure'),
        formats: z.array(LetterFormat).min(1).max(2).default(['pdf']),
      })
      .strict(),
    output: LetterBatchJob,
    whileLocked: false,
  }),
  'letters.recordDelivery': method({
    input: z
      .object({
        letterId: RecordId,
        how: DeliveryMethod,
        at: Instant,
        by: z.string().trim().min(1).max(300),
        language: z.string().trim().min(2).max(35),
        oralTranslation: z
          .object({
            language: z.string().trim().min(2).max(35),
            interpreter: z.string().trim().min(1).max(300).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    output: LetterEntry,
    whileLocked: false,
  }),
  'letters.victimClosures': method({
    input: z.object({ caseId: z.string().min(1).max(64) }).strict(),
    output: z.object({ closures: z.array(VictimClosure) }),
    whileLocked: false,
  }),
  'letters.recordVictimClosure': method({
    input: VictimClosureInput,
    output: VictimClosure,
    whileLocked: false,
  }),
  'letters.closureStatus': method({
    input: z.object({ caseId: z.string().min(1).max(64) }).strict(),
    output: ClosureStatus,
    whileLocked: false,
  }),
};
