import { labelText } from '../i18n/labels.js';
import type { DocumentLanguage } from './document-model.js';
import { lookupField, MERGE_SCHEMA, type FieldNode } from './merge-fields.js';
import {
  parseFieldRef,
  parseTemplateText,
  type FieldRef,
  type TemplateNode,
  type TemplatePlace,
  type TextSource,
} from './template-language.js';
import {
  templateLanguages,
  type Recipient,
  type Template,
  type TemplateBlock,
  type TemplateContent,
  type TemplateRun,
} from './template.js';

/**
 * Checks one template against the merge data its recipient gets, and names the exact place of
 * every problem: the JSON path of the string, the character offset in it, and the same in words
 * ("French, block 4 (paragraph), run 2, character 13").
 */

export const TEMPLATE_PROBLEM_KINDS = [
  'unclosed_tag',
  'invalid_tag',
  'unbalanced',
  'unknown_field',
  'not_visible',
  'not_a_list',
  'not_a_value',
  'outside_each',
] as const;
export type TemplateProblemKind = (typeof TEMPLATE_PROBLEM_KINDS)[number];

export interface TemplateProblem {
  kind: TemplateProblemKind;
  language: DocumentLanguage;
  /** From the template's root, e.g. ['languages', 'fr', 'blocks', 3, 'runs', 1, 'text']. */
  path: (string | number)[];
  /** Character offset of the problem in that string, and how many characters it covers. */
  offset: number;
  length: number;
  message: string;
  /** The place in words, for people. */
  where: string;
}

/**
 * The validator's sentences are English (the editor shows them as written); the words of a value in
 * them come from the English label catalogue, the one place each value's words are kept.
 */
const WORDS = 'en';

type Usage = 'value' | 'condition' | 'list';

interface Scope {
  /** The element of each open `each`, innermost last, with the list's path for messages. */
  items: { node: FieldNode; listPath: string }[];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(
        current + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] as number;
}

function closest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

class TemplateChecker {
  readonly problems: TemplateProblem[] = [];

  constructor(
    private readonly recipient: Recipient,
    private readonly language: DocumentLanguage,
  ) {}

  private report(kind: TemplateProblemKind, message: string, place: TemplatePlace, where: string): void {
    this.problems.push({
      kind,
      language: this.language,
      path: [...place.path],
      offset: place.offset,
      length: place.length,
      message,
      where,
    });
  }

  /** Checks a path used as a value, a condition or a list; returns the list's element when usage is 'list'. */
  private checkRef(ref: FieldRef, usage: Usage, scope: Scope, place: TemplatePlace, where: string): FieldNode | null {
    const shown = `"${ref.text}"`;
    let start: FieldNode = MERGE_SCHEMA;
    let prefix: string[] = [];
    if (ref.scope === 'item') {
      const item = scope.items[scope.items.length - 1];
      if (!item) {
        this.report(
          'outside_each',
          `${shown} reads an element of a list, but it is not inside {{#each …}}`,
          place,
          where,
        );
        return null;
      }
      start = item.node;
      prefix = [item.listPath];
    }
    const found = lookupField(start, ref.segments, this.recipient, prefix);
    if (!found.found) {
      if (found.throughList !== null) {
        this.report(
          'not_a_value',
          `"${found.throughList}" is a list: repeat over it with {{#each ` +
            `${found.throughList}}} and write {{.${found.missing}}} inside`,
          place,
          where,
        );
      } else {
        const suggestion = closest(found.missing, found.known);
        this.report(
          'unknown_field',
          `${shown}: there is no field "${found.missing}" here${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          place,
          where,
        );
      }
      return null;
    }
    if (!found.visible) {
      const { node } = found;
      const because = node.hint ? `: ${node.hint}` : '';
      this.report(
        'not_visible',
        `${shown} may not appear in ${labelText(WORDS, 'recipientLettersInText', this.recipient)}${because}`,
        place,
        where,
      );
      return null;
    }
    const { node } = found;
    if (usage === 'list' && node.kind !== 'list') {
      this.report(
        'not_a_list',
        `${shown} is not a list: {{#each}} repeats over a list (such as victims or evidence)`,
        place,
        where,
      );
      return null;
    }
    if (usage === 'value' && node.kind !== 'text') {
      const what =
        node.kind === 'flag'
          ? `is a yes/no field: use it as {{#if ${ref.text}}}…{{/if}}`
          : node.kind === 'list'
            ? `is a list: repeat over it with {{#each ${ref.text}}}…{{/each}}`
            : 'is a group of fields: name one of them';
      this.report('not_a_value', `${shown} ${what}`, place, where);
      return null;
    }
    return usage === 'list' && node.kind === 'list' ? node.item : null;
  }

  private checkNodes(nodes: readonly TemplateNode[], scope: Scope, whereOf: (place: TemplatePlace) => string): void {
    for (const node of nodes) {
      switch (node.kind) {
        case 'text':
          break;
        case 'field':
          this.checkRef(node.ref, 'value', scope, node.place, whereOf(node.place));
          break;
        case 'if':
          this.checkRef(node.ref, 'condition', scope, node.place, whereOf(node.place));
          this.checkNodes(node.then, scope, whereOf);
          if (node.else) this.checkNodes(node.else, scope, whereOf);
          break;
        case 'each': {
          const item = this.checkRef(node.ref, 'list', scope, node.place, whereOf(node.place));
          // Inside a list that failed its check, element paths cannot be checked: skip them, not report them twice.
          if (item)
            this.checkNodes(node.body, { items: [...scope.items, { node: item, listPath: node.ref.text }] }, whereOf);
          break;
        }
      }
    }
  }

  /** One unit of text: several runs (numbered in messages) or a single line. */
  checkText(sources: readonly TextSource[], scope: Scope, where: string, numbered: boolean): void {
    const whereOf = (place: TemplatePlace): string => {
      const index = numbered ? sources.findIndex((source) => source.path === place.path) : -1;
      return `${where}${index >= 0 ? `, run ${index + 1}` : ''}, character ${place.offset + 1}`;
    };
    const parsed = parseTemplateText(sources);
    for (const problem of parsed.problems)
      this.report(problem.kind, problem.message, problem.place, whereOf(problem.place));
    this.checkNodes(parsed.nodes, scope, whereOf);
  }

  checkLine(text: string | undefined, path: (string | number)[], scope: Scope, where: string): void {
    if (text !== undefined) this.checkText([{ text, path }], scope, where, false);
  }

  checkRuns(runs: readonly TemplateRun[], path: (string | number)[], scope: Scope, where: string): void {
    const sources = runs.map((run, index) => ({
      text: run.text,
      path: [...path, index, 'text'],
      style: { ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) },
    }));
    this.checkText(sources, scope, where, true);
  }

  /** A block-level path (`each`, `when`, `if`); returns the new scope for what it governs. */
  checkBlockPath(text: string, usage: Usage, path: (string | number)[], scope: Scope, where: string): Scope | null {
    const place: TemplatePlace = { path, offset: 0, length: text.length };
    const ref = parseFieldRef(text.trim());
    if (!ref) {
      this.report(
        'invalid_tag',
        `"${text}" is not a path such as case.reference or .code`,
        place,
        `${where}, character 1`,
      );
      return null;
    }
    const item = this.checkRef(ref, usage, scope, place, `${where}, character 1`);
    if (usage !== 'list') return scope;
    return item ? { items: [...scope.items, { node: item, listPath: ref.text }] } : null;
  }

  /** `each` then `when` of a list item or table row: the scope its text sees, or null when the list is broken. */
  private repeatScope(
    element: { each?: string | undefined; when?: string | undefined },
    path: (string | number)[],
    scope: Scope,
    where: string,
  ): Scope | null {
    let inner: Scope | null = scope;
    if (element.each !== undefined)
      inner = this.checkBlockPath(element.each, 'list', [...path, 'each'], scope, `${where} (each)`);
    if (inner && element.when !== undefined)
      this.checkBlockPath(element.when, 'condition', [...path, 'when'], inner, `${where} (when)`);
    return inner;
  }

  checkBlocks(blocks: readonly TemplateBlock[], path: (string | number)[], scope: Scope, where: string): void {
    blocks.forEach((block, index) => {
      const here = [...path, index];
      const label = `${where}block ${index + 1} (${block.kind})`;
      switch (block.kind) {
        case 'letterhead':
          block.lines.forEach((line, i) =>
            this.checkLine(line, [...here, 'lines', i], scope, `${label}, line ${i + 1}`),
          );
          break;
        case 'heading':
        case 'paragraph':
          this.checkRuns(block.runs, [...here, 'runs'], scope, label);
          break;
        case 'list':
          block.items.forEach((item, i) => {
            const itemWhere = `${label}, item ${i + 1}`;
            const inner = this.repeatScope(item, [...here, 'items', i], scope, itemWhere);
            if (inner) this.checkRuns(item.runs, [...here, 'items', i, 'runs'], inner, itemWhere);
          });
          break;
        case 'table':
          block.columns.forEach((column, i) =>
            this.checkLine(column.header, [...here, 'columns', i, 'header'], scope, `${label}, column ${i + 1} header`),
          );
          block.rows.forEach((row, i) => {
            const rowWhere = `${label}, row ${i + 1}`;
            const inner = this.repeatScope(row, [...here, 'rows', i], scope, rowWhere);
            if (inner)
              row.cells.forEach((cell, c) =>
                this.checkRuns(cell, [...here, 'rows', i, 'cells', c], inner, `${rowWhere}, cell ${c + 1}`),
              );
          });
          break;
        case 'signature':
          for (const field of ['name', 'title', 'place', 'date'] as const)
            this.checkLine(block[field], [...here, field], scope, `${label}, ${field}`);
          break;
        case 'spacer':
        case 'pageBreak':
          break;
        case 'if':
          this.checkBlockPath(block.path, 'condition', [...here, 'path'], scope, label);
          this.checkBlocks(block.then, [...here, 'then'], scope, `${label} › then: `);
          if (block.else) this.checkBlocks(block.else, [...here, 'else'], scope, `${label} › else: `);
          break;
        case 'each': {
          const inner = this.checkBlockPath(block.path, 'list', [...here, 'path'], scope, label);
          if (inner) this.checkBlocks(block.blocks, [...here, 'blocks'], inner, `${label} › `);
          break;
        }
      }
    });
  }
}

/** Problems of one language version, for the template's recipient. */
export function validateTemplateContent(
  content: TemplateContent,
  recipient: Recipient,
  language: DocumentLanguage,
): TemplateProblem[] {
  const checker = new TemplateChecker(recipient, language);
  const root = ['languages', language];
  const scope: Scope = { items: [] };
  const name = labelText(WORDS, 'documentLanguage', language);
  checker.checkLine(content.title, [...root, 'title'], scope, `${name}, title`);
  for (const band of ['header', 'footer'] as const) {
    for (const side of ['left', 'right'] as const) {
      checker.checkLine(content[band][side], [...root, band, side], scope, `${name}, ${band} ${side}`);
    }
  }
  checker.checkBlocks(content.blocks, [...root, 'blocks'], scope, `${name}, `);
  return checker.problems;
}

/** Problems of every language the template has. An empty list: it may be used. */
export function validateTemplate(template: Template): TemplateProblem[] {
  return templateLanguages(template).flatMap((language) =>
    validateTemplateContent(template.languages[language] as TemplateContent, template.recipient, language),
  );
}
