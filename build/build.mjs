#!/usr/bin/env node
// Builds what runs: the Electron main process, the sandboxed preload, the CLI and the renderer.
//   node build/build.mjs             everything
//   node build/build.mjs --cli-only  just dist/cli.js (postinstall: fast, never fails the install)
import { cpSync, existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliOnly = process.argv.includes('--cli-only');
const from = (...parts) => path.join(root, ...parts);

/** Native or Electron-provided modules: loaded at run time from node_modules, never bundled. */
const RUNTIME_EXTERNALS = ['electron', 'better-sqlite3-multiple-ciphers', '@node-rs/argon2'];

/** Electron 45 ships Node 22 and Chromium 140; the CLI follows package.json's engines (Node >= 20.18). */
const TARGETS = { main: 'node22', preload: 'chrome140', cli: 'node20.18' };

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    return null;
  }
}

const kib = (file) => `${(statSync(file).size / 1024).toFixed(0)} KiB`;
const relative = (file) => path.relative(root, file);

/**
 * Settings every bundle shares: no source maps (they would carry local paths), no minifying (readable crash reports).
 */
const COMMON = {
  bundle: true,
  sourcemap: false,
  minify: false,
  legalComments: 'eof',
  logLevel: 'warning',
  absWorkingDir: root,
  define: { 'process.env.NODE_ENV': '"production"' },
};

async function buildCli(esbuild) {
  const entry = from('electron', 'cli.ts');
  if (!existsSync(entry)) {
    console.log('build: electron/cli.ts does not exist yet; CLI skipped');
    return;
  }
  const outfile = from('dist', 'cli.js');
  await esbuild.build({
    ...COMMON,
    entryPoints: [entry],
    outfile,
    platform: 'node',
    format: 'esm',
    target: TARGETS.cli,
    external: RUNTIME_EXTERNALS,
    // Bundled CommonJS dependencies call require(); ESM has none, so give them Node's.
    banner: {
      js:
        "import { createRequire as __casefileCreateRequire } from 'node:module';\nconst " +
        'require = __casefileCreateRequire(import.meta.url);',
    },
  });
  console.log(`build: ${relative(outfile)} (${kib(outfile)})`);
}

async function buildMain(esbuild) {
  const outfile = from('dist', 'electron', 'main.cjs');
  await esbuild.build({
    ...COMMON,
    entryPoints: [from('electron', 'main.ts')],
    outfile,
    platform: 'node',
    format: 'cjs',
    target: TARGETS.main,
    external: RUNTIME_EXTERNALS,
    // The core finds files shipped beside it (document fonts) from import.meta.url, which CommonJS lacks.
    define: { ...COMMON.define, 'import.meta.url': '__casefileModuleUrl' },
    banner: { js: "const __casefileModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  console.log(`build: ${relative(outfile)} (${kib(outfile)})`);
}

async function buildPreload(esbuild) {
  const outfile = from('dist', 'electron', 'preload.cjs');
  await esbuild.build({
    ...COMMON,
    entryPoints: [from('electron', 'preload.ts')],
    outfile,
    // A sandboxed preload runs with browser globals and can require only 'electron': platform
    // 'browser' makes any accidental Node import a build error instead of a runtime crash.
    platform: 'browser',
    format: 'cjs',
    target: TARGETS.preload,
    external: ['electron'],
  });
  console.log(`build: ${relative(outfile)} (${kib(outfile)})`);
}

/**
 * The document fonts (Noto, OFL), beside the main bundle: packaged with it (dist/electron/**), and
 * found by the CLI bundle one folder up (see electron/core/documents/pdf/fonts.ts).
 */
function copyDocumentFonts() {
  const target = from('dist', 'electron', 'fonts');
  cpSync(from('electron', 'core', 'documents', 'fonts'), target, { recursive: true });
  console.log(`build: ${relative(target)}/ (document fonts)`);
}

async function buildRenderer() {
  const configFile = from('renderer', 'vite.config.ts');
  if (!existsSync(configFile)) {
    console.log('build: renderer/vite.config.ts does not exist yet; renderer skipped');
    return;
  }
  const { build } = await import('vite');
  await build({ configFile, mode: 'production', logLevel: 'warn' });
  console.log(`build: ${relative(from('dist', 'renderer'))}/ (vite)`);
}

async function main() {
  const esbuild = await loadEsbuild();
  if (esbuild === null) {
    if (cliOnly) {
      // A production install (--omit=dev) has no esbuild; the app is already built then.
      console.log('build: esbuild is not installed (dev dependency); CLI bundle not rebuilt');
      return;
    }
    throw new Error('esbuild is not installed: run `npm install` (with dev dependencies) first');
  }
  if (cliOnly) {
    await buildCli(esbuild);
    copyDocumentFonts();
    return;
  }
  // Stale bundles from an earlier layout must not ship.
  rmSync(from('dist', 'electron'), { recursive: true, force: true });
  await Promise.all([buildMain(esbuild), buildPreload(esbuild), buildCli(esbuild)]);
  copyDocumentFonts();
  await buildRenderer();
}

main().catch((error) => {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
