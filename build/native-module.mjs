#!/usr/bin/env node
// Makes better-sqlite3-multiple-ciphers' binary match the runtime about to use it, rebuilding
// only when its ABI differs: `npm test` runs Node (ABI 115 on Node 20), `npm start` runs
// Electron (ABI 150 for Electron 45), and a binary built for one does not load in the other.
//   node build/native-module.mjs node|electron [--project=DIR] [--rebuild-with=SCRIPT]
// A stamp beside the binary (build/Release/.casefile-runtime.json) records what it was built for.
// A rebuild that fails (offline: no Electron headers) puts the previous binary and its stamp back,
// so a failed `npm start` never leaves the command line without a working module.
// --rebuild-with: a Node script run instead of the rebuild tool, as `node SCRIPT RUNTIME VERSION
// MODULE_DIR` (tests use it to stand in for a rebuild that fails or builds for the wrong ABI).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { abiFromBinary, abiFromLoadError, decideNativeBuild, parseStamp } from './native-abi.mjs';

const MODULE = 'better-sqlite3-multiple-ciphers';
const STAMP_NAME = '.casefile-runtime.json';

const runtime = process.argv[2];
if (runtime !== 'node' && runtime !== 'electron') {
  console.error('usage: node build/native-module.mjs node|electron [--project=DIR]');
  process.exit(2);
}
const flagValue = (name) => process.argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
const projectFlag = process.argv.find((arg) => arg.startsWith('--project='));
const rebuildWith = flagValue('--rebuild-with');
const root = projectFlag
  ? path.resolve(projectFlag.slice('--project='.length))
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireFromRoot = createRequire(path.join(root, 'package.json'));

const moduleDir = path.dirname(requireFromRoot.resolve(`${MODULE}/package.json`));
const binaryPath = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');
const stampPath = path.join(moduleDir, 'build', 'Release', STAMP_NAME);
// Outside build/: the rebuild tools delete build/ before compiling.
const backupDir = path.join(moduleDir, '.casefile-build-backup');
const backupBinary = path.join(backupDir, path.basename(binaryPath));
const backupStamp = path.join(backupDir, STAMP_NAME);

function fail(lines) {
  console.error(`native module: FAILED — ${lines.join('\n  ')}`);
  process.exit(1);
}

const describe = (target) => `${target.runtime} ${target.version} (ABI ${target.abi})`;

/** The Electron executable if it is installed, found as `require('electron')` would, without its download attempt. */
function electronExecutable() {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relativeExe = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist');
  const exe = path.join(distDir, relativeExe);
  return existsSync(exe) ? exe : null;
}

function electronTarget() {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pkgFile = path.join(electronDir, 'package.json');
  if (!existsSync(pkgFile)) fail(['electron is not installed in node_modules (it is a dev dependency)']);
  const version = JSON.parse(readFileSync(pkgFile, 'utf8')).version;
  const abiFile = path.join(electronDir, 'abi_version');
  let abi = existsSync(abiFile) ? Number(readFileSync(abiFile, 'utf8').trim()) : NaN;
  if (!Number.isInteger(abi)) {
    // Older electron packages lack abi_version; node-abi (a dependency of @electron/rebuild) knows the table.
    abi = Number(requireFromRoot('node-abi').getAbi(version, 'electron'));
  }
  return { runtime: 'electron', version, abi };
}

/**
 * Loads the module in a child runtime and opens an in-memory database: the real test of a binary.
 * Returns the ABI the binary proved to have (the runtime's when it loads), or null if unknown.
 */
function probeLoad(executable, env, runtimeAbi) {
  const script = `const Database = require(${JSON.stringify(MODULE)}); new Database(':memory:').close();`;
  const result = spawnSync(executable, ['-e', script], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  if (result.status === 0) return { abi: runtimeAbi, error: null };
  const output = `${result.stderr ?? ''}${result.stdout ?? ''}${result.error ? String(result.error) : ''}`;
  const firstLine = output.split('\n').find((line) => line.includes('Error')) ?? output.split('\n')[0] ?? '';
  return { abi: abiFromLoadError(output), error: firstLine.trim().slice(0, 300) };
}

function binaryAbiByScan() {
  return existsSync(binaryPath) ? abiFromBinary(readFileSync(binaryPath)) : null;
}

/** What ABI the binary has, asked of the target runtime itself when it can run here. */
function measureBinaryAbi(target) {
  if (target.runtime === 'node') return probeLoad(process.execPath, process.env, target.abi);
  const exe = electronExecutable();
  if (exe !== null) return probeLoad(exe, { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, target.abi);
  return { abi: binaryAbiByScan(), error: null };
}

function readStamp() {
  return parseStamp(existsSync(stampPath) ? readFileSync(stampPath, 'utf8') : null);
}

function writeStamp(target) {
  writeFileSync(
    stampPath,
    `${JSON.stringify({ runtime: target.runtime, version: target.version, abi: target.abi })}\n`,
  );
}

/** Runs npm: through the npm that launched us when there is one (npm start / npm test), else from PATH. */
function runNpm(args, env) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && npmCli.endsWith('.js')) {
    return spawnSync(process.execPath, [npmCli, ...args], { cwd: root, env, stdio: 'inherit' });
  }
  const isWindows = process.platform === 'win32';
  return spawnSync(isWindows ? 'npm.cmd' : 'npm', args, { cwd: root, env, stdio: 'inherit', shell: isWindows });
}

/**
 * npm's `nodedir` setting (here: /usr) reaches node-gyp as npm_config_nodedir and silently
 * makes an "Electron" build compile against Node's headers. Electron builds need Electron's.
 */
function withoutNodedir(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));
}

/**
 * A Node build must use the headers of the Node that runs us: with nodedir=/usr set for the
 * machine's Node 20, a rebuild under another Node (24 from the npm registry, say) would compile for
 * 20. A Node install carries its headers beside its binary (PREFIX/include/node); without them,
 * node-gyp is left to find them itself.
 */
function forThisNode(env) {
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  const own = existsSync(path.join(prefix, 'include', 'node', 'node.h'));
  return own ? { ...withoutNodedir(env), npm_config_nodedir: prefix } : env;
}

function electronRebuildCli() {
  let dir = path.dirname(requireFromRoot.resolve('@electron/rebuild'));
  while (
    !existsSync(path.join(dir, 'package.json')) ||
    JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== '@electron/rebuild'
  ) {
    const parent = path.dirname(dir);
    if (parent === dir) fail(['@electron/rebuild not found (it comes with electron-builder)']);
    dir = parent;
  }
  const bin = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).bin;
  return path.join(dir, typeof bin === 'string' ? bin : bin['electron-rebuild']);
}

/** Runs the rebuild tool; the reason it failed in words, or null when it exited 0. */
function rebuild(target) {
  // A stamp must never outlive the binary it describes, whatever happens next.
  rmSync(stampPath, { force: true });
  const result = rebuildWith
    ? spawnSync(process.execPath, [path.resolve(rebuildWith), target.runtime, target.version, moduleDir], {
        cwd: root,
        stdio: 'inherit',
      })
    : target.runtime === 'node'
      ? runNpm(['rebuild', MODULE], forThisNode(process.env))
      : spawnSync(
          process.execPath,
          [electronRebuildCli(), '--force', '--only', MODULE, '--version', target.version, '--module-dir', root],
          { cwd: root, env: withoutNodedir(process.env), stdio: 'inherit' },
        );
  if (result.status === 0) return null;
  const how = result.status === null ? String(result.error ?? 'a signal') : `exit status ${result.status}`;
  return `the rebuild stopped with ${how}`;
}

// ---- keeping the working binary while a rebuild runs --------------------------------------------

/** Copies the binary and its stamp aside; false when there is no binary to keep. */
function keepWorkingBinary() {
  rmSync(backupDir, { recursive: true, force: true });
  if (!existsSync(binaryPath)) return false;
  mkdirSync(backupDir, { recursive: true });
  copyFileSync(binaryPath, backupBinary);
  if (existsSync(stampPath)) copyFileSync(stampPath, backupStamp);
  return true;
}

/** Puts the kept binary and its stamp back where the loader finds them. */
function putBackWorkingBinary() {
  mkdirSync(path.dirname(binaryPath), { recursive: true });
  copyFileSync(backupBinary, binaryPath);
  if (existsSync(backupStamp)) copyFileSync(backupStamp, stampPath);
  else rmSync(stampPath, { force: true });
  rmSync(backupDir, { recursive: true, force: true });
}

/** A run killed mid-rebuild left a kept binary: put it back if the rebuild had removed the binary. */
function recoverInterruptedRun() {
  if (!existsSync(backupBinary)) return;
  if (existsSync(binaryPath)) {
    rmSync(backupDir, { recursive: true, force: true });
    return;
  }
  putBackWorkingBinary();
  console.log(`native module: put back the ${MODULE} binary that an interrupted rebuild had removed`);
}

const runtimeName = (target) => (target.runtime === 'electron' ? 'Electron' : 'Node');

/**
 * The rebuild failed: the binary that was there before goes back (with its stamp, so the stamp
 * still tells the truth), and the person is told what works now and what to do.
 */
function giveUp(target, reason, kept) {
  const wanted = `${runtimeName(target)} ${target.version}`;
  const lines = [`could not rebuild ${MODULE} for ${wanted} (ABI ${target.abi}): ${reason}.`];
  if (kept) {
    putBackWorkingBinary();
    const previous = readStamp();
    const module = previous
      ? `the module built for ${runtimeName(previous)} ${previous.version}`
      : 'the module that was there before';
    // Unstamped, it was built by npm install, so for Node.
    const forNode = previous ? previous.runtime === 'node' : target.runtime === 'electron';
    lines.push(
      forNode
        ? `Nothing was lost: ${module} is back in place, so the casefile command line and the tests still work.`
        : `Nothing was lost: ${module} is back in place, so the app still starts; the ` +
            `casefile command line and the tests need a Node build.`,
    );
  } else {
    lines.push('There was no working module before this rebuild either.');
  }
  lines.push(
    target.runtime === 'electron'
      ? 'To start the app, this computer must download Electron’s headers from ' +
          'electronjs.org and compile C++ (python3, make and g++). Connect to the ' +
          'internet, then run npm start again.'
      : 'A Node build needs a C++ compiler (python3, make and g++) when no prebuilt ' +
          'module can be downloaded. Install them, then run: node build/native-module.mjs ' +
          'node',
  );
  fail(lines);
}

function main() {
  recoverInterruptedRun();
  const target =
    runtime === 'node'
      ? { runtime: 'node', version: process.versions.node, abi: Number(process.versions.modules) }
      : electronTarget();
  const stamp = readStamp();
  const before = measureBinaryAbi(target);
  if (decideNativeBuild({ stamp, binaryAbi: before.abi, target }) === 'ok') {
    if (stamp === null || stamp.version !== target.version) writeStamp(target);
    console.log(`native module: ${MODULE} already built for ${describe(target)}; nothing to do`);
    return;
  }

  const was =
    before.abi === null
      ? 'an unknown or missing build'
      : `ABI ${before.abi}${stamp ? ` (stamped ${stamp.runtime} ${stamp.version})` : ''}`;
  console.log(`native module: ${MODULE} has ${was}; rebuilding for ${describe(target)}...`);
  const started = Date.now();
  const kept = keepWorkingBinary();
  const failure = rebuild(target);
  if (failure !== null) giveUp(target, failure, kept);

  // Verify before stamping: a build that silently targeted the wrong runtime must fail here, loudly.
  const after = measureBinaryAbi(target);
  if (after.abi !== target.abi) {
    rmSync(stampPath, { force: true });
    const built = after.abi === null ? 'a module that does not load' : `a module for ABI ${after.abi}`;
    const why =
      target.runtime === 'electron'
        ? ' (npm’s nodedir setting points the compiler at Node’s headers: check npm config get nodedir)'
        : '';
    giveUp(target, `it built ${built}${after.error ? ` (loading it said: ${after.error})` : ''}${why}`, kept);
  }
  writeStamp(target);
  rmSync(backupDir, { recursive: true, force: true });
  console.log(
    `native module: rebuilt ${MODULE} for ${describe(target)} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
}

main();
