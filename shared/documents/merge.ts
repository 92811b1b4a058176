import {
  DIRECTION_OF_LANGUAGE,
  DocumentModel,
  escapePageText,
  type DocumentBlock,
  type DocumentLanguage,
  type DocumentRun,
  type PageBand,
  type PageSize,
} from './document-model.js';
import type { MergeData, MergeValue } from './merge-data.js';
import {
  parseFieldRef,
  parseTemplateText,
  type FieldRef,
  type RunStyle,
  type TemplateNode,
  type TextSource,
} from './template-language.js';
import type { Template, TemplateBlock, TemplateContent, TemplatePageBand, TemplateRun } from './template.js';
import { validateTemplateContent, type TemplateProblem } from './validator.js';
import { documentLabelText } from '../i18n/labels.js';
import type { ReasonRef } from '../i18n/catalogue.js';
import { messageText } from '../i18n/messages.js';

/**
 * Template + merge data + language → DocumentModel. Values are placed literally: a value that
 * holds `{{x}}`, `<b>` or a page placeholder comes out as those characters, never as syntax.
 *
 * Every character of the output (template text and values) is cleaned the same way: a line
 * break (CR LF or CR alone) becomes `\n`; `\n` and `\t` stay; every other control character
 * (C0, DEL, C1), the bidirectional embedding/override/isolate marks (U+202A–U+202E,
 * U+2066–U+2069, which could silently reorder the letter's text around a value), lone
 * surrogates and the non-characters U+FFFE/U+FFFF (which XML cannot carry) are removed.
 *
 * In a right-to-left letter, each line of a value is then wrapped in a first-strong isolate
 * (U+2068 … U+2069): an address or a sentence typed in Latin letters keeps its own order inside
 * an Arabic sentence ("866 United Nations Plaza", not "United Nations Plaza 866"), and an Arabic
 * name its own inside Latin text. These are the only isolate marks a letter holds.
 */

const REMOVED = new RegExp(
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFFFF]' +
    '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);

export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(REMOVED, '');
}

/** Each non-blank line of a cleaned value as a first-strong isolate. */
function isolated(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : `\u2068${line}\u2069`))
    .join('\n');
}

/** The cleaned text of a segment; a value's isolated when the letter is right to left. */
const segmentText = (segment: Segment, rtl: boolean): string =>
  segment.fromValue && rtl ? isolated(cleanText(segment.text)) : cleanText(segment.text);

export class TemplateMergeError extends Error {
  constructor(
    readonly code: 'LANGUAGE_MISSING' | 'TEMPLATE_INVALID',
    readonly refusal: ReasonRef,
    readonly problems: readonly TemplateProblem[] = [],
  ) {
    super(messageText('en', `errors.${refusal.reason}`, refusal.params));
    this.name = 'TemplateMergeError';
  }
}

interface Segment {
  text: string;
  style: RunStyle;
  /** True for text that came from a value (never syntax of any kind). */
  fromValue: boolean;
}

type Items = readonly MergeValue[];

function resolve(ref: FieldRef, data: MergeData, items: Items): MergeValue | undefined {
  let value: MergeValue | undefined = ref.scope === 'root' ? data : items[items.length - 1];
  for (const segment of ref.segments) {
    if (value === undefined || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, segment))
      return undefined;
    value = value[segment];
  }
  return value;
}

/** Present: non-blank text, yes, a non-empty list, or an object. */
export function isPresent(value: MergeValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function evaluate(nodes: readonly TemplateNode[], data: MergeData, items: Items, out: Segment[]): void {
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        out.push({ text: node.text, style: node.style, fromValue: false });
        break;
      case 'field': {
        const value = resolve(node.ref, data, items);
        if (typeof value === 'string') out.push({ text: value, style: node.style, fromValue: true });
        break;
      }
      case 'if':
        evaluate(isPresent(resolve(node.ref, data, items)) ? node.then : (node.else ?? []), data, items, out);
        break;
      case 'each': {
        const list = resolve(node.ref, data, items);
        if (Array.isArray(list)) for (const element of list) evaluate(node.body, data, [...items, element], out);
        break;
      }
    }
  }
}

function segmentsOf(sources: readonly TextSource[], data: MergeData, items: Items): Segment[] {
  const parsed = parseTemplateText(sources);
  const out: Segment[] = [];
  evaluate(parsed.nodes, data, items, out);
  return out;
}

function runsOf(runs: readonly TemplateRun[], data: MergeData, items: Items, rtl: boolean): DocumentRun[] {
  const sources = runs.map((run) => ({
    text: run.text,
    path: [],
    style: { ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) },
  }));
  const merged: DocumentRun[] = [];
  for (const segment of segmentsOf(sources, data, items)) {
    const text = segmentText(segment, rtl);
    if (!text) continue;
    const last = merged[merged.length - 1];
    if (last && !!last.bold === !!segment.style.bold && !!last.italic === !!segment.style.italic) {
      last.text += text;
    } else {
      merged.push({
        text,
        ...(segment.style.bold ? { bold: true } : {}),
        ...(segment.style.italic ? { italic: true } : {}),
      });
    }
  }
  return merged;
}

function lineOf(text: string, data: MergeData, items: Items, rtl: boolean): string {
  return segmentsOf([{ text, path: [] }], data, items)
    .map((segment) => segmentText(segment, rtl))
    .join('');
}

/**
 * Header/footer text: the template's `{page}`/`{pages}` stay placeholders, every other brace (and every value) is
 * literal.
 */
function pageTextOf(text: string, data: MergeData, rtl: boolean): string {
  return segmentsOf([{ text, path: [] }], data, [])
    .map((segment) =>
      segment.fromValue
        ? escapePageText(segmentText(segment, rtl))
        : cleanText(segment.text)
            .split(/(\{pages?\})/)
            .map((part, index) => (index % 2 === 1 ? part : escapePageText(part)))
            .join(''),
    )
    .join('');
}

function pageBandOf(band: TemplatePageBand, data: MergeData, rtl: boolean): PageBand {
  const out: PageBand = {};
  for (const side of ['left', 'right'] as const) {
    const text = band[side];
    if (text !== undefined) {
      const merged = pageTextOf(text, data, rtl);
      if (merged.trim()) out[side] = merged;
    }
  }
  return out;
}

const hasText = (runs: readonly DocumentRun[]): boolean => runs.some((run) => run.text.trim() !== '');

const refOf = (path: string): FieldRef => {
  const ref = parseFieldRef(path.trim());
  // Validation ran first: a block path that is not a path cannot reach here.
  if (!ref) throw new TypeError('unvalidated block path');
  return ref;
};

/** The scopes a repeatable list item or table row is merged in: one per element kept. */
function repetitions(
  element: { each?: string | undefined; when?: string | undefined },
  data: MergeData,
  items: Items,
): Items[] {
  let scopes: Items[] = [items];
  if (element.each !== undefined) {
    const list = resolve(refOf(element.each), data, items);
    scopes = Array.isArray(list) ? list.map((value) => [...items, value]) : [];
  }
  if (element.when !== undefined) {
    const when = refOf(element.when);
    scopes = scopes.filter((scope) => isPresent(resolve(when, data, scope)));
  }
  return scopes;
}

/**
 * Merge drops what came out empty: a heading, paragraph or list item without text, a list or
 * table without items or rows, a letterhead line or signature place/date left blank. A blank
 * line on purpose is a `spacer` block.
 */
function mergeBlocks(
  blocks: readonly TemplateBlock[],
  data: MergeData,
  items: Items,
  out: DocumentBlock[],
  rtl: boolean,
): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'letterhead':
        out.push({
          kind: 'letterhead',
          lines: block.lines.map((line) => lineOf(line, data, items, rtl)).filter((line) => line.trim() !== ''),
          logo: block.logo,
        });
        break;
      case 'heading':
      case 'paragraph': {
        const runs = runsOf(block.runs, data, items, rtl);
        if (!hasText(runs)) break;
        if (block.kind === 'heading') out.push({ kind: 'heading', level: block.level, runs });
        else out.push({ kind: 'paragraph', runs, ...(block.align ? { align: block.align } : {}) });
        break;
      }
      case 'list': {
        const listItems = block.items
          .flatMap((item) => repetitions(item, data, items).map((scope) => runsOf(item.runs, data, scope, rtl)))
          .filter(hasText);
        if (listItems.length > 0) out.push({ kind: 'list', ordered: block.ordered, items: listItems });
        break;
      }
      case 'table': {
        const rows = block.rows
          .flatMap((row) =>
            repetitions(row, data, items).map((scope) => row.cells.map((cell) => runsOf(cell, data, scope, rtl))),
          )
          .filter((cells) => cells.some(hasText));
        if (rows.length > 0) {
          out.push({
            kind: 'table',
            columns: block.columns.map((column) => ({
              header: lineOf(column.header, data, items, rtl),
              widthPercent: column.widthPercent,
            })),
            rows,
          });
        }
        break;
      }
      case 'signature': {
        const place = block.place !== undefined ? lineOf(block.place, data, items, rtl) : '';
        const date = block.date !== undefined ? lineOf(block.date, data, items, rtl) : '';
        out.push({
          kind: 'signature',
          name: lineOf(block.name, data, items, rtl),
          title: lineOf(block.title, data, items, rtl),
          ...(place.trim() ? { place } : {}),
          ...(date.trim() ? { date } : {}),
        });
        break;
      }
      case 'spacer':
      case 'pageBreak':
        out.push({ kind: block.kind });
        break;
      case 'if':
        mergeBlocks(
          isPresent(resolve(refOf(block.path), data, items)) ? block.then : (block.else ?? []),
          data,
          items,
          out,
          rtl,
        );
        break;
      case 'each': {
        const list = resolve(refOf(block.path), data, items);
        if (Array.isArray(list))
          for (const element of list) mergeBlocks(block.blocks, data, [...items, element], out, rtl);
        break;
      }
    }
  }
}

export interface MergeOptions {
  /** Overrides the template's default page size. */
  pageSize?: PageSize;
}

/**
 * Merges one language of a template with data built for its recipient (buildMergeData).
 * Refuses a template that has problems: a letter is never made from one.
 */
export function mergeTemplate(
  template: Template,
  language: DocumentLanguage,
  data: MergeData,
  options: MergeOptions = {},
): DocumentModel {
  const content: TemplateContent | undefined = template.languages[language];
  if (!content)
    throw new TemplateMergeError('LANGUAGE_MISSING', { reason: 'letters.noLanguageText', params: { language } });
  const problems = validateTemplateContent(content, template.recipient, language);
  if (problems.length > 0) {
    throw new TemplateMergeError(
      'TEMPLATE_INVALID',
      { reason: 'letters.templateProblems', params: { total: problems.length } },
      problems,
    );
  }
  const blocks: DocumentBlock[] = [];
  const rtl = DIRECTION_OF_LANGUAGE[language] === 'rtl';
  mergeBlocks(content.blocks, data, [], blocks, rtl);
  return DocumentModel.parse({
    pageSize: options.pageSize ?? template.pageSize,
    language,
    direction: DIRECTION_OF_LANGUAGE[language],
    // The title is the file's metadata, never laid out in a line: no isolate marks.
    title: lineOf(content.title, data, [], false),
    header: pageBandOf(content.header, data, rtl),
    footer: pageBandOf(content.footer, data, rtl),
    confidentialityMarking: documentLabelText(language, 'confidentialityMarking', template.confidentiality),
    blocks,
  });
}
