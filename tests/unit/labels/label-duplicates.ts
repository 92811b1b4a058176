import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * Finds words of enum values written outside the label catalogues: an object (TypeScript or a
 * JSON catalogue) whose keys are every value of a label group, mapped to text, or a label of the
 * catalogue written out again.
 */

export interface LabelDuplicate {
  file: string;
  /** Where in the file: the line (TypeScript) or the key path (JSON). */
  at: string;
  what: string;
}

export interface LabelFacts {
  /** Each label group's values, from the enums. */
  groups: Readonly<Record<string, readonly string[]>>;
  /** Labels distinctive enough that they are not other words by chance. */
  words: readonly string[];
}

const coversGroup = (keys: ReadonlySet<string>, facts: LabelFacts): string | undefined =>
  Object.entries(facts.groups).find(
    ([, values]) => values.length >= 2 && values.every((value) => keys.has(value)),
  )?.[0];

/** Text meant for a person: a letter, more than a code letter or two, not an identifier (`tcc_notified`). */
const CATALOGUE_KEY = /^[a-z]+(\.[a-z][A-Za-z]*)+$/;
const isWords = (text: string): boolean => /\p{L}/u.test(text) && text.trim().length > 2 && !/_|[a-z][A-Z]/.test(text);

function jsonDuplicates(file: string, tree: unknown, facts: LabelFacts, path: string[] = []): LabelDuplicate[] {
  if (tree === null || typeof tree !== 'object' || Array.isArray(tree)) return [];
  const entries = Object.entries(tree as Record<string, unknown>);
  const found: LabelDuplicate[] = [];
  const group = coversGroup(new Set(entries.map(([key]) => key)), facts);
  if (group !== undefined && entries.every(([, value]) => typeof value === 'string' && isWords(value))) {
    found.push({ file, at: path.join('.'), what: `words for every value of ${group}` });
  }
  for (const [key, value] of entries) found.push(...jsonDuplicates(file, value, facts, [...path, key]));
  return found;
}

const propertyName = (name: ts.PropertyName): string | undefined =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : undefined;

function sourceDuplicates(file: string, text: string, facts: LabelFacts): LabelDuplicate[] {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const found: LabelDuplicate[] = [];
  const line = (node: ts.Node) => String(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1);
  /** `messages.documents.files` for the object under those names; the line when it has no name. */
  const pathOf = (node: ts.Node): string => {
    const names: string[] = [];
    for (let at: ts.Node | undefined = node.parent; at !== undefined; at = at.parent) {
      if (ts.isPropertyAssignment(at)) names.unshift(propertyName(at.name) ?? '?');
      else if (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name)) names.unshift(at.name.text);
    }
    return names.length > 0 ? names.join('.') : line(node);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const texts = new Map<string, string>();
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property)) continue;
        const name = propertyName(property.name);
        const value = property.initializer;
        const literal = ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value);
        if (name !== undefined && literal) texts.set(name, value.text);
      }
      const group = coversGroup(new Set(texts.keys()), facts);
      const values = group === undefined ? [] : (facts.groups[group] ?? []);
      if (group !== undefined && values.every((value) => isWords(texts.get(value) ?? ''))) {
        found.push({ file, at: pathOf(node), what: `words for every value of ${group}` });
      }
    }
    // A catalogue key ('letters.findingNotSubstantiated') names a message; it holds no words.
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !CATALOGUE_KEY.test(node.text)) {
      const word = facts.words.find((candidate) => node.text.includes(candidate));
      if (word !== undefined) found.push({ file, at: line(node), what: `the label “${word}”` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The duplicates in one file's text (`.ts`, `.tsx` or `.json`). */
export function labelDuplicatesIn(file: string, text: string, facts: LabelFacts): LabelDuplicate[] {
  if (file.endsWith('.json')) {
    const found = jsonDuplicates(file, JSON.parse(text) as unknown, facts);
    const words = facts.words.filter((word) => text.includes(JSON.stringify(word).slice(1, -1)));
    return [...found, ...words.map((word) => ({ file, at: '', what: `the label “${word}”` }))];
  }
  return sourceDuplicates(file, text, facts);
}

/** Every `.ts`, `.tsx` and `.json` file under `folders` (repository-relative), but those `skip` accepts. */
export function filesUnder(
  root: string,
  folders: readonly string[],
  skip: (path: string) => boolean,
): { path: string; text: string }[] {
  const files: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const path = relative(root, full).split(sep).join('/');
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !skip(`${path}/`)) walk(full);
      } else if (['.ts', '.tsx', '.json'].includes(extname(entry.name)) && !skip(path)) {
        files.push({ path, text: readFileSync(full, 'utf8') });
      }
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return files;
}
