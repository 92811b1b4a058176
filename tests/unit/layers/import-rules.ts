import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The layer rules of design.md, checked on import specifiers (static, dynamic, require,
 * `export … from`, `/// <reference types>`): what a file may touch is decided by its folder.
 */
export type Layer = 'shared' | 'core' | 'shell' | 'electron' | 'renderer';
export const LAYERS: readonly Layer[] = ['shared', 'core', 'shell', 'electron', 'renderer'];
const SCANNED_ROOTS = ['shared', 'electron', 'renderer'] as const;

export type RuleId =
  | 'shared-no-node'
  | 'shared-no-electron'
  | 'shared-stays-shared'
  | 'core-no-electron'
  | 'core-no-upper-layers'
  | 'kernel-imports-no-feature'
  | 'feature-imports-no-other-feature'
  | 'electron-only-in-shell'
  | 'renderer-no-node'
  | 'renderer-no-electron-code';

export interface Violation {
  /** Repository-relative, with forward slashes. */
  file: string;
  specifier: string;
  rule: RuleId;
  message: string;
}

export interface ImportReport {
  filesPerLayer: Record<Layer, number>;
  violations: Violation[];
}

const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.tmp']);
/** npm packages that only run in Node (native addons): as forbidden as `node:*` where Node is. */
const NODE_ONLY_PACKAGES = new Set(['better-sqlite3-multiple-ciphers', '@node-rs/argon2']);

const toPosix = (path: string): string => path.split(sep).join('/');

/** The layer of a repository-relative posix path, or undefined outside shared/, electron/, renderer/. */
function layerOf(path: string): Layer | undefined {
  if (path.startsWith('shared/')) return 'shared';
  if (path.startsWith('renderer/')) return 'renderer';
  if (path.startsWith('electron/core/')) return 'core';
  if (path === 'electron/main.ts' || path === 'electron/preload.ts' || path.startsWith('electron/shell/'))
    return 'shell';
  if (path.startsWith('electron/')) return 'electron';
  return undefined;
}

/**
 * The feature folders of electron/core/ (issue 9; custody lives in evidence/). Each imports the
 * kernel, shared/ and its own folder; it reaches another feature only through a port of
 * kernel/ports/, filled in composition.ts. A folder that is neither kernel/ nor listed here is
 * held to the same rule as a feature.
 */
export const CORE_FEATURES = [
  'cases',
  'people',
  'consents',
  'interviews',
  'evidence',
  'deadlines',
  'timeline',
  'principles',
  'documents',
  'letters',
  'paternity',
  'assistance',
  'subject-actions',
  'follow-ups',
  'findings',
  'investigation',
  // Backup and restore of the whole vault (issue 12), answered by the workspace.
  'backup',
  // Case bundles between vaults (issue 12): every table of a case, through kernel files and identity.
  'bundles',
  // The vault's identity and colleagues' keys (issue 12).
  'contacts',
  // The anonymised figures the UN publishes (issue 14): one pass over the cases, counted by shared/statistics.
  'statistics',
] as const;

/** Where a file of electron/core/ sits: the kernel, a feature folder, or the root files (composition, workspace). */
type CoreArea = { kind: 'kernel' } | { kind: 'feature'; name: string } | { kind: 'root' };

function coreAreaOf(path: string): CoreArea {
  const [first, ...rest] = path.slice('electron/core/'.length).split('/');
  if (rest.length === 0) return { kind: 'root' };
  return first === 'kernel' ? { kind: 'kernel' } : { kind: 'feature', name: first ?? '' };
}

/** The rules inside electron/core/: arrows point down, from the root to the features to the kernel. */
function checkCoreArea(file: string, target: string): { rule: RuleId; message: string } | undefined {
  const from = coreAreaOf(file);
  const to = coreAreaOf(target);
  if (from.kind === 'kernel' && to.kind !== 'kernel') {
    return {
      rule: 'kernel-imports-no-feature',
      message: `electron/core/kernel/ imports only the kernel and shared/ (this lands in ${target})`,
    };
  }
  if (from.kind === 'feature' && !(to.kind === 'kernel' || (to.kind === 'feature' && to.name === from.name))) {
    return {
      rule: 'feature-imports-no-other-feature',
      message:
        `a feature imports only the kernel, shared/ and its own folder; ${target} is ` +
        `reached through kernel/ports/`,
    };
  }
  return undefined;
}

type Target =
  | { kind: 'node'; name: string }
  | { kind: 'electron' }
  | { kind: 'package'; name: string }
  | { kind: 'file'; path: string; layer: Layer | undefined };

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function classify({ specifier, typesOnly }: ModuleReference, fromFile: string, root: string): Target {
  // `/// <reference types="node" />` pulls in Node's globals without naming a module.
  if (typesOnly && specifier === 'node') return { kind: 'node', name: 'node (types)' };
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const target = toPosix(relative(root, resolve(root, dirname(fromFile), specifier)));
    return { kind: 'file', path: target, layer: layerOf(target) };
  }
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return { kind: 'node', name: specifier };
  const name = packageName(specifier);
  if (name === 'electron') return { kind: 'electron' };
  if (NODE_ONLY_PACKAGES.has(name)) return { kind: 'node', name };
  return { kind: 'package', name };
}

function check(layer: Layer, target: Target, file: string): { rule: RuleId; message: string } | undefined {
  if (target.kind === 'electron') {
    if (layer === 'shell') return undefined;
    if (layer === 'shared') return { rule: 'shared-no-electron', message: 'shared/ must not import electron' };
    if (layer === 'core') return { rule: 'core-no-electron', message: 'electron/core/ must never import electron' };
    return {
      rule: 'electron-only-in-shell',
      message: 'only electron/main.ts, electron/preload.ts and electron/shell/ may import electron',
    };
  }
  switch (layer) {
    case 'shared':
      if (target.kind === 'node')
        return { rule: 'shared-no-node', message: `shared/ must not import Node (${target.name})` };
      if (target.kind === 'file' && target.layer !== 'shared') {
        return {
          rule: 'shared-stays-shared',
          message: `shared/ must import only shared/ (this lands in ${target.path})`,
        };
      }
      return undefined;
    case 'core':
      if (target.kind === 'file' && target.layer !== 'core' && target.layer !== 'shared') {
        return {
          rule: 'core-no-upper-layers',
          message: `electron/core/ imports only Node and shared/ (this lands in ${target.path})`,
        };
      }
      if (target.kind === 'file' && target.layer === 'core') return checkCoreArea(file, target.path);
      return undefined;
    case 'renderer':
      if (target.kind === 'node')
        return { rule: 'renderer-no-node', message: `renderer/ must not import Node (${target.name})` };
      if (target.kind === 'file' && target.layer !== 'renderer' && target.layer !== 'shared') {
        return {
          rule: 'renderer-no-electron-code',
          message: `renderer/ imports only shared/ and browser code (this lands in ${target.path})`,
        };
      }
      return undefined;
    default:
      return undefined;
  }
}

export interface ModuleReference {
  specifier: string;
  /** From `/// <reference types="…" />`. */
  typesOnly: boolean;
}

/** Every module a file names, found by TypeScript's own pre-processor (comments and strings are skipped). */
export function moduleReferences(sourceText: string): ModuleReference[] {
  const info = ts.preProcessFile(sourceText, true, true);
  return [
    ...info.importedFiles.map((reference) => ({ specifier: reference.fileName, typesOnly: false })),
    ...info.typeReferenceDirectives.map((reference) => ({ specifier: reference.fileName, typesOnly: true })),
  ];
}

function* sourceFiles(root: string, folder: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) yield* sourceFiles(root, path);
    } else if (entry.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name))) {
      yield path;
    }
  }
}

/** Checks every source file under shared/, electron/ and renderer/ of `root`. */
export function checkImportRules(root: string): ImportReport {
  const filesPerLayer = Object.fromEntries(LAYERS.map((layer) => [layer, 0])) as Record<Layer, number>;
  const violations: Violation[] = [];
  for (const folder of SCANNED_ROOTS) {
    for (const file of sourceFiles(root, folder)) {
      const layer = layerOf(file);
      if (!layer) continue;
      filesPerLayer[layer] += 1;
      for (const reference of moduleReferences(readFileSync(join(root, file), 'utf8'))) {
        const broken = check(layer, classify(reference, file, root), file);
        if (broken) violations.push({ file, specifier: reference.specifier, ...broken });
      }
    }
  }
  return { filesPerLayer, violations };
}
