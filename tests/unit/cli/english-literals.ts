import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Words a person reads, written as literals where the command line prints them: the message
 * argument of usage(), new CliFailure(), and an Output's or a stream's result/note/error/write.
 * Two words in a row is a phrase (a flag such as `--case`, a code or a path is not).
 */
const PHRASE = /\p{L}{2,}[\s,:;’']+\p{L}{2,}/u;

export interface PrintedLiteral {
  file: string;
  line: number;
  text: string;
}

/** The argument that holds the words, for each way the CLI prints or fails. */
function messageArgument(node: ts.Node): ts.Expression | undefined {
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    if (ts.isIdentifier(callee) && callee.text === 'usage') return node.arguments[0];
    if (ts.isPropertyAccessExpression(callee) && ['result', 'note', 'write', 'error'].includes(callee.name.text)) {
      return node.arguments[0];
    }
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'CliFailure') {
    return node.arguments?.[1];
  }
  return undefined;
}

/** The literal texts inside an expression: strings, template pieces, both sides of `?:` and `+`. */
function literalTexts(expression: ts.Node): string[] {
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      // A substitution stands between words: `Unknown ${name} option` is one phrase.
      texts.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' '));
    }
    // A function's own body (a callback) prints through its own calls, checked where they are.
    if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) ts.forEachChild(node, visit);
  };
  visit(expression);
  return (
    texts
      // A command line to type (`casefile --vault DIR init`) is written as typed, in any language.
      .filter((text) => !/^casefile /.test(text))
      .map((text) =>
        text
          .replace(/--?[\w-]+/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((text) => PHRASE.test(text))
  );
}

export const printedLiteralsIn = (file: string, root: string): PrintedLiteral[] =>
  printedLiteralsInText(relative(root, file), readFileSync(file, 'utf8'));

/**
 * Words in English written apart from the print call, anywhere in a module: a table of field names,
 * a `cond ? 'works while locked' : …` kept in a variable, a label handed to a helper that prints it.
 * Any literal whose text, once what is typed as is is taken out (options, `a|b` alternatives, a command
 * line to type, the message of an Error for developers), still has a word followed by a lowercase word,
 * or puts a line together in English (ASSEMBLED).
 */
const SENTENCE = /\p{L}{2,} \p{Ll}{2,}/u;
const TYPED = /^(casefile|openssl) (?!:)/;
const TYPED_PROPERTIES = new Set(['synopsis', 'headline']);

/**
 * The shape of a line written in English where pieces are put together: the word Id before an id, a Latin
 * `;` between facts, the program's name and a colon before a failure. Each language writes its own
 * (`المعرّف:`, the Arabic `؛`, French `Id :`, ` ; ` and `casefile : `): the catalogue's `line` and
 * `output` words put a line together.
 */
const ASSEMBLED = /\bId\s?:|;|^casefile\s?:/;

function sentenceText(text: string): string | undefined {
  const trimmed = text.trim();
  if (TYPED.test(trimmed)) return undefined;
  if (ASSEMBLED.test(trimmed)) return trimmed;
  // What is taken out leaves a break, so the words on either side never read as one phrase.
  const words = trimmed
    .replace(/--?[\w-]+/g, ' | ')
    .replace(/\S*\|\S*/g, ' | ')
    .replace(/\s+/g, ' ')
    .trim();
  return SENTENCE.test(words) ? words : undefined;
}

/**
 * A colon put after a word in code (`${name}:`, `${name}: ${value}`), as English writes it: French
 * writes ` :`, so a field's name and its colon come from the catalogue's `line.label` or `line.about`.
 * A colon between two values (`${hour}:${minute}`) is not one.
 */
function colonAfterWord(node: ts.TemplateExpression): boolean {
  return node.templateSpans.some(
    (span, at) => /^:\s/.test(span.literal.text) || (span.literal.text === ':' && at === node.templateSpans.length - 1),
  );
}

export const writtenApartIn = (file: string, root: string): PrintedLiteral[] =>
  writtenApartInText(relative(root, file), readFileSync(file, 'utf8'));

/** The same, in a source given as text. */
export function writtenApartInText(name: string, text: string): PrintedLiteral[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: PrintedLiteral[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    // A command's synopsis and headline are what is typed (`letter templates|render`), in every language.
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && TYPED_PROPERTIES.has(node.name.text)) return;
    // An internal error's message is for developers and never printed (internal-error.ts withholds it).
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Error') return;
    let literal: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    else if (ts.isTemplateExpression(node)) {
      literal = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
    }
    const sentence =
      literal === undefined
        ? undefined
        : ts.isTemplateExpression(node) && colonAfterWord(node)
          ? literal.trim()
          : sentenceText(literal);
    if (sentence !== undefined) {
      found.push({ file: name, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: sentence });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The same, in a source given as text (`name` is what the findings call it). */
export function printedLiteralsInText(name: string, text: string): PrintedLiteral[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: PrintedLiteral[] = [];
  const visit = (node: ts.Node): void => {
    const argument = messageArgument(node);
    if (argument) {
      for (const text of literalTexts(argument)) {
        const line = source.getLineAndCharacterOfPosition(argument.getStart()).line + 1;
        found.push({ file: name, line, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
