/*
 * The neutral document model: what the merge engine produces and both renderers (DOCX and PDF,
 * electron/core/documents/) draw. It holds finished text only, to be drawn literally: no merge
 * syntax is interpreted, nothing is HTML. Run text may contain `\n` (a line break inside the
 * paragraph, list item or cell) and `\t` (a tab: draw as a space if tabs are not supported);
 * every other C0 control character has been removed by the merge.
 *
 * STABILITY (for the renderer owners): changes after the first version are additive only and
 * are listed here, newest last.
 *   v1 — first version.
 *   v2 — no schema change: a table whose column headers are all empty has no header row
 *        (renderers: draw no header row then; see `tableHasHeaderRow`).
 *   v3 — `keepTogether` on a table: the table does not break across pages when it fits on one
 *        (a custody event and its facts).
 *   v4 — `discreet` on the document: a letter for delivery to a home. Renderers draw no letterhead
 *        block (neither its lines nor its emblem), whatever the model holds.
 *   v5 — a letterhead's logo may be an imported picture (`LetterheadLogo`: PNG or JPEG bytes and
 *        their pixel size) besides 'un_emblem'; `letterheadFooter` on the document: the imported
 *        letterhead's footer lines, drawn centred at the foot of every page (not on a discreet letter).
 *   v6 — `chart` blocks (chart-block.ts): a bar or line chart with its text alternative; the
 *        document keeps the table of the same figures beside it. Renderers keep a chart on one page.
 */
import { z } from 'zod';
import { TextRun } from '../domain/rich-text.js';
import { ChartBlock } from './chart-block.js';
import { LETTERHEAD_LIMITS, LetterheadLogo } from './letterhead.js';
import { DIRECTION_OF_LANGUAGE as WRITING_DIRECTIONS, TextDirection } from '../i18n/text-direction.js';

export { ChartBlock, LetterheadLogo, TextDirection };

/** Letters and reports; Spanish for the closure letters only (victims in Spanish-speaking missions). */
export const DOCUMENT_LANGUAGES = ['en', 'fr', 'ar', 'es'] as const;
export const DocumentLanguage = z.enum(DOCUMENT_LANGUAGES);
export type DocumentLanguage = z.infer<typeof DocumentLanguage>;

/** The direction each letter language is written in: the same table as the interface's (shared/i18n). */
export const DIRECTION_OF_LANGUAGE: Readonly<Record<DocumentLanguage, TextDirection>> = WRITING_DIRECTIONS;

/** The files a document is written as: the same model drawn by either renderer. */
export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export const DocumentFormat = z.enum(DOCUMENT_FORMATS);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export const PageSize = z.enum(PAGE_SIZES);
export type PageSize = z.infer<typeof PageSize>;

/** Portrait page sizes in PostScript points (1/72 inch): ISO 216 A4 and US Letter. */
export const PAGE_DIMENSIONS_PT: Readonly<Record<PageSize, { width: number; height: number }>> = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
};

/** A piece of text with one style; the same run as rich text (shared/domain/rich-text.ts). */
export const DocumentRun = TextRun;
export type DocumentRun = TextRun;
const Runs = z.array(DocumentRun).max(10_000);

/**
 * Paragraph alignment by writing direction: 'start' is the left of a left-to-right page and the
 * right of a right-to-left one. Absent means 'start'.
 */
export const PARAGRAPH_ALIGNMENTS = ['start', 'center', 'end', 'justify'] as const;
export const ParagraphAlignment = z.enum(PARAGRAPH_ALIGNMENTS);
export type ParagraphAlignment = z.infer<typeof ParagraphAlignment>;

export const LOGOS = ['un_emblem'] as const;
export const Logo = z.enum(LOGOS);
export type Logo = z.infer<typeof Logo>;

const Line = z.string().max(2_000);

export const LetterheadBlock = z
  .object({
    kind: z.literal('letterhead'),
    /** Sender lines, first one the most prominent (e.g. "United Nations", the office, the mission). */
    lines: z.array(Line).max(20),
    /** The shipped emblem, or the picture of a letterhead imported from Word (v5). */
    logo: z.union([Logo, LetterheadLogo]).nullable(),
  })
  .strict();

export const HeadingBlock = z
  .object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2)]), runs: Runs })
  .strict();

export const ParagraphBlock = z
  .object({ kind: z.literal('paragraph'), runs: Runs, align: ParagraphAlignment.optional() })
  .strict();

export const ListBlock = z
  .object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(Runs).max(10_000) })
  .strict();

export const TableColumn = z.object({ header: Line, widthPercent: z.number().positive().max(100) }).strict();
export type TableColumn = z.infer<typeof TableColumn>;

/**
 * Every row has exactly one cell (a list of runs) per column; widths add up to 100 (±0.5).
 * The header row is drawn (bold, repeated on each page) unless every header is empty: a table
 * of labelled facts ("To:", "From:") has none.
 */
export const TableBlock = z
  .object({
    kind: z.literal('table'),
    columns: z.array(TableColumn).min(1).max(12),
    rows: z.array(z.array(Runs)).max(10_000),
    /** Kept on one page when it fits on one (else it flows, row by row, like any table). */
    keepTogether: z.boolean().optional(),
  })
  .strict()
  .superRefine((table, ctx) => {
    const total = table.columns.reduce((sum, column) => sum + column.widthPercent, 0);
    if (Math.abs(total - 100) > 0.5)
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'column widths must add up to 100%' });
    table.rows.forEach((row, index) => {
      if (row.length !== table.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index],
          message: `a row has ${table.columns.length} cells, one per column`,
        });
      }
    });
  });

/** Kept together on one page by the renderers. */
export const SignatureBlock = z
  .object({
    kind: z.literal('signature'),
    name: Line,
    title: Line,
    place: Line.optional(),
    date: Line.optional(),
  })
  .strict();

/** One blank line of body text. */
export const SpacerBlock = z.object({ kind: z.literal('spacer') }).strict();
export const PageBreakBlock = z.object({ kind: z.literal('pageBreak') }).strict();

export const DocumentBlock = z.discriminatedUnion('kind', [
  LetterheadBlock,
  HeadingBlock,
  ParagraphBlock,
  ListBlock,
  TableBlock,
  SignatureBlock,
  SpacerBlock,
  PageBreakBlock,
  ChartBlock,
]);
export type DocumentBlock = z.infer<typeof DocumentBlock>;
export type LetterheadBlock = z.infer<typeof LetterheadBlock>;
export type HeadingBlock = z.infer<typeof HeadingBlock>;
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;
export type ListBlock = z.infer<typeof ListBlock>;
export type TableBlock = z.infer<typeof TableBlock>;
export type SignatureBlock = z.infer<typeof SignatureBlock>;
export type DocumentBlockKind = DocumentBlock['kind'];

export const tableHasHeaderRow = (table: Pick<TableBlock, 'columns'>): boolean =>
  table.columns.some((column) => column.header.trim() !== '');

/**
 * Header or footer text. Two placeholders: `{page}` (this page's number) and `{pages}` (the
 * page count). A literal brace is doubled (`{{`, `}}`) so that merged values can never become
 * placeholders. Renderers read it only through `pageTextParts`.
 */
export const PageText = z.string().max(500);
export type PageText = z.infer<typeof PageText>;

export const PageBand = z.object({ left: PageText.optional(), right: PageText.optional() }).strict();
export type PageBand = z.infer<typeof PageBand>;

export const DocumentModel = z
  .object({
    pageSize: PageSize,
    language: DocumentLanguage,
    direction: TextDirection,
    /** Document title (file metadata, not printed). */
    title: z.string().max(500),
    /** Printed on every page; `left`/`right` are physical sides whatever the direction. */
    header: PageBand,
    footer: PageBand,
    /** E.g. "STRICTLY CONFIDENTIAL": printed on every page by the renderers, in the header. */
    confidentialityMarking: z.string().max(200),
    /**
     * A discreet letter (issue 11): no letterhead or emblem that would tell, on its face, who sends
     * it and about what. Absent means false.
     */
    discreet: z.boolean().optional(),
    /** An imported letterhead's footer lines, at the foot of every page (v5). Absent means none. */
    letterheadFooter: z
      .array(z.string().max(LETTERHEAD_LIMITS.lineChars))
      .max(LETTERHEAD_LIMITS.footerLines)
      .optional(),
    blocks: z.array(DocumentBlock).max(20_000),
  })
  .strict();
export type DocumentModel = z.infer<typeof DocumentModel>;

export type PageTextPart = { kind: 'text'; text: string } | { kind: 'page' } | { kind: 'pages' };

/** Splits header/footer text into literal text and page-number fields (DOCX fields PAGE / NUMPAGES). */
export function pageTextParts(text: string): PageTextPart[] {
  const parts: PageTextPart[] = [];
  let literal = '';
  const flush = (): void => {
    if (literal) parts.push({ kind: 'text', text: literal });
    literal = '';
  };
  for (let i = 0; i < text.length;) {
    if (text.startsWith('{{', i) || text.startsWith('}}', i)) {
      literal += text[i];
      i += 2;
    } else if (text.startsWith('{page}', i)) {
      flush();
      parts.push({ kind: 'page' });
      i += '{page}'.length;
    } else if (text.startsWith('{pages}', i)) {
      flush();
      parts.push({ kind: 'pages' });
      i += '{pages}'.length;
    } else {
      literal += text[i];
      i += 1;
    }
  }
  flush();
  return parts;
}

/** Header/footer text as printed on page `page` of `pages` (for the PDF renderer). */
export function formatPageText(text: string, page: number, pages: number): string {
  return pageTextParts(text)
    .map((part) => (part.kind === 'text' ? part.text : String(part.kind === 'page' ? page : pages)))
    .join('');
}

/** Writes `value` so that `pageTextParts` gives it back as literal text. */
export function escapePageText(value: string): string {
  return value.replace(/[{}]/g, (brace) => brace + brace);
}

const runsText = (runs: readonly DocumentRun[]): string => runs.map((run) => run.text).join('');

/**
 * The document's body text, one line per paragraph, list item, table row (cells joined by a
 * tab) or signature line; header and footer excluded. Tests compare renderer outputs with it.
 */
export function documentBodyLines(model: Pick<DocumentModel, 'blocks'>): string[] {
  const lines: string[] = [];
  for (const block of model.blocks) {
    switch (block.kind) {
      case 'letterhead':
        lines.push(...block.lines);
        break;
      case 'heading':
      case 'paragraph':
        lines.push(runsText(block.runs));
        break;
      case 'list':
        for (const item of block.items) lines.push(runsText(item));
        break;
      case 'table':
        if (tableHasHeaderRow(block)) lines.push(block.columns.map((column) => column.header).join('\t'));
        for (const row of block.rows) lines.push(row.map(runsText).join('\t'));
        break;
      case 'signature':
        lines.push(
          block.name,
          block.title,
          ...(block.place !== undefined ? [block.place] : []),
          ...(block.date !== undefined ? [block.date] : []),
        );
        break;
      case 'chart':
        // The drawing's own labels repeat the table beside it: its title is what the page says of it.
        lines.push(block.title);
        break;
      case 'spacer':
      case 'pageBreak':
        break;
    }
  }
  return lines;
}
