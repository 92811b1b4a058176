import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * The sentences a source file holds in its string and template literals: a literal with three words in a
 * row is a sentence someone will read, and belongs in a catalogue. SQL (in capitals) is not one.
 */

const SENTENCE = /\p{L}+[\s,:;’']+\p{L}+[\s,:;’']+\p{L}+/u;
const SQL = /^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|WITH)\b/;

export interface Sentence {
  line: number;
  text: string;
}

export function sentencesIn(file: string): Sentence[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Sentence[] = [];
  const check = (node: ts.Node, text: string): void => {
    if (SENTENCE.test(text) && !SQL.test(text)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
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
