import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';

/**
 * issue 13, item 5: how long `casefile --help` and `casefile unlock --check` take from launch to
 * exit, and their peak RSS, over RUNS runs each, beside `node -e 0` in the same run (the floor no
 * Node program goes under). Goal: --help < 150 ms (read against node -e 0 on the same machine).
 * The CLI is built by build/build.mjs into .tmp/ (what `npm run build` ships); the vault is made by
 * `casefile init`, so the unlock pays the default Argon2id cost, as a person's does.
 */
const RUNS = 5;
const GOAL_HELP_MS = 150;
const PASSPHRASE = 'bench lantern quarry velvet ostrich 1984';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Sample {
  ms: number;
  maxRssMB: number;
}

let folder = '';

/** The built CLI under .tmp/ (native modules resolve from the repository's node_modules). */
function buildCli(): string {
  mkdirSync(path.join(repoRoot, '.tmp'), { recursive: true });
  folder = mkdtempSync(path.join(repoRoot, '.tmp', 'cli-start-'));
  mkdirSync(path.join(folder, 'bin'));
  copyFileSync(path.join(repoRoot, 'bin', 'casefile.js'), path.join(folder, 'bin', 'casefile.js'));
  const built = spawnSync(
    process.execPath,
    [path.join(repoRoot, 'build', 'build.mjs'), '--cli-only', '--cli-out', path.join(folder, 'dist')],
    { encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`the CLI did not build: ${built.stderr}`);
  return path.join(folder, 'bin', 'casefile.js');
}

/**
 * One launch: wall time around the whole process, and its peak RSS as the kernel counts it,
 * written at exit by a preloaded one-liner (given to every command alike, node -e 0 included).
 */
function launch(args: readonly string[], env: Record<string, string> = {}): Sample {
  const rssFile = path.join(folder, 'rss.txt');
  const preload =
    "data:text/javascript,import { writeFileSync } from 'node:fs'; process.on('exit', () => " +
    'writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));';
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', preload, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', RSS_FILE: rssFile, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, maxRssMB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

let reported = false;

function report(): void {
  // tinybench calls the function for its warm-up too: the launches are measured and printed once.
  if (reported) return;
  reported = true;
  const cli = buildCli();
  const vault = path.join(folder, 'vault');
  const secret = { CASEFILE_PASSPHRASE: PASSPHRASE };
  launch([cli, '--vault', vault, 'init'], secret);
  // Interleaved, so that a burst of load on the machine falls on every command alike.
  const samples: Record<'node' | 'help' | 'unlock', Sample[]> = { node: [], help: [], unlock: [] };
  for (let run = 0; run < RUNS; run += 1) {
    samples.node.push(launch(['-e', '0']));
    samples.help.push(launch([cli, '--help']));
    samples.unlock.push(launch([cli, '--vault', vault, 'unlock', '--check'], secret));
  }
  const figures = Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      { ms: median(list.map((sample) => sample.ms)), rss: Math.max(...list.map((sample) => sample.maxRssMB)) },
    ]),
  ) as Record<keyof typeof samples, { ms: number; rss: number }>;
  const node = figures.node;
  const line = (label: string, figure: { ms: number; rss: number }) =>
    `  ${label.padEnd(24)} ${figure.ms.toFixed(0).padStart(5)} ms  ${figure.rss.toFixed(0).padStart(4)} MiB   ` +
    `×${(figure.ms / node.ms).toFixed(2)} node -e 0, +${(figure.ms - node.ms).toFixed(0)} ms`;
  const helpMet = figures.help.ms < GOAL_HELP_MS ? 'met' : 'NOT met';
  console.log(
    [
      '',
      `casefile start-up: median wall time of ${RUNS} runs (launch to exit), peak RSS (the largest)`,
      `  ${'node -e 0'.padEnd(24)} ${node.ms.toFixed(0).padStart(5)} ms  ${node.rss.toFixed(0).padStart(4)} MiB   ` +
        '(the floor: Node starting and exiting)',
      `${line('casefile --help', figures.help)} — goal < ${GOAL_HELP_MS} ms: ${helpMet}`,
      `${line('casefile unlock --check', figures.unlock)} (includes the default Argon2id derivation)`,
      `  machine                  ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')} (other work on the machine lengthens every figure)`,
      '',
    ].join('\n'),
  );
}

describe('CLI start-up', () => {
  bench('casefile --help and unlock --check beside node -e 0', report, {
    iterations: 1,
    time: 0,
    warmupIterations: 0,
    warmupTime: 0,
    teardown: (_task, mode) => {
      if (mode === 'run' && folder) rmSync(folder, { recursive: true, force: true });
    },
  });
});
