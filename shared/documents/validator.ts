import { messageText } from '../i18n/messages.js';
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
import {
  problemWords,
  TAGS,
  templatePlaceText,
  templateProblemText,
  type Say,
  type TemplateProblemWords,
} from './template-problem-words.js';

/**
 * Checks one template against the merge data its recipient gets, and names the exact place of
 * every problem: the JSON path of the string and the character offset in it; what is wrong is a
 * catalogue key with its params (template-problem-words.ts), worded where it is shown.
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
  /** What is wrong, for the reader's language. */
  words: TemplateProblemWords;
  /** In English (the command line, logs): `words` and the place, worded from the English catalogue. */
  message: string;
  where: string;
}

/** The command line's and logs' words: English, from the catalogue like every other language's. */
const say: Say = (key, params) => messageText('en', key, params);

type Usage = 'value' | 'condition' | 'list';

interface Scope {
  /** The element of each open `each`, innermost last, with the list's path as written. */
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
    private readonly template: unknown,
  ) {}

  report(kind: TemplateProblemKind, words: TemplateProblemWords, place: TemplatePlace): void {
    this.problems.push({
      kind,
      language: this.language,
      path: [...place.path],
      offset: place.offset,
      length: place.length,
      words,
      message: templateProblemText(say, words),
      where: templatePlaceText(say, 'en', place.path, place.offset, this.template),
    });
  }

  /** Checks a path used as a value, a condition or a list; returns the list's element when usage is 'list'. */
  private checkRef(ref: FieldRef, usage: Usage, scope: Scope, place: TemplatePlace): FieldNode | null {
    const written = ref.text;
    let start: FieldNode = MERGE_SCHEMA;
    let prefix: string[] = [];
    if (ref.scope === 'item') {
      const item = scope.items[scope.items.length - 1];
      if (!item) {
        this.report('outside_each', problemWords('outsideEach', { written, eachTag: TAGS.eachAny }), place);
        return null;
      }
      start = item.node;
      prefix = [item.listPath];
    }
    const found = lookupField(start, ref.segments, this.recipient, prefix);
    if (!found.found) {
      if (found.throughList !== null) {
        const list = found.throughList;
        const eachTag = TAGS.openerOf('each', list);
        this.report(
          'not_a_value',
          problemWords('throughList', { list, eachTag, itemTag: TAGS.item(found.missing) }),
          place,
        );
      } else {
        const suggestion = closest(found.missing, found.known);
        const missing = found.missing;
        this.report(
          'unknown_field',
          suggestion
            ? problemWords('unknownFieldSuggestion', { written, missing, suggestion })
            : problemWords('unknownField', { written, missing }),
          place,
        );
      }
      return null;
    }
    if (!found.visible) {
      const { recipient } = this;
      const because = found.node.hint;
      this.report(
        'not_visible',
        because
          ? problemWords('notVisibleBecause', { written, recipient, because })
          : problemWords('notVisible', { written, recipient }),
        place,
      );
      return null;
    }
    const { node } = found;
    if (usage === 'list' && node.kind !== 'list') {
      this.report('not_a_list', problemWords('notAList', { written, eachTag: TAGS.opener('each') }), place);
      return null;
    }
    if (usage === 'value' && node.kind !== 'text') {
      const words =
        node.kind === 'flag'
          ? problemWords('isFlag', { written, ifTag: TAGS.openerOf('if', written), endTag: TAGS.closer('if') })
          : node.kind === 'list'
            ? problemWords('isList', { written, eachTag: TAGS.openerOf('each', written), endTag: TAGS.closer('each') })
            : problemWords('isGroup', { written });
      this.report('not_a_value', words, place);
      return null;
    }
    return usage === 'list' && node.kind === 'list' ? node.item : null;
  }

  private checkNodes(nodes: readonly TemplateNode[], scope: Scope): void {
    for (const node of nodes) {
      switch (node.kind) {
        case 'text':
          break;
        case 'field':
          this.checkRef(node.ref, 'value', scope, node.place);
          break;
        case 'if':
          this.checkRef(node.ref, 'condition', scope, node.place);
          this.checkNodes(node.then, scope);
          if (node.else) this.checkNodes(node.else, scope);
          break;
        case 'each': {
          const item = this.checkRef(node.ref, 'list', scope, node.place);
          // Inside a list that failed its check, element paths cannot be checked: skip them, not report them twice.
          if (item) this.checkNodes(node.body, { items: [...scope.items, { node: item, listPath: node.ref.text }] });
          break;
        }
      }
    }
  }

  /** One unit of text: several runs or a single line. */
  checkText(sources: readonly TextSource[], scope: Scope): void {
    const parsed = parseTemplateText(sources);
    for (const problem of parsed.problems) this.report(problem.kind, problem.words, problem.place);
    this.checkNodes(parsed.nodes, scope);
  }

  checkLine(text: string | undefined, path: (string | number)[], scope: Scope): void {
    if (text !== undefined) this.checkText([{ text, path }], scope);
  }

  checkRuns(runs: readonly TemplateRun[], path: (string | number)[], scope: Scope): void {
    const sources = runs.map((run, index) => ({
      text: run.text,
      path: [...path, index, 'text'],
      style: { ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) },
    }));
    this.checkText(sources, scope);
  }

  /** A block-level path (`each`, `when`, `if`); returns the new scope for what it governs. */
  checkBlockPath(text: string, usage: Usage, path: (string | number)[], scope: Scope): Scope | null {
    const place: TemplatePlace = { path, offset: 0, length: text.length };
    const ref = parseFieldRef(text.trim());
    if (!ref) {
      this.report('invalid_tag', problemWords('notAPath', { written: text }), place);
      return null;
    }
    const item = this.checkRef(ref, usage, scope, place);
    if (usage !== 'list') return scope;
    return item ? { items: [...scope.items, { node: item, listPath: ref.text }] } : null;
  }

  /** `each` then `when` of a list item or table row: the scope its text sees, or null when the list is broken. */
  private repeatScope(
    element: { each?: string | undefined; when?: string | undefined },
    path: (string | number)[],
    scope: Scope,
  ): Scope | null {
    let inner: Scope | null = scope;
    if (element.each !== undefined) inner = this.checkBlockPath(element.each, 'list', [...path, 'each'], scope);
    if (inner && element.when !== undefined) this.checkBlockPath(element.when, 'condition', [...path, 'when'], inner);
    return inner;
  }

  checkBlocks(blocks: readonly TemplateBlock[], path: (string | number)[], scope: Scope): void {
    blocks.forEach((block, index) => {
      const here = [...path, index];
      switch (block.kind) {
        case 'letterhead':
          block.lines.forEach((line, i) => this.checkLine(line, [...here, 'lines', i], scope));
          break;
        case 'heading':
        case 'paragraph':
          this.checkRuns(block.runs, [...here, 'runs'], scope);
          break;
        case 'list':
          block.items.forEach((item, i) => {
            const inner = this.repeatScope(item, [...here, 'items', i], scope);
            if (inner) this.checkRuns(item.runs, [...here, 'items', i, 'runs'], inner);
          });
          break;
        case 'table':
          block.columns.forEach((column, i) => this.checkLine(column.header, [...here, 'columns', i, 'header'], scope));
          block.rows.forEach((row, i) => {
            const inner = this.repeatScope(row, [...here, 'rows', i], scope);
            if (inner) row.cells.forEach((cell, c) => this.checkRuns(cell, [...here, 'rows', i, 'cells', c], inner));
          });
          break;
        case 'signature':
          for (const field of ['name', 'title', 'place', 'date'] as const)
            this.checkLine(block[field], [...here, field], scope);
          break;
        case 'spacer':
        case 'pageBreak':
          break;
        case 'if':
          this.checkBlockPath(block.path, 'condition', [...here, 'path'], scope);
          this.checkBlocks(block.then, [...here, 'then'], scope);
          if (block.else) this.checkBlocks(block.else, [...here, 'else'], scope);
          break;
        case 'each': {
          const inner = this.checkBlockPath(block.path, 'list', [...here, 'path'], scope);
          if (inner) this.checkBlocks(block.blocks, [...here, 'blocks'], inner);
          break;
        }
      }
    });
  }
}

/** Problems of one language version, for the template's recipient; `template` (the source) names the blocks' kinds. */
export function validateTemplateContent(
  content: TemplateContent,
  recipient: Recipient,
  language: DocumentLanguage,
  template: unknown = { languages: { [language]: content } },
): TemplateProblem[] {
  const checker = new TemplateChecker(recipient, language, template);
  const root = ['languages', language];
  const scope: Scope = { items: [] };
  checker.checkLine(content.title, [...root, 'title'], scope);
  for (const band of ['header', 'footer'] as const) {
    for (const side of ['left', 'right'] as const) checker.checkLine(content[band][side], [...root, band, side], scope);
  }
  checker.checkBlocks(content.blocks, [...root, 'blocks'], scope);
  return checker.problems;
}

/** Problems of every language the template has. An empty list: it may be used. */
export function validateTemplate(template: Template): TemplateProblem[] {
  return templateLanguages(template).flatMap((language) =>
    validateTemplateContent(template.languages[language] as TemplateContent, template.recipient, language, template),
  );
}
