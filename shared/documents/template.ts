import { z } from 'zod';
import { Confidentiality } from '../domain/confidentiality.js';
import { DISCIPLINARY_SHARING_PURPOSE, type ConsentPurpose } from '../domain/consent.js';
import { DOCUMENT_LANGUAGES, Logo, PageSize, ParagraphAlignment, type DocumentLanguage } from './document-model.js';

/**
 * Letter templates as data: stored in the vault, edited by legal officers, with shipped defaults
 * in shared/documents/templates/. Every string below may hold merge syntax (template-language.ts).
 */

// ---- Kinds and recipients ------------------------------------------------------------------

export const TEMPLATE_KINDS = [
  'member_state_referral',
  'tcc_notification',
  /** After the investigation: asks the contributing country what action it took (A/72/751 ¶66). */
  'tcc_follow_up',
  'hr_referral',
  'unv_referral',
  'closure_substantiated',
  'closure_not_substantiated',
  'closure_other',
] as const;
export const TemplateKind = z.enum(TEMPLATE_KINDS);
export type TemplateKind = z.infer<typeof TemplateKind>;

export const RECIPIENTS = ['member_state', 'tcc', 'human_resources', 'unv', 'victim'] as const;
export const Recipient = z.enum(RECIPIENTS);
export type Recipient = z.infer<typeof Recipient>;

export const RECIPIENT_OF_KIND: Readonly<Record<TemplateKind, Recipient>> = {
  member_state_referral: 'member_state',
  tcc_notification: 'tcc',
  tcc_follow_up: 'tcc',
  hr_referral: 'human_resources',
  unv_referral: 'unv',
  closure_substantiated: 'victim',
  closure_not_substantiated: 'victim',
  closure_other: 'victim',
};

export const CLOSURE_KINDS: readonly TemplateKind[] = [
  'closure_substantiated',
  'closure_not_substantiated',
  'closure_other',
];
export const isClosureKind = (kind: TemplateKind): boolean => CLOSURE_KINDS.includes(kind);

/**
 * The consent purpose that must cover a person's identity before a recipient may see it (R9).
 * A closure letter goes to the victim it concerns: nobody else's identity is in it at all, and
 * the victim's own name needs no consent to be written to them.
 */
export const PURPOSE_OF_RECIPIENT: Readonly<Record<Recipient, ConsentPurpose | null>> = {
  member_state: 'sharing_with_national_authorities',
  tcc: 'sharing_with_national_authorities',
  human_resources: DISCIPLINARY_SHARING_PURPOSE,
  unv: DISCIPLINARY_SHARING_PURPOSE,
  victim: null,
};

// ---- Blocks --------------------------------------------------------------------------------

export const TemplateRun = z
  .object({ text: z.string().max(100_000), bold: z.boolean().optional(), italic: z.boolean().optional() })
  .strict();
export type TemplateRun = z.infer<typeof TemplateRun>;

const Runs = z.array(TemplateRun).max(1_000);
const Line = z.string().max(5_000);
/** A path used by a block-level `each`/`when`/`if`: same syntax as inside a tag. */
const PathText = z.string().trim().min(1).max(200);

/**
 * A list item or table row may repeat (`each`: once per element of a list; inside, `.x` paths
 * read the element) and may be conditional (`when`: kept only when the value is present; with
 * `each`, checked per element).
 */
const repeatable = { each: PathText.optional(), when: PathText.optional() };

export const TemplateListItem = z.object({ runs: Runs, ...repeatable }).strict();
export type TemplateListItem = z.infer<typeof TemplateListItem>;

export const TemplateTableRow = z.object({ cells: z.array(Runs).max(12), ...repeatable }).strict();
export type TemplateTableRow = z.infer<typeof TemplateTableRow>;

export type TemplateBlock =
  | { kind: 'letterhead'; lines: string[]; logo: Logo | null }
  | { kind: 'heading'; level: 1 | 2; runs: TemplateRun[] }
  | { kind: 'paragraph'; runs: TemplateRun[]; align?: ParagraphAlignment | undefined }
  | { kind: 'list'; ordered: boolean; items: TemplateListItem[] }
  | { kind: 'table'; columns: { header: string; widthPercent: number }[]; rows: TemplateTableRow[] }
  | { kind: 'signature'; name: string; title: string; place?: string | undefined; date?: string | undefined }
  | { kind: 'spacer' }
  | { kind: 'pageBreak' }
  /** Blocks kept when the value at `path` is present, `else` blocks when not. */
  | { kind: 'if'; path: string; then: TemplateBlock[]; else?: TemplateBlock[] | undefined }
  /** Blocks repeated per element of the list at `path`. */
  | { kind: 'each'; path: string; blocks: TemplateBlock[] };

export const TemplateBlock: z.ZodType<TemplateBlock> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('letterhead'), lines: z.array(Line).max(20), logo: Logo.nullable() }).strict(),
    z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2)]), runs: Runs }).strict(),
    z.object({ kind: z.literal('paragraph'), runs: Runs, align: ParagraphAlignment.optional() }).strict(),
    z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(TemplateListItem).max(1_000) }).strict(),
    z
      .object({
        kind: z.literal('table'),
        columns: z
          .array(z.object({ header: Line, widthPercent: z.number().positive().max(100) }).strict())
          .min(1)
          .max(12),
        rows: z.array(TemplateTableRow).max(1_000),
      })
      .strict()
      .superRefine((table, ctx) => {
        const total = table.columns.reduce((sum, column) => sum + column.widthPercent, 0);
        if (Math.abs(total - 100) > 0.5)
          ctx.addIssue({ code: 'custom', path: ['columns'], message: 'column widths must add up to 100%' });
        table.rows.forEach((row, index) => {
          if (row.cells.length !== table.columns.length) {
            ctx.addIssue({
              code: 'custom',
              path: ['rows', index, 'cells'],
              message: `a row has ${table.columns.length} cells, one per column`,
            });
          }
        });
      }),
    z
      .object({ kind: z.literal('signature'), name: Line, title: Line, place: Line.optional(), date: Line.optional() })
      .strict(),
    z.object({ kind: z.literal('spacer') }).strict(),
    z.object({ kind: z.literal('pageBreak') }).strict(),
    z
      .object({
        kind: z.literal('if'),
        path: PathText,
        then: z.array(TemplateBlock).max(1_000),
        else: z.array(TemplateBlock).max(1_000).optional(),
      })
      .strict(),
    z.object({ kind: z.literal('each'), path: PathText, blocks: z.array(TemplateBlock).max(1_000) }).strict(),
  ]),
);

export const TemplatePageBand = z.object({ left: Line.optional(), right: Line.optional() }).strict();
export type TemplatePageBand = z.infer<typeof TemplatePageBand>;

/** One language version of a template. Header/footer text may also use `{page}` and `{pages}`. */
export const TemplateContent = z
  .object({
    title: Line,
    header: TemplatePageBand,
    footer: TemplatePageBand,
    blocks: z.array(TemplateBlock).min(1).max(1_000),
  })
  .strict();
export type TemplateContent = z.infer<typeof TemplateContent>;

export const TemplateId = z
  .string()
  .regex(/^[a-z][a-z0-9_.-]{1,79}$/, 'expected an identifier such as closure_substantiated');

export const Template = z
  .object({
    id: TemplateId,
    kind: TemplateKind,
    recipient: Recipient,
    /** Starts at 1; each saved edit is a new version, and a letter keeps the version it was made from. */
    version: z.number().int().min(1),
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2_000).optional(),
    pageSize: PageSize,
    /** The level printed on every page, in the letter's language (its `confidentialityMarking` label). */
    confidentiality: Confidentiality,
    languages: z
      .object({
        en: TemplateContent.optional(),
        fr: TemplateContent.optional(),
        ar: TemplateContent.optional(),
        es: TemplateContent.optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine((template, ctx) => {
    if (RECIPIENT_OF_KIND[template.kind] !== template.recipient) {
      ctx.addIssue({
        code: 'custom',
        path: ['recipient'],
        message: `a ${template.kind} letter goes to ${RECIPIENT_OF_KIND[template.kind]}`,
      });
    }
    if (templateLanguages(template).length === 0) {
      ctx.addIssue({ code: 'custom', path: ['languages'], message: 'a template has text in at least one language' });
    }
  });
export type Template = z.infer<typeof Template>;

export function templateLanguages(template: Pick<Template, 'languages'>): DocumentLanguage[] {
  return DOCUMENT_LANGUAGES.filter((language) => template.languages[language] !== undefined);
}
