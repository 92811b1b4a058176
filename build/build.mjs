#!/usr/bin/env node
// Builds what runs: the Electron main process, the sandboxed preload, the CLI and the renderer.
//   node build/build.mjs             everything
//   node build/build.mjs --cli-only  just dist/cli.js and its chunks (postinstall: fast, never fails the install)
//   node build/build.mjs --cli-only --cli-out DIR   the same into DIR (tests and benchmarks: DIR/cli.js)
//   node build/build.mjs --main-only --main-out DIR the main process and the core's thread into DIR/electron/ (tests)
import { cpSync, existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cliOnly = process.argv.includes('--cli-only');
const mainOnly = process.argv.includes('--main-only');
const from = (...parts) => path.join(root, ...parts);
const argAfter = (flag) => {
  const at = process.argv.indexOf(flag);
  return at === -1 ? undefined : process.argv[at + 1];
};
/** An --x-out flag's folder: its build output is replaced, so a missing or flag-like value stops here. */
function outFolder(flag, example) {
  if (!process.argv.includes(flag)) return from('dist');
  const value = argAfter(flag);
  if (value === undefined || value === '' || value.startsWith('-')) {
    console.error(`build: ${flag} needs a folder after it (for example ${flag} ${example}); nothing built`);
    process.exit(2);
  }
  return path.resolve(value);
}
const cliOut = outFolder('--cli-out', '/tmp/casefile-cli');
const mainOut = outFolder('--main-out', '/tmp/casefile-app/dist');

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

/**
 * The CLI: dist/cli.js holds the command table, parsing and help; each command's module, the core
 * and the document engine are chunks in dist/cli/, imported when a command runs (`casefile --help`
 * reads one small file). cli-meta.json maps every chunk to its sources, for the test that checks it.
 */
async function buildCli(esbuild) {
  const entry = from('electron', 'cli.ts');
  if (!existsSync(entry)) {
    console.log('build: electron/cli.ts does not exist yet; CLI skipped');
    return;
  }
  const outfile = path.join(cliOut, 'cli.js');
  // Chunks are named by content hash: old ones would pile up.
  rmSync(path.join(cliOut, 'cli'), { recursive: true, force: true });
  const { metafile } = await esbuild.build({
    ...COMMON,
    entryPoints: { cli: entry },
    outdir: cliOut,
    splitting: true,
    chunkNames: 'cli/[name]-[hash]',
    metafile: true,
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
  writeFileSync(path.join(cliOut, 'cli-meta.json'), JSON.stringify(metafile));
  const chunks = Object.keys(metafile.outputs).filter((file) => file.endsWith('.js')).length - 1;
  console.log(`build: ${relative(outfile)} (${kib(outfile)}) and ${chunks} chunks in ${relative(cliOut)}/cli/`);
}

/**
 * The main process (main.cjs: the shell, the core host) and the core's own thread (core-host.cjs: the
 * vault, database, services and router, started by the main process as a worker thread so that no
 * query blocks the window). Both CommonJS for Electron's Node, side by side in dist/electron/ (packaged
 * in app.asar, which Electron's worker threads read; the native modules they load are unpacked).
 */
async function buildMain(esbuild, distDir = from('dist')) {
  const outdir = path.join(distDir, 'electron');
  await esbuild.build({
    ...COMMON,
    entryPoints: { main: from('electron', 'main.ts'), 'core-host': from('electron', 'core-host', 'worker-entry.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    format: 'cjs',
    target: TARGETS.main,
    external: RUNTIME_EXTERNALS,
    // The core finds files shipped beside it (document fonts) from import.meta.url, which CommonJS lacks.
    define: { ...COMMON.define, 'import.meta.url': '__casefileModuleUrl' },
    banner: { js: "const __casefileModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  for (const name of ['main.cjs', 'core-host.cjs'])
    console.log(`build: ${relative(path.join(outdir, name))} (${kib(path.join(outdir, name))})`);
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
 * found by the CLI's chunks one folder up, in electron/fonts (see electron/core/documents/pdf/fonts.ts).
 */
function copyDocumentFonts(distDir = from('dist')) {
  const target = path.join(distDir, 'electron', 'fonts');
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
    copyDocumentFonts(cliOut);
    return;
  }
  if (mainOnly) {
    rmSync(path.join(mainOut, 'electron'), { recursive: true, force: true });
    await buildMain(esbuild, mainOut);
    copyDocumentFonts(mainOut);
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
