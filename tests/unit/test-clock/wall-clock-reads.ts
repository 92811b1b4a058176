import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * Finds the places where test code reads the wall clock instead of tests/clock.ts. A test that
 * does passes or fails with the hour it runs at (the CI failure of issue 8): between 00:00 and
 * 01:00 UTC "an hour ago" was yesterday. Read on the syntax tree, so strings and comments that
 * mention `Date.now()` are not findings.
 */

export type WallClockRead =
  | 'Date.now'
  | 'new Date()'
  | 'Date()'
  | 'performance.timeOrigin'
  | 'Temporal.Now'
  | 'clock.install()'
  | 'openWorkspace without now';

export interface WallClockFinding {
  /** Relative to the scanned root, with forward slashes. */
  file: string;
  line: number;
  read: WallClockRead;
}

/**
 * Files allowed to read the wall clock, relative to the repository root: the test clock itself
 * (the real time is its fallback when CASEFILE_TEST_NOW is unset). Measuring a duration needs no
 * exemption: `performance.now()` is monotonic and says nothing about the hour.
 */
const WALL_CLOCK_READERS: readonly string[] = ['tests/clock.ts'];

const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.tmp']);

const isNamed = (node: ts.Node, name: string): boolean => ts.isIdentifier(node) && node.text === name;

/** `Date`, `globalThis.Date`, `window.Date`. */
function isDate(node: ts.Expression): boolean {
  if (isNamed(node, 'Date')) return true;
  return (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === 'Date' &&
    ['globalThis', 'window', 'self'].some((g) => isNamed(node.expression, g))
  );
}

/** `now: …`, `now`, or a spread that may carry it. */
function givesNow(property: ts.ObjectLiteralElementLike): boolean {
  if (ts.isSpreadAssignment(property)) return true;
  return (
    (ts.isPropertyAssignment(property) ||
      ts.isShorthandPropertyAssignment(property) ||
      ts.isMethodDeclaration(property)) &&
    ts.isIdentifier(property.name) &&
    property.name.text === 'now'
  );
}

function readOf(node: ts.Node): WallClockRead | null {
  if (ts.isPropertyAccessExpression(node)) {
    // Called or passed along (`now: Date.now`): either way the wall clock decides.
    if (node.name.text === 'now' && isDate(node.expression)) return 'Date.now';
    if (node.name.text === 'timeOrigin' && isNamed(node.expression, 'performance')) return 'performance.timeOrigin';
    if (node.name.text === 'Now' && isNamed(node.expression, 'Temporal')) return 'Temporal.Now';
  }
  if (
    ts.isNewExpression(node) &&
    isDate(node.expression) &&
    (node.arguments === undefined || node.arguments.length === 0)
  )
    return 'new Date()';
  if (ts.isCallExpression(node) && isDate(node.expression)) return 'Date()';
  // A workspace given no clock dates its records by Date.now.
  if (
    ts.isCallExpression(node) &&
    (isNamed(node.expression, 'openWorkspace') ||
      (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'openWorkspace'))
  ) {
    const [options] = node.arguments;
    // Options passed along whole (a wrapper around the real openWorkspace) are judged where they are written.
    if (options && ts.isObjectLiteralExpression(options) && !options.properties.some(givesNow))
      return 'openWorkspace without now';
  }
  // Playwright's page.clock.install() with no time starts the browser at the real time.
  if (
    ts.isCallExpression(node) &&
    node.arguments.length === 0 &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'install' &&
    ts.isPropertyAccessExpression(node.expression.expression) &&
    node.expression.expression.name.text === 'clock'
  ) {
    return 'clock.install()';
  }
  return null;
}

/** Every wall-clock read in one source text. */
export function wallClockReads(fileName: string, text: string): Omit<WallClockFinding, 'file'>[] {
  const kind = fileName.endsWith('x')
    ? ts.ScriptKind.TSX
    : fileName.endsWith('.ts')
      ? ts.ScriptKind.TS
      : ts.ScriptKind.JS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const found: Omit<WallClockFinding, 'file'>[] = [];
  const visit = (node: ts.Node): void => {
    const read = readOf(node);
    if (read) found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, read });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...sourceFiles(path));
    } else if (entry.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith('.d.ts')) {
      files.push(path);
    }
  }
  return files;
}

/**
 * Wall-clock reads in every source file under `root/tests`, except the allowed readers.
 * Returns the findings and how many files were read (so an empty result is never vacuous).
 */
export function findWallClockReads(
  root: string,
  allowed: readonly string[] = WALL_CLOCK_READERS,
): { findings: WallClockFinding[]; filesRead: number } {
  const findings: WallClockFinding[] = [];
  let filesRead = 0;
  for (const path of sourceFiles(join(root, 'tests'))) {
    const file = relative(root, path).split(sep).join('/');
    if (allowed.includes(file)) continue;
    filesRead += 1;
    for (const found of wallClockReads(file, readFileSync(path, 'utf8'))) findings.push({ file, ...found });
  }
  return { findings, filesRead };
}
