/**
 * The merge language of letter templates, small on purpose so a legal officer can read it:
 *
 *   {{case.reference}}                    the value at a path
 *   {{#if path}} … {{else}} … {{/if}}     text kept when the value is present (else: when not)
 *   {{#each list}} … {{.code}} … {{/each}} text repeated per element of a list; inside,
 *                                          a path starting with a dot is a field of the element
 *   {{{{                                  a literal "{{"
 *
 * A value counts as present when it is non-empty text, a yes, a non-empty list or an object.
 * Spaces inside the braces are allowed (`{{ case.reference }}`). A tag never spans two runs of
 * different style, but an `if` or `each` may open in one run and close in another.
 */

import { problemWords, TAGS, type TemplateProblemWords } from './template-problem-words.js';

/** Where in a template a piece of text sits: the JSON path of a string, and a character offset in it. */
export interface TemplatePlace {
  path: readonly (string | number)[];
  offset: number;
  length: number;
}

/** `case.reference` (root) or `.code` (the element of the innermost each). */
export interface FieldRef {
  scope: 'root' | 'item';
  segments: readonly string[];
  /** As written, for messages. */
  text: string;
}

export type SyntaxProblemKind = 'unclosed_tag' | 'invalid_tag' | 'unbalanced';

export interface SyntaxProblem {
  kind: SyntaxProblemKind;
  /** What is wrong, worded from the catalogue (template-problem-words.ts). */
  words: TemplateProblemWords;
  place: TemplatePlace;
}

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
}

export type TemplateNode =
  | { kind: 'text'; text: string; style: RunStyle; place: TemplatePlace }
  | { kind: 'field'; ref: FieldRef; style: RunStyle; place: TemplatePlace }
  | { kind: 'if'; ref: FieldRef; then: TemplateNode[]; else: TemplateNode[] | null; place: TemplatePlace }
  | { kind: 'each'; ref: FieldRef; body: TemplateNode[]; place: TemplatePlace };

type Token =
  | { kind: 'text'; text: string; style: RunStyle; place: TemplatePlace }
  | { kind: 'field'; ref: FieldRef; style: RunStyle; place: TemplatePlace }
  | BlockOpenToken
  | { kind: 'else' | 'endif' | 'endeach'; place: TemplatePlace };

type BlockOpenToken = { kind: 'if' | 'each'; ref: FieldRef; place: TemplatePlace };

const SEGMENT = '[A-Za-z_][A-Za-z0-9_]*';
const REF = new RegExp(`^(\\.)?(${SEGMENT}(?:\\.${SEGMENT})*)$`);

/** Parses `case.reference` or `.code`; null when it is not a path. */
export function parseFieldRef(text: string): FieldRef | null {
  const match = REF.exec(text);
  if (!match) return null;
  return { scope: match[1] ? 'item' : 'root', segments: (match[2] as string).split('.'), text };
}

function tagToken(content: string, style: RunStyle, place: TemplatePlace): Token | SyntaxProblem {
  const body = content.trim();
  if (body === 'else') return { kind: 'else', place };
  if (body === '/if') return { kind: 'endif', place };
  if (body === '/each') return { kind: 'endeach', place };
  const block = /^#(if|each)\s+(\S+)$/.exec(body);
  const refText = block ? (block[2] as string) : body;
  const ref = parseFieldRef(refText);
  if (!ref) {
    const help = { tags: TAGS.all, literal: TAGS.literal, open: TAGS.open };
    const words =
      body === '' ? problemWords('emptyTag', help) : problemWords('notATag', { ...help, written: `{{${content}}}` });
    return { kind: 'invalid_tag', words, place };
  }
  if (block) return { kind: block[1] === 'if' ? 'if' : 'each', ref, place };
  return { kind: 'field', ref, style, place };
}

/** The tokens of one string (one run, or a line): literal text and tags, each with its place. */
function tokenize(
  text: string,
  path: readonly (string | number)[],
  style: RunStyle,
  tokens: Token[],
  problems: SyntaxProblem[],
): void {
  let literal = '';
  let literalStart = 0;
  const flush = (end: number): void => {
    if (literal)
      tokens.push({
        kind: 'text',
        text: literal,
        style,
        place: { path, offset: literalStart, length: end - literalStart },
      });
    literal = '';
  };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      if (!literal) literalStart = i;
      literal += text.slice(i);
      i = text.length;
      break;
    }
    if (!literal) literalStart = i;
    literal += text.slice(i, open);
    if (text.startsWith('{{{{', open)) {
      literal += '{{';
      i = open + 4;
      continue;
    }
    const close = text.indexOf('}}', open + 2);
    if (close < 0) {
      flush(open);
      problems.push({
        kind: 'unclosed_tag',
        words: problemWords('unclosedTag', { open: TAGS.open, close: TAGS.close, literal: TAGS.literal }),
        place: { path, offset: open, length: text.length - open },
      });
      return;
    }
    flush(open);
    const token = tagToken(text.slice(open + 2, close), style, { path, offset: open, length: close + 2 - open });
    if ('words' in token) problems.push(token);
    else tokens.push(token);
    i = close + 2;
    literalStart = i;
  }
  flush(text.length);
}

export interface TextSource {
  text: string;
  /** JSON path of this string inside the template. */
  path: readonly (string | number)[];
  style?: RunStyle;
}

export interface ParsedText {
  nodes: TemplateNode[];
  problems: SyntaxProblem[];
}

interface OpenBlock {
  token: BlockOpenToken;
  then: TemplateNode[];
  else: TemplateNode[] | null;
  elsePlace: TemplatePlace | null;
}

/**
 * Parses one unit of text (the runs of a paragraph, list item or cell; or a single line) into a
 * tree. Blocks that are not closed, closed in the wrong order or closed without being opened
 * are reported where they are; the tree is still built as far as it goes.
 */
export function parseTemplateText(sources: readonly TextSource[]): ParsedText {
  const tokens: Token[] = [];
  const problems: SyntaxProblem[] = [];
  for (const source of sources) tokenize(source.text, source.path, source.style ?? {}, tokens, problems);

  const root: TemplateNode[] = [];
  const stack: OpenBlock[] = [];
  const target = (): TemplateNode[] => {
    const top = stack[stack.length - 1];
    if (!top) return root;
    return top.else ?? top.then;
  };
  const close = (): void => {
    const block = stack.pop() as OpenBlock;
    const { token } = block;
    target().push(
      token.kind === 'if'
        ? { kind: 'if', ref: token.ref, then: block.then, else: block.else, place: token.place }
        : { kind: 'each', ref: token.ref, body: block.then, place: token.place },
    );
  };

  for (const token of tokens) {
    switch (token.kind) {
      case 'text':
      case 'field':
        target().push(
          token.kind === 'text'
            ? { kind: 'text', text: token.text, style: token.style, place: token.place }
            : { kind: 'field', ref: token.ref, style: token.style, place: token.place },
        );
        break;
      case 'if':
      case 'each':
        stack.push({ token, then: [], else: null, elsePlace: null });
        break;
      case 'else': {
        const top = stack[stack.length - 1];
        if (!top || top.token.kind !== 'if') {
          const tags = { elseTag: TAGS.else, ifTag: TAGS.opener('if') };
          problems.push({
            kind: 'unbalanced',
            words: top
              ? problemWords('elseInsideEach', { ...tags, eachTag: TAGS.openerOf('each', top.token.ref.text) })
              : problemWords('elseWithoutIf', tags),
            place: token.place,
          });
        } else if (top.else) {
          problems.push({
            kind: 'unbalanced',
            words: problemWords('secondElse', { elseTag: TAGS.else, ifTag: TAGS.openerOf('if', top.token.ref.text) }),
            place: token.place,
          });
        } else {
          top.else = [];
          top.elsePlace = token.place;
        }
        break;
      }
      case 'endif':
      case 'endeach': {
        const wanted = token.kind === 'endif' ? 'if' : 'each';
        const top = stack[stack.length - 1];
        if (!top) {
          problems.push({
            kind: 'unbalanced',
            words: problemWords('closerWithoutOpener', { closer: TAGS.closer(wanted), opener: TAGS.opener(wanted) }),
            place: token.place,
          });
        } else if (top.token.kind !== wanted) {
          problems.push({
            kind: 'unbalanced',
            words: problemWords('closesWrongBlock', {
              closer: TAGS.closer(wanted),
              opened: TAGS.openerOf(top.token.kind, top.token.ref.text),
              expected: TAGS.closer(top.token.kind),
            }),
            place: token.place,
          });
        } else {
          close();
        }
        break;
      }
    }
  }
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as OpenBlock;
    problems.push({
      kind: 'unbalanced',
      words: problemWords('notClosed', {
        opened: TAGS.openerOf(top.token.kind, top.token.ref.text),
        closer: TAGS.closer(top.token.kind),
      }),
      place: top.token.place,
    });
    close();
  }
  return { nodes: root, problems };
}

/** Literal text in which nothing is a tag: doubles every "{{" as the escape says. */
export function escapeTemplateText(text: string): string {
  return text.replace(/\{\{/g, '{{{{');
}
