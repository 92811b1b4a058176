import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * tests/run.mjs, the `npm test` whose last line CI reads. `.ci/run` runs it twice (Node 24 with
 * --only=native,unit, then the machine's Node with everything) and adds up the two totals.json.
 * The runners here are stand-ins — a fake `npx` first on PATH that logs its arguments and writes
 * the report it is given — so the script's own logic is tested in a second, not the suites.
 */
const runScript = fileURLToPath(new URL('../../run.mjs', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const FAKE_NPX = `#!/usr/bin/env node
const { appendFileSync, writeFileSync } = require('node:fs');
const args = process.argv.slice(2);
appendFileSync(process.env.FAKE_LOG, args.join(' ') + '\\n');
if (args[0] === process.env.FAKE_FAILING_TOOL) process.exit(1);
if (args[0] === 'vitest') {
  const out = args.find((arg) => arg.startsWith('--outputFile.json=')).slice('--outputFile.json='.length);
  writeFileSync(out, process.env.FAKE_VITEST_REPORT);
  process.exit(Number(process.env.FAKE_VITEST_EXIT));
}
process.exit(0);
`;

interface Outcome {
  status: number | null;
  lines: string[];
  calls: string[];
  totals: { setting: string; passed: number; failed: number; skipped: number; failures: string[] } | null;
}

function runTests(
  args: string[],
  vitest: { passed: number; failed: number; skipped: number; exit: number },
  env: Record<string, string> = {},
): Outcome {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-run-script-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'npx'), FAKE_NPX);
  chmodSync(join(dir, 'npx'), 0o755);
  const log = join(dir, 'calls.log');
  writeFileSync(log, '');
  const report = {
    numPassedTests: vitest.passed,
    numFailedTests: vitest.failed,
    numPendingTests: vitest.skipped,
    numTodoTests: 0,
    testResults: [
      {
        name: join(dirname(runScript), 'unit', 'example.test.ts'),
        status: vitest.failed > 0 ? 'failed' : 'passed',
        assertionResults: [
          { title: 'passes', status: 'passed' },
          ...Array.from({ length: vitest.failed }, (_, n) => ({ title: `fails ${n + 1}`, status: 'failed' })),
        ],
      },
    ],
  };
  const reports = join(dir, 'reports');
  const result = spawnSync(process.execPath, [runScript, ...args, `--reports=${reports}`], {
    encoding: 'utf8',
    env: {
      PATH: [dir, dirname(process.execPath), process.env['PATH'] ?? ''].join(delimiter),
      FAKE_LOG: log,
      FAKE_VITEST_REPORT: JSON.stringify(report),
      FAKE_VITEST_EXIT: String(vitest.exit),
      CASEFILE_TEST_NOW: '2026-03-28T23:30:00Z',
      TZ: 'Pacific/Kiritimati',
      ...env,
    },
    timeout: 60_000,
  });
  const totalsFile = join(reports, 'totals.json');
  return {
    status: result.status,
    lines: result.stdout.trimEnd().split('\n'),
    calls: readFileSync(log, 'utf8').trim().split('\n').filter(Boolean),
    totals: existsSync(totalsFile) ? (JSON.parse(readFileSync(totalsFile, 'utf8')) as Outcome['totals']) : null,
  };
}

const SETTING = `Node ${process.versions.node}, clock 2026-03-28T23:30:00Z, TZ Pacific/Kiritimati`;

describe('npm test (tests/run.mjs)', () => {
  it('lints with ESLint, checks the format with Prettier and looks for unused code with knip, one check each', () => {
    const clean = runTests(['--only=lint'], { passed: 0, failed: 0, skipped: 0, exit: 0 });
    expect(clean.calls).toEqual(['eslint .', 'prettier --check . --log-level warn', 'knip --no-progress']);
    expect(clean.lines.at(-1)).toBe('3 passed, 0 failed, 0 skipped');
    expect(clean.status).toBe(0);

    const unused = runTests(
      ['--only=lint'],
      { passed: 0, failed: 0, skipped: 0, exit: 0 },
      { FAKE_FAILING_TOOL: 'knip' },
    );
    expect(unused.lines.at(-1)).toBe('2 passed, 1 failed, 0 skipped');
    expect(unused.totals?.failures).toEqual(['unused files, exports and dependencies (knip)']);
    expect(unused.status).toBe(1);
  });

  it('runs only the steps --only names, says under which runtime and clock, and ends on the summary line', () => {
    const outcome = runTests(['--only=unit'], { passed: 3, failed: 0, skipped: 1, exit: 0 });
    expect(outcome.calls).toEqual([expect.stringMatching(/^vitest run /)]);
    expect(outcome.lines).toContain(`=== unit tests (vitest) [${SETTING}] ===`);
    expect(outcome.lines.at(-1)).toBe('3 passed, 0 failed, 1 skipped');
    expect(outcome.status).toBe(0);
    expect(outcome.totals).toEqual({ setting: SETTING, passed: 3, failed: 0, skipped: 1, failures: [] });
  });

  it('fails the run when a runner exits non-zero with no failed test in its report (unhandled errors)', () => {
    const outcome = runTests(['--only', 'unit'], { passed: 3, failed: 0, skipped: 0, exit: 1 });
    expect(outcome.lines.at(-1)).toBe('3 passed, 1 failed, 0 skipped');
    expect(outcome.lines).toContain(`Failed steps [${SETTING}]: unit tests (vitest)`);
    expect(outcome.status).toBe(1);
  });

  it('counts failed tests once, not once more for the runner exiting non-zero', () => {
    const outcome = runTests(['--only=unit'], { passed: 5, failed: 2, skipped: 0, exit: 1 });
    expect(outcome.lines.at(-1)).toBe('5 passed, 2 failed, 0 skipped');
    expect(outcome.status).toBe(1);
    // Each failed test is named, so a log cut to its last lines still says which one.
    expect(outcome.totals?.failures).toEqual([
      'tests/unit/example.test.ts › fails 1',
      'tests/unit/example.test.ts › fails 2',
      'unit tests (vitest)',
    ]);
  });

  it('refuses a step it does not know, running nothing, and says which steps there are', () => {
    const outcome = runTests(['--only=unit,e2ee'], { passed: 3, failed: 0, skipped: 0, exit: 0 });
    expect(outcome.calls).toEqual([]);
    expect(outcome.lines.at(-1)).toBe('0 passed, 1 failed, 0 skipped');
    expect(outcome.totals?.failures).toEqual([
      '--only names no step e2ee (steps: native, typecheck, lint, build, unit, e2e, electron)',
    ]);
    expect(outcome.status).toBe(1);
  });
});
