import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * Finds every `new CasefileError(code, reason, …)` in a program and reads the static type of its
 * reason: it must be a string literal, or a union of them (a conditional, a parameter typed with
 * reasons), each one a reason of the catalogue. Anything typed `string` could be a sentence the UI
 * cannot translate, so it is reported.
 */

export interface ThrowSite {
  file: string;
  line: number;
  /** The reasons the argument can be, or null when its type is not made of string literals. */
  reasons: string[] | null;
}

/** The class's own factories rebuild an error from a typed ReasonRef or ApiError: not throw sites. */
const FACTORIES = new Set(['because', 'fromApiError']);

function literalsOf(type: ts.Type): string[] | null {
  const parts = type.isUnion() ? type.types : [type];
  const values: string[] = [];
  for (const part of parts) {
    if (!part.isStringLiteral()) return null;
    values.push(part.value);
  }
  return values.length > 0 ? values : null;
}

function enclosingMethodName(node: ts.Node): string | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isMethodDeclaration(current) && ts.isIdentifier(current.name)) return current.name.text;
  }
  return undefined;
}

export function throwSitesOf(program: ts.Program, root: string, include: (file: string) => boolean): ThrowSite[] {
  const checker = program.getTypeChecker();
  const sites: ThrowSite[] = [];
  for (const source of program.getSourceFiles()) {
    const file = relative(root, source.fileName).split(sep).join('/');
    if (!include(file)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'CasefileError') {
        const reason = node.arguments?.[1];
        if (!(file === 'shared/contract/errors.ts' && FACTORIES.has(enclosingMethodName(node) ?? ''))) {
          sites.push({
            file,
            line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
            reasons: reason ? literalsOf(checker.getTypeAtLocation(reason)) : null,
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sites;
}

/** A program over the files of a tsconfig (the electron layer's includes shared/). */
export function programOf(tsconfig: string, extraFiles: string[] = []): ts.Program {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(String(d.messageText));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${tsconfig}`);
  return ts.createProgram([...parsed.fileNames, ...extraFiles], { ...parsed.options, noEmit: true });
}

/** Every TypeScript source under the given folders, for a plain-text search. */
export function sourcesUnder(root: string, folders: string[]): { file: string; text: string }[] {
  const found: { file: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'dist', '.tmp'].includes(entry.name)) walk(path);
      } else if (/\.tsx?$/.test(entry.name)) {
        found.push({ file: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
      }
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return found;
}
