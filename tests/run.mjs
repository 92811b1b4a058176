#!/usr/bin/env node
// `npm test`: every suite in order, then one summary line that CI reads: "N passed, N failed, N skipped".
//   node tests/run.mjs [--only=STEP,...] [--reports=DIR]
// STEP is one of native, typecheck, lint, build, unit, e2e, electron (default: all, in that order).
// `.ci/run` uses --only for its second runtime (Node 24: native,unit) and --reports to keep each
// pass's reports apart; every title carries the runtime and the pinned clock, so a log says which
// setting failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const STEPS = ['native', 'typecheck', 'lint', 'build', 'unit', 'e2e', 'electron'];

/** `--name=value` or `--name value`; undefined when absent. */
function option(name) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index === -1) return undefined;
  return args[index].includes('=') ? args[index].slice(args[index].indexOf('=') + 1) : args[index + 1];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = resolve(root, option('reports') || join('.tmp', 'reports'));
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const onlyOption = option('only');
const only =
  onlyOption === undefined
    ? null
    : new Set(
        onlyOption
          .split(',')
          .map((step) => step.trim())
          .filter(Boolean),
      );
const unknown = only === null ? [] : [...only].filter((step) => !STEPS.includes(step));
const wants = (step) => only === null || only.has(step);

/** The setting this run is under: the runtime, and the test clock and zone when pinned. */
const setting = [
  `Node ${process.versions.node}`,
  ...(process.env.CASEFILE_TEST_NOW ? [`clock ${process.env.CASEFILE_TEST_NOW}`] : []),
  ...(process.env.TZ ? [`TZ ${process.env.TZ}`] : []),
].join(', ');

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title} [${setting}] ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/**
 * A runner that exits non-zero must fail the run even when its report counts no failed test
 * (vitest's unhandled errors, a crash after the report): it then counts as one failure.
 */
function settle(title, ok, failedBefore) {
  if (ok) return;
  if (totals.failed === failedBefore) totals.failed += 1;
  failures.push(title);
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
  const failedBefore = totals.failed;
  const ok = run(title, 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...args,
  ]);
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
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  );
  totals.failed += brokenFiles.length;
  // Name what failed, so a CI log cut to its last lines still says which test to look at.
  for (const file of report.testResults) {
    const at = typeof file.name === 'string' ? relative(root, file.name) : 'a test file';
    if (brokenFiles.includes(file)) failures.push(`${at} (did not load)`);
    for (const test of file.assertionResults) if (test.status === 'failed') failures.push(`${at} › ${test.title}`);
  }
  settle(title, ok, failedBefore);
}

function playwright(title, config) {
  const out = join(reports, `${title.replace(/\W+/g, '-')}.json`);
  const failedBefore = totals.failed;
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
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      if (spec.tests?.some((test) => test.status === 'unexpected')) failures.push([...titles, spec.title].join(' › '));
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  settle(title, ok, failedBefore);
}

if (unknown.length > 0) {
  totals.failed += 1;
  failures.push(`--only names no step ${unknown.join(', ')} (steps: ${STEPS.join(', ')})`);
} else {
  // A step left out by --only is assumed done: CI runs the native check first in every pass.
  const nativeOk = wants('native')
    ? check('native SQLite module matches Node', 'node', ['build/native-module.mjs', 'node'])
    : true;
  if (wants('typecheck')) {
    for (const layer of ['shared', 'electron', 'renderer', 'tests']) {
      check(`typecheck ${layer}/`, 'npx', ['tsc', '-p', layer]);
    }
  }
  if (wants('lint')) {
    // The same three checks as `npm run lint`, one line each in the summary.
    check('lint (ESLint)', 'npx', ['eslint', '.']);
    check('format (Prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
    check('unused files, exports and dependencies (knip)', 'npx', ['knip', '--no-progress']);
  }
  const built = wants('build') ? check('build (main, preload, CLI, renderer)', 'node', ['build/build.mjs']) : true;
  if (wants('unit') && nativeOk) vitest('unit tests (vitest)', []);
  if (wants('e2e') && built && nativeOk) playwright('e2e (Playwright, Chromium)', 'tests/e2e/playwright.config.ts');
  if (wants('electron') && built) playwright('electron (Playwright _electron)', 'tests/electron/playwright.config.ts');
}

const summary = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
writeFileSync(join(reports, 'summary.txt'), `${summary}\n`);
// For .ci/run, which adds up the passes of several runtimes and clocks into one last line.
writeFileSync(join(reports, 'totals.json'), `${JSON.stringify({ setting, ...totals, failures }, null, 2)}\n`);
if (failures.length > 0) console.log(`\nFailed steps [${setting}]: ${failures.join('; ')}`);
console.log(`\n${summary}`);
process.exitCode = totals.failed > 0 || failures.length > 0 ? 1 : 0;
