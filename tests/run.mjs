#!/usr/bin/env node
// `npm test`: every suite in order, then one summary line that CI reads: "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, '.tmp', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is not a test runner (typecheck, build) counts as one check. */
function check(title, command, args) {
  const ok = run(title, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  if (!ok) failures.push(title);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function vitest(title, args) {
  const out = join(reports, 'vitest.json');
  const ok = run(title, 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args]);
  const report = readJson(out);
  if (!report) {
    totals.failed += 1;
    failures.push(`${title} (no report: the runner crashed)`);
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load has no failed test in it, but the run failed: count it.
  const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  totals.failed += brokenFiles.length;
  if (!ok) failures.push(title);
}

function playwright(title, config) {
  const out = join(reports, `${title.replace(/\W+/g, '-')}.json`);
  const ok = run(title, 'npx', ['playwright', 'test', '--config', config, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
    CASEFILE_SKIP_BUILD: '1',
  });
  const report = readJson(out);
  if (!report) {
    totals.failed += 1;
    failures.push(`${title} (no report: the runner crashed)`);
    return;
  }
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  totals.passed += expected + flaky;
  totals.failed += unexpected + (report.errors?.length ?? 0);
  totals.skipped += skipped;
  if (!ok) failures.push(title);
}

const nativeOk = check('native SQLite module matches Node', 'node', ['build/native-module.mjs', 'node']);
for (const layer of ['shared', 'electron', 'renderer', 'tests']) {
  check(`typecheck ${layer}/`, 'npx', ['tsc', '-p', layer]);
}
const built = check('build (main, preload, CLI, renderer)', 'node', ['build/build.mjs']);
if (nativeOk) vitest('unit tests (vitest, Node)', []);
if (built && nativeOk) playwright('e2e (Playwright, Chromium)', 'tests/e2e/playwright.config.ts');
if (built) playwright('electron (Playwright _electron)', 'tests/electron/playwright.config.ts');

const summary = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
writeFileSync(join(reports, 'summary.txt'), `${summary}\n`);
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join('; ')}`);
console.log(`\n${summary}`);
process.exitCode = totals.failed > 0 || failures.length > 0 ? 1 : 0;
