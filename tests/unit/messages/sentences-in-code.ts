import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/**
 * The sentences a source file holds in its string and template literals: a literal with three words in a
 * row is a sentence someone will read, and belongs in a catalogue; so does a unit (MiB) written in code,
 * which the reader's language spells its own way (Mio, ميغابايت). Not words for a person: SQL, markup, and
 * the message of a plain Error or of a zod check (the core reports a plain Error as an internal failure,
 * and the renderer says each zod issue from its kind: renderer/components/validation.ts).
 */

const SENTENCE = /\p{L}+[\s,:;’']+\p{L}+[\s,:;’']+\p{L}+/u;
const UNIT = /(?<![\p{L}\d_-])(KiB|MiB|GiB|TiB|KB|MB|GB|TB)(?![\p{L}\d_])/u;
const SQL_START = /^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|WITH)\b/;
/** A clause of a query built in pieces: SQL keywords are written in capitals in this code base. */
const SQL_CLAUSE =
  /\b(FROM|WHERE|ORDER BY|GROUP BY|JOIN|IS (NOT )?NULL|NOT IN|IN \(|EXISTS|BETWEEN|LIKE|MATCH|LIMIT|AS|DESC|ASC)\b/;
/** A list of column names: `id, case_id, created_at`. */
const COLUMNS = /^\s*[a-z_][a-z0-9_.]*(?:\s*(?:,|…)\s*[a-z_][a-z0-9_.]*)+[\s,…]*$/;
/** A table of codes in capitals, `AFG AF ALA AX`: GB there is a country, not gigabytes. */
const CODE_TABLE = /^\s*[A-Z]{2,3}(?:\s+[A-Z]{2,3}){2,}\s*$/;
/** Markup a file format needs (XMP, Office XML: `<x:xmpmeta …`; armour: `-----BEGIN …`). */
const MARKUP = /^\s*(<[A-Za-z][\w:.-]*[\s>]|-----BEGIN )/;
/** The errors JavaScript itself defines: never shown to a person (CasefileError carries a catalogue code). */
const PLAIN_ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError']);
/** zod's checks whose last argument is a developer's message (or an issue carrying one). */
const ZOD_CHECKS = new Set(['regex', 'refine', 'min', 'max', 'length', 'finite', 'int', 'positive', 'addIssue']);

/** Proper names that happen to have three words: no sentence, and no language of the reader's. */
const NAMES = new Set([
  'Noto Naskh Arabic', // a font's name
  'System Volume Information', // the folder Windows puts on a drive
]);

export interface Sentence {
  line: number;
  text: string;
  /** A unit written in code (`MiB`), rather than a sentence. */
  unit: boolean;
}

function isCode(text: string): boolean {
  return (
    NAMES.has(text) ||
    CODE_TABLE.test(text) ||
    SQL_START.test(text) ||
    SQL_CLAUSE.test(text) ||
    COLUMNS.test(text) ||
    MARKUP.test(text)
  );
}

/** An object with a `path`: the shape of a zod issue, built to be handed to `addIssue`. */
const isIssue = (object: ts.ObjectLiteralExpression): boolean =>
  object.properties.some((property) => property.name?.getText() === 'path');

/** Whether a literal is the message of a plain Error or of a zod check (directly, or as its `message`). */
function isDeveloperMessage(node: ts.Node): boolean {
  let child: ts.Node = node;
  let parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === child && parent.name.getText() === 'message') {
    child = parent.parent; // the options object
    if (ts.isObjectLiteralExpression(child) && isIssue(child)) return true;
    parent = child.parent;
  }
  if (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.SuperKeyword) {
    // super('…') in a class that extends a plain Error
    const owner = ts.findAncestor(parent, ts.isClassLike);
    const base = owner?.heritageClauses?.[0]?.types[0]?.expression;
    return base !== undefined && ts.isIdentifier(base) && PLAIN_ERRORS.has(base.text) && parent.arguments[0] === child;
  }
  if (ts.isNewExpression(parent) && ts.isIdentifier(parent.expression)) {
    return PLAIN_ERRORS.has(parent.expression.text) && parent.arguments?.[0] === child;
  }
  if (ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression)) {
    const { expression: owner, name } = parent.expression;
    const zodType = ts.isIdentifier(owner) && owner.text === 'z'; // z.number({ message })
    return (zodType || ZOD_CHECKS.has(name.text)) && parent.arguments.at(-1) === child;
  }
  return false;
}

export function sentencesIn(file: string): Sentence[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Sentence[] = [];
  const check = (node: ts.Node, text: string): void => {
    const unit = UNIT.test(text) && !CODE_TABLE.test(text);
    if ((unit || (SENTENCE.test(text) && !isCode(text))) && !isDeveloperMessage(node)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text, unit });
    }
  };
  const visit = (node: ts.Node): void => {
    // An import's path is no sentence.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) check(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      check(node, [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' … '));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every .ts file under a folder of the repository, as repository paths with forward slashes. */
export function typeScriptFilesUnder(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true })
    .flatMap((entry) => {
      const path = `${folder}/${entry.name}`;
      if (entry.isDirectory()) return typeScriptFilesUnder(root, path);
      return entry.name.endsWith('.ts') ? [path] : [];
    })
    .sort();
}
