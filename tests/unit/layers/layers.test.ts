import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CORE_FEATURES, LAYERS, checkImportRules, moduleReferences } from './import-rules.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('layer rules on the real tree', () => {
  it('finds no import that crosses a layer the wrong way', () => {
    const report = checkImportRules(repoRoot);
    expect(report.violations).toEqual([]);
    // Not vacuous: every layer has files that were read.
    for (const layer of LAYERS) expect(report.filesPerLayer[layer], layer).toBeGreaterThan(0);
  });

  it('has in electron/core/ only the kernel and the listed feature folders', () => {
    const folders = readdirSync(join(repoRoot, 'electron/core'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(['kernel', ...CORE_FEATURES].sort());
  });
});

describe('the checker itself', () => {
  const root = mkdtempSync(join(tmpdir(), 'casefile-layers-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  // One file per broken rule (and per import form), then clean files that must pass.
  write('shared/node-prefixed.ts', "import { readFileSync } from 'node:fs';\n");
  write('shared/node-bare.ts', "import fs from 'fs';\nexport default fs;\n");
  write('shared/reaches-core.ts', "export { x } from '../electron/core/y.js';\n");
  write('shared/uses-electron.ts', "import { app } from 'electron';\n");
  write('electron/core/reexports-electron.ts', "export { ipcMain } from 'electron';\n");
  write('electron/core/reaches-ipc.ts', "export const load = () => import('../ipc/router.js');\n");
  write('electron/ipc/requires-electron.ts', "const { BrowserWindow } = require('electron');\n");
  write('renderer/uses-node.tsx', "import path from 'node:path';\nexport const P = () => <b>{path.sep}</b>;\n");
  write('renderer/reaches-core.ts', "import type { Workspace } from '../electron/core/workspace.js';\n");
  write('renderer/side-effect-electron.ts', "import 'electron/renderer';\n");
  write('renderer/node-types.mjs', '/// <reference types="node" />\nexport {};\n');
  write('renderer/native.js', "import Database from 'better-sqlite3-multiple-ciphers';\n");
  write('electron/core/kernel/reaches-feature.ts', "import { getCase } from '../cases/case-store.js';\n");
  write('electron/core/kernel/jobs/reaches-root.ts', "import type { CaseFileHandlers } from '../../composition.js';\n");
  write('electron/core/letters/reaches-documents.ts', "import { renderPdf } from '../documents/render-document.js';\n");
  write('electron/core/principles/reads-letters.ts', "export type { Letter } from '../letters/letter-register.js';\n");

  write(
    'shared/clean.ts',
    "import { z } from 'zod';\nimport { a } from './node-bare.js';\n// import " +
      "'electron'\nconst s = \"require('node:fs')\";\n",
  );
  write(
    'electron/core/clean.ts',
    "import fs from 'node:fs';\nimport Database from " +
      "'better-sqlite3-multiple-ciphers';\nimport { c } from " +
      "'../../shared/contract/index.js';\n",
  );
  write(
    'electron/core/letters/clean-letter.ts',
    "import type { DocumentRenderer } from '../kernel/ports/documents.js';\nimport { s } from './letter-store.js';\n" +
      "import { m } from '../../../shared/documents/merge.js';\n",
  );
  write('electron/core/kernel/ports/clean-port.ts', "import type { VaultDatabase } from '../vault/database.js';\n");
  write(
    'electron/core/composition.ts',
    "import { l } from './letters/letter-handlers.js';\nimport { a } from './kernel/audit/audit-log.js';\n",
  );
  write('electron/main.ts', "import { app } from 'electron';\nimport { w } from './core/workspace.js';\n");
  write('electron/preload.ts', "import { contextBridge, ipcRenderer } from 'electron';\n");
  write('electron/shell/window.ts', "import { BrowserWindow } from 'electron';\n");
  write(
    'electron/cli/run.ts',
    "import { w } from '../core/workspace.js';\nimport { r } from " +
      "'../ipc/router.js';\nimport { parseArgs } from 'node:util';\n",
  );
  write(
    'renderer/clean.tsx',
    "import { useState } from 'react';\nimport { c } from '../shared/contract/index.js';\nimport './styles.css';\n",
  );
  write('docs/elsewhere.ts', "import { app } from 'electron';\n");

  const report = checkImportRules(root);

  it('reports each broken rule with its file and specifier', () => {
    const found = report.violations.map(({ file, specifier, rule }) => ({ file, specifier, rule }));
    expect(found).toEqual(
      expect.arrayContaining([
        { file: 'shared/node-prefixed.ts', specifier: 'node:fs', rule: 'shared-no-node' },
        { file: 'shared/node-bare.ts', specifier: 'fs', rule: 'shared-no-node' },
        { file: 'shared/reaches-core.ts', specifier: '../electron/core/y.js', rule: 'shared-stays-shared' },
        { file: 'shared/uses-electron.ts', specifier: 'electron', rule: 'shared-no-electron' },
        { file: 'electron/core/reexports-electron.ts', specifier: 'electron', rule: 'core-no-electron' },
        { file: 'electron/core/reaches-ipc.ts', specifier: '../ipc/router.js', rule: 'core-no-upper-layers' },
        { file: 'electron/ipc/requires-electron.ts', specifier: 'electron', rule: 'electron-only-in-shell' },
        { file: 'renderer/uses-node.tsx', specifier: 'node:path', rule: 'renderer-no-node' },
        {
          file: 'renderer/reaches-core.ts',
          specifier: '../electron/core/workspace.js',
          rule: 'renderer-no-electron-code',
        },
        { file: 'renderer/side-effect-electron.ts', specifier: 'electron/renderer', rule: 'electron-only-in-shell' },
        { file: 'renderer/node-types.mjs', specifier: 'node', rule: 'renderer-no-node' },
        { file: 'renderer/native.js', specifier: 'better-sqlite3-multiple-ciphers', rule: 'renderer-no-node' },
        {
          file: 'electron/core/kernel/reaches-feature.ts',
          specifier: '../cases/case-store.js',
          rule: 'kernel-imports-no-feature',
        },
        {
          file: 'electron/core/kernel/jobs/reaches-root.ts',
          specifier: '../../composition.js',
          rule: 'kernel-imports-no-feature',
        },
        {
          file: 'electron/core/letters/reaches-documents.ts',
          specifier: '../documents/render-document.js',
          rule: 'feature-imports-no-other-feature',
        },
        {
          file: 'electron/core/principles/reads-letters.ts',
          specifier: '../letters/letter-register.js',
          rule: 'feature-imports-no-other-feature',
        },
      ]),
    );
    expect(found).toHaveLength(16);
    for (const violation of report.violations) expect(violation.message.length).toBeGreaterThan(10);
  });

  it('passes clean files, including Electron in the shell and strings or comments that mention it', () => {
    const filesWithViolations = new Set(report.violations.map((violation) => violation.file));
    for (const file of [
      'shared/clean.ts',
      'electron/core/clean.ts',
      'electron/core/letters/clean-letter.ts',
      'electron/core/kernel/ports/clean-port.ts',
      'electron/core/composition.ts',
      'electron/main.ts',
      'electron/preload.ts',
      'electron/shell/window.ts',
      'electron/cli/run.ts',
      'renderer/clean.tsx',
    ]) {
      expect(filesWithViolations.has(file), file).toBe(false);
    }
  });

  it('counts files per layer and ignores folders outside the three roots', () => {
    expect(report.filesPerLayer).toEqual({ shared: 5, core: 10, shell: 3, electron: 2, renderer: 6 });
    expect(report.violations.some((violation) => violation.file.startsWith('docs/'))).toBe(false);
  });

  it('reads every import form', () => {
    const text = [
      "import a from 'a';",
      "import type { B } from 'b';",
      "export * from 'c';",
      "export { d } from 'd';",
      "import e = require('e');",
      "const f = require('f');",
      "const g = await import('g');",
      "import 'h';",
    ].join('\n');
    expect(moduleReferences(text).map((reference) => reference.specifier)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
    ]);
  });
});
