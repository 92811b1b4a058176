import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// build/native-module.mjs run for real over a fake project (--project): a stand-in module whose
// "binary" is text carrying the ABI marker the script reads, and whose loader refuses another ABI
// the way Node does. --rebuild-with replaces the rebuild tool, so no compiler or network is used.

const SCRIPT = fileURLToPath(new URL('../../../build/native-module.mjs', import.meta.url));
const MODULE = 'better-sqlite3-multiple-ciphers';
const NODE_ABI = Number(process.versions.modules);
const ELECTRON_ABI = 150;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const LOADER = `
const fs = require('node:fs');
const path = require('node:path');
const file = path.join(__dirname, 'build', 'Release', 'better_sqlite3.node');
module.exports = class Database {
  constructor() {
    const abi = /node_register_module_v(\\d+)/.exec(fs.readFileSync(file, 'latin1'))[1];
    if (abi !== process.versions.modules) {
      const error = new Error(\`The module '\${file}' was compiled against a different Node.js version using \` +
        \`NODE_MODULE_VERSION \${abi}. This version of Node.js requires \` +
        \`NODE_MODULE_VERSION \${process.versions.modules}.\`);
      error.code = 'ERR_DLOPEN_FAILED';
      throw error;
    }
  }
  close() {}
};
`;

/** What a rebuild tool may do, as a script run with RUNTIME VERSION MODULE_DIR. */
const REBUILDS = {
  // Offline: @electron/rebuild deletes build/ and then cannot download the headers.
  offline: `import { rmSync } from 'node:fs';
rmSync(process.argv[4] + '/build', { recursive: true, force: true });
console.error('gyp ERR! stack Error: getaddrinfo ENOTFOUND artifacts.electronjs.org');
process.exit(1);`,
  // npm's nodedir: an "Electron" build compiled against Node's headers.
  nodeHeaders: `import { mkdirSync, writeFileSync } from 'node:fs';
mkdirSync(process.argv[4] + '/build/Release', { recursive: true });
writeFileSync(process.argv[4] + '/build/Release/better_sqlite3.node', 'addon node_register_module_v${NODE_ABI}');`,
  good: `import { mkdirSync, writeFileSync } from 'node:fs';
const abi = process.argv[2] === 'electron' ? ${ELECTRON_ABI} : ${NODE_ABI};
mkdirSync(process.argv[4] + '/build/Release', { recursive: true });
writeFileSync(process.argv[4] + '/build/Release/better_sqlite3.node', 'addon node_register_module_v' + abi);`,
} as const;

interface FakeProject {
  root: string;
  binary: string;
  stamp: string;
  backup: string;
  run(runtime: 'node' | 'electron', rebuild: keyof typeof REBUILDS): { status: number | null; out: string };
  /** Loads the module in Node, as the casefile command line does. */
  loadsInNode(): boolean;
}

function fakeProject(built: { runtime: 'node' | 'electron'; abi: number }): FakeProject {
  // A fresh folder of its own (a unique name from the system, not from the wall clock).
  const root = mkdtempSync(path.join(tmpdir(), 'casefile-native-'));
  made.push(root);
  const moduleDir = path.join(root, 'node_modules', MODULE);
  const release = path.join(moduleDir, 'build', 'Release');
  mkdirSync(release, { recursive: true });
  mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
  mkdirSync(path.join(root, 'rebuilds'));
  writeFileSync(path.join(root, 'package.json'), '{"name":"fake-casefile","private":true}');
  writeFileSync(path.join(moduleDir, 'package.json'), JSON.stringify({ name: MODULE, main: 'index.js' }));
  writeFileSync(path.join(moduleDir, 'index.js'), LOADER);
  writeFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), '{"name":"electron","version":"45.5.0"}');
  writeFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), String(ELECTRON_ABI));
  for (const [name, source] of Object.entries(REBUILDS))
    writeFileSync(path.join(root, 'rebuilds', `${name}.mjs`), source);
  const binary = path.join(release, 'better_sqlite3.node');
  const stamp = path.join(release, '.casefile-runtime.json');
  writeFileSync(binary, `addon node_register_module_v${built.abi}`);
  const version = built.runtime === 'node' ? process.versions.node : '45.5.0';
  writeFileSync(stamp, `${JSON.stringify({ runtime: built.runtime, version, abi: built.abi })}\n`);
  return {
    root,
    binary,
    stamp,
    backup: path.join(moduleDir, '.casefile-build-backup'),
    run(runtime, rebuild) {
      const result = spawnSync(
        process.execPath,
        [SCRIPT, runtime, `--project=${root}`, `--rebuild-with=${path.join(root, 'rebuilds', `${rebuild}.mjs`)}`],
        { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } },
      );
      return { status: result.status, out: `${result.stdout}${result.stderr}` };
    },
    loadsInNode() {
      const script = `const Database = require(${JSON.stringify(MODULE)}); new Database(':memory:').close();`;
      return spawnSync(process.execPath, ['-e', script], { cwd: root }).status === 0;
    },
  };
}

const snapshot = (project: FakeProject) => ({
  binary: readFileSync(project.binary, 'utf8'),
  stamp: readFileSync(project.stamp, 'utf8'),
});

describe('build/native-module.mjs when the rebuild fails', () => {
  it(
    'offline, the rebuild for Electron deletes build/ and fails: the Node module is ' +
      'put back, stamp and all, and the message says what to do',
    () => {
      const project = fakeProject({ runtime: 'node', abi: NODE_ABI });
      const before = snapshot(project);
      expect(project.loadsInNode()).toBe(true);

      const run = project.run('electron', 'offline');
      expect(run.status).toBe(1);
      expect(snapshot(project)).toEqual(before);
      expect(project.loadsInNode()).toBe(true);
      expect(existsSync(project.backup)).toBe(false);
      expect(run.out).toContain(
        `could not rebuild ${MODULE} for Electron 45.5.0 (ABI ${ELECTRON_ABI}): ` +
          'the rebuild stopped with exit status 1.',
      );
      expect(run.out).toContain(
        `the module built for Node ${process.versions.node} is back in place, so the ` +
          `casefile command line and the tests still work.`,
      );
      expect(run.out).toContain('Connect to the internet, then run npm start again.');
    },
  );

  it('an "Electron" build compiled for Node (npm nodedir) is refused and the previous module put back', () => {
    const project = fakeProject({ runtime: 'node', abi: NODE_ABI });
    const before = snapshot(project);
    const run = project.run('electron', 'nodeHeaders');
    expect(run.status).toBe(1);
    expect(run.out).toContain(`it built a module for ABI ${NODE_ABI}`);
    expect(run.out).toContain('npm config get nodedir');
    expect(snapshot(project)).toEqual(before);
    expect(project.loadsInNode()).toBe(true);
  });

  it('a failed rebuild for Node puts the Electron module back: the app still starts', () => {
    const project = fakeProject({ runtime: 'electron', abi: ELECTRON_ABI });
    const before = snapshot(project);
    expect(project.loadsInNode()).toBe(false);
    const run = project.run('node', 'offline');
    expect(run.status).toBe(1);
    expect(snapshot(project)).toEqual(before);
    expect(run.out).toContain('the module built for Electron 45.5.0 is back in place, so the app still starts');
    expect(run.out).toContain('node build/native-module.mjs node');
  });

  it('a rebuild that works is stamped for its runtime and leaves no copy behind', () => {
    const project = fakeProject({ runtime: 'node', abi: NODE_ABI });
    const run = project.run('electron', 'good');
    expect(run.status, run.out).toBe(0);
    expect(JSON.parse(readFileSync(project.stamp, 'utf8'))).toEqual({
      runtime: 'electron',
      version: '45.5.0',
      abi: ELECTRON_ABI,
    });
    expect(existsSync(project.backup)).toBe(false);
    expect(project.loadsInNode()).toBe(false); // built for Electron now, as asked
    expect(project.run('node', 'good').status).toBe(0);
    expect(project.loadsInNode()).toBe(true);
  });

  it('a run killed mid-rebuild is repaired by the next one: the kept module goes back', () => {
    const project = fakeProject({ runtime: 'node', abi: NODE_ABI });
    const before = snapshot(project);
    // What a SIGKILL after the rebuild tool removed build/ leaves: the kept copy, no binary.
    mkdirSync(project.backup);
    writeFileSync(path.join(project.backup, 'better_sqlite3.node'), before.binary);
    writeFileSync(path.join(project.backup, '.casefile-runtime.json'), before.stamp);
    rmSync(path.dirname(path.dirname(project.binary)), { recursive: true });

    const run = project.run('node', 'offline');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('put back the');
    expect(run.out).toContain('nothing to do');
    expect(snapshot(project)).toEqual(before);
    expect(existsSync(project.backup)).toBe(false);
  });
});
