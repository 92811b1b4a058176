import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVault, PASSPHRASE, useTempDirs } from './harness.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tempDir = useTempDirs();

/** What esbuild's metafile says of each output file: the sources it holds. */
interface CliMeta {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

/**
 * The real entry, built by build/build.mjs (the command table in dist/cli.js, each command and the
 * core in chunks beside it) and launched through the real bin/casefile.js. It lives under
 * <repo>/.tmp so the native externals resolve from node_modules.
 */
describe('the built casefile command', () => {
  let install: string;

  beforeAll(() => {
    mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
    install = mkdtempSync(join(repoRoot, '.tmp', 'cli-spawn-'));
    mkdirSync(join(install, 'bin'));
    copyFileSync(join(repoRoot, 'bin', 'casefile.js'), join(install, 'bin', 'casefile.js'));
    const built = spawnSync(
      process.execPath,
      [join(repoRoot, 'build', 'build.mjs'), '--cli-only', '--cli-out', join(install, 'dist')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (built.status !== 0) throw new Error(`the CLI did not build: ${built.stderr}`);
  });

  afterAll(() => {
    if (install) rmSync(install, { recursive: true, force: true });
  });

  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(install, 'bin', 'casefile.js'), ...args], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });

  it('prints its help and exits 0', () => {
    const result = run(['--help']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: casefile');
    expect(result.stdout).toContain('call METHOD');
  });

  it('calls a method on a real vault, with the native modules loaded from node_modules', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const result = run(['--json', '--vault', vault, 'call', 'cases.list'], { CASEFILE_PASSPHRASE: PASSPHRASE });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ items: [{ title: 'Fixture allegation' }] });

    const wrong = run(['--json', '--vault', vault, 'call', 'cases.list'], {
      CASEFILE_PASSPHRASE: 'not the passphrase at all',
    });
    expect(wrong.status).toBe(3);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ error: { code: 'WRONG_PASSPHRASE' } });
  });

  /**
   * Runs the built CLI with a module hook that logs every file it loads, and returns the sources
   * (as esbuild names them, relative to the repository) inside those files.
   */
  const sourcesLoadedBy = (
    args: string[],
    env: Record<string, string> = {},
  ): { status: number | null; stderr: string; sources: string[] } => {
    const log = join(install, `loaded-${args.join('-').replace(/\W+/g, '_')}.txt`);
    const hooks = join(install, 'log-hooks.mjs');
    writeFileSync(
      hooks,
      "import { appendFileSync } from 'node:fs';\n" +
        'export async function load(url, context, next) {\n' +
        "  if (url.startsWith('file:')) appendFileSync(process.env.LOADED_LOG, url + '\\n');\n" +
        '  return next(url, context);\n}\n',
    );
    const register =
      `data:text/javascript,import { register } from 'node:module'; ` +
      `register(${JSON.stringify(pathToFileURL(hooks).href)});`;
    const result = spawnSync(process.execPath, ['--import', register, join(install, 'bin', 'casefile.js'), ...args], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', LOADED_LOG: log, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    const meta = JSON.parse(readFileSync(join(install, 'dist', 'cli-meta.json'), 'utf8')) as CliMeta;
    const loaded = readFileSync(log, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((url) => fileURLToPath(url));
    const outputs = Object.entries(meta.outputs).map(([file, output]) => [join(repoRoot, file), output] as const);
    const sources = loaded.flatMap((file) => {
      const output = outputs.find(([name]) => name === file)?.[1];
      return output ? Object.keys(output.inputs) : [relative(repoRoot, file)];
    });
    return { status: result.status, stderr: result.stderr, sources };
  };

  const documentEngine = /node_modules\/(pdf-lib|@pdf-lib|docx|exceljs|jszip)\//;

  it('answers --help from the command table alone: no database, core, contract or document engine', () => {
    const { status, sources } = sourcesLoadedBy(['--help']);
    expect(status).toBe(0);
    expect(sources).toContain('electron/cli/table/index.ts');
    expect(sources.filter((source) => documentEngine.test(source))).toEqual([]);
    expect(sources.filter((source) => /node_modules\/(zod|better-sqlite3|@zxcvbn-ts)/.test(source))).toEqual([]);
    // Only the CLI's own words, in the language chosen (and the helpers they are written with: text, lists).
    expect(
      sources.filter((source) => source.startsWith('electron/core/') || source.startsWith('shared/')).sort(),
    ).toEqual(['shared/i18n/en/cli.ts', 'shared/i18n/list-text.ts', 'shared/i18n/locales.ts', 'shared/i18n/text.ts']);
  });

  it("reads only the chosen language's words", () => {
    const french = sourcesLoadedBy(['--ui-lang', 'fr', '--help']);
    expect(french.status).toBe(0);
    expect(french.sources.filter((source) => source.startsWith('shared/')).sort()).toEqual([
      'shared/i18n/fr/cli.ts',
      'shared/i18n/list-text.ts',
      'shared/i18n/locales.ts',
      'shared/i18n/text.ts',
    ]);
  });

  it("loads a command's own module for its help, without the document engine", () => {
    const unlock = sourcesLoadedBy(['unlock', '--help']);
    expect(unlock.status).toBe(0);
    expect(unlock.sources).toContain('electron/cli/commands/unlock.ts');
    expect(unlock.sources.filter((source) => documentEngine.test(source))).toEqual([]);
  });

  it('lists the methods with the summaries of the language spoken alone; their help reads none', () => {
    const summaries = (sources: string[]) => sources.filter((source) => source.endsWith('/method-summaries.ts'));
    const listed = sourcesLoadedBy(['--ui-lang', 'ar', 'methods']);
    expect(listed.stderr).toBe('');
    expect(listed.status).toBe(0);
    expect(summaries(listed.sources)).toEqual(['shared/i18n/ar/method-summaries.ts']);
    const help = sourcesLoadedBy(['methods', '--help']);
    expect(help.status).toBe(0);
    expect(help.sources).toContain('electron/cli/commands/methods.ts');
    expect(summaries(help.sources)).toEqual([]);
  });

  it('opens a vault without the document engine; a command that renders loads it and finds the fonts', async () => {
    const vault = tempDir();
    await makeVault(vault);
    const secret = { CASEFILE_PASSPHRASE: PASSPHRASE };
    const unlock = sourcesLoadedBy(['--vault', vault, 'unlock', '--check'], secret);
    expect(unlock.stderr).toBe('');
    expect(unlock.status).toBe(0);
    expect(unlock.sources).toContain('electron/core/workspace.ts');
    expect(unlock.sources.filter((source) => documentEngine.test(source))).toEqual([]);

    const pdf = join(tempDir(), 'statistics.pdf');
    const args = ['--vault', vault, 'stats', '--from', '2026-01-01', '--to', '2026-12-31', '--format', 'pdf'];
    const stats = sourcesLoadedBy([...args, '--out', pdf], secret);
    expect(stats.stderr).toBe('');
    expect(stats.status).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(stats.sources.some((source) => source.includes('node_modules/pdf-lib/'))).toBe(true);
    expect(stats.sources.filter((source) => /node_modules\/(docx|exceljs)\//.test(source))).toEqual([]);
  });

  it('says how to build it when dist/cli.js is missing', () => {
    const bare = tempDir();
    mkdirSync(join(bare, 'bin'));
    copyFileSync(join(repoRoot, 'bin', 'casefile.js'), join(bare, 'bin', 'casefile.js'));
    const result = spawnSync(process.execPath, [join(bare, 'bin', 'casefile.js'), '--help'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('dist/cli.js is missing');
    expect(result.stderr).toContain('npm install');
  });
});
