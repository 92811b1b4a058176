import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bench, describe } from 'vitest';
import { createCase } from '../../electron/core/cases/case-create.js';
import { changeCaseStatus } from '../../electron/core/cases/case-status.js';
import { caseFileContext } from '../../electron/core/composition.js';
import { recordMilestone } from '../../electron/core/deadlines/case-milestones.js';
import { recordFinding } from '../../electron/core/findings/finding-record.js';
import type { CaseFileContext } from '../../electron/core/kernel/context.js';
import { KDF_FLOORS } from '../../electron/core/kernel/vault/passphrase-kdf.js';
import { unlockWithPassphrase } from '../../electron/core/kernel/vault/vault.js';
import { addPerson } from '../../electron/core/people/person-changes.js';
import { recordSubjectAction } from '../../electron/core/subject-actions/subject-action-store.js';
import { openWorkspace } from '../../electron/core/workspace.js';
import type { Dispatch } from '../../electron/ipc/router.js';
import { routeWorkspace } from '../../electron/ipc/workspace-router.js';
import { contract } from '../../shared/contract/index.js';
import { latencyReport } from './case-file-load.js';

/** The goal of issue 14: the statistics view over 5,000 cases, through the router, in under 200 ms. */
const GOAL_MS = 200;
const CASES = 5_000;
const PASSPHRASE = 'bench lantern quarry velvet ostrich';
const QUERY = { from: '2025-01-01', to: '2026-12-31' };

interface Loaded {
  dispatch: Dispatch;
  loadSeconds: number;
  dispose(): void;
}

const CATEGORIES = ['military_mc', 'police_fpu', 'civilian_int', 'civilian_unv'] as const;
const COUNTRIES = ['BGD', 'SEN', 'URY', 'PAK', 'NPL'];

/**
 * A vault of 5,000 cases over two years, each with one or two victims and a subject, a third of
 * them investigated and closed with a finding and an action: written through the core's own
 * functions on a second connection in one transaction (as case-file-load.ts does), then queried
 * through the router.
 */
async function load(): Promise<Loaded> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bench-stats-'));
  let clock = Date.parse('2027-06-30T09:00:00.000Z');
  const ws = openWorkspace({
    dir: path.join(dir, 'vault'),
    passphraseKdf: { ...KDF_FLOORS },
    now: () => clock,
    actor: 'bench',
  });
  const dispatch = routeWorkspace(ws);
  const created = await dispatch('vault.create', { passphrase: PASSPHRASE });
  if (!created.ok) throw new Error(created.error.code);
  ws.lock('user');
  const started = performance.now();
  const vault = await unlockWithPassphrase(ws.dir, PASSPHRASE);
  try {
    const ctx: CaseFileContext = caseFileContext({ db: () => vault.db, now: () => clock, actor: 'bench' });
    vault.db.transaction(() => {
      for (let i = 0; i < CASES; i++) {
        clock += 1;
        const day = new Date(Date.parse('2025-01-01T00:00:00.000Z') + (i % 700) * 86_400_000).toISOString();
        const record = createCase(
          ctx,
          contract['cases.create'].input.parse({
            title: `Allegation ${i}`,
            dateReceived: day.slice(0, 10),
            reportingChannel: 'hotline',
            entity: i % 3 === 0 ? 'MONUSCO' : 'MINUSCA',
            category: i % 2 === 0 ? 'SE' : 'SA',
            subtype: i % 2 === 0 ? 'transactional_sex' : 'sexual_assault',
            urgent: i % 7 === 0,
          }),
        );
        for (let v = 0; v < 1 + (i % 2); v++) {
          addPerson(
            ctx,
            contract['people.add'].input.parse({
              caseId: record.id,
              profile: { role: 'victim', sex: 'female', ageBand: i % 5 === 0 ? 'minor' : 'adult', language: 'fr' },
            }),
          );
        }
        const subject = addPerson(
          ctx,
          contract['people.add'].input.parse({
            caseId: record.id,
            profile: {
              role: 'subject',
              personnelCategory: CATEGORIES[i % CATEGORIES.length],
              nationality: COUNTRIES[i % COUNTRIES.length],
            },
          }),
        );
        if (i % 3 === 0) {
          recordMilestone(ctx, { caseId: record.id, milestone: 'referred_for_investigation', at: day });
          changeCaseStatus(ctx, record.id, { to: 'under_investigation', reason: 'Credible' });
          recordFinding(
            ctx,
            contract['findings.record'].input.parse({
              personId: subject.id,
              outcome: i % 2 === 0 ? 'substantiated' : 'not_substantiated',
              decidingEntity: 'oios',
              decidedOn: new Date(Date.parse(day) + 120 * 86_400_000).toISOString().slice(0, 10),
              reportReference: `OIOS-${i}`,
            }),
          );
          recordSubjectAction(
            ctx,
            contract['subjectActions.record'].input.parse({
              personId: subject.id,
              kind: 'repatriation',
              takenAt: day,
              source: 'mission',
            }),
          );
        }
      }
    })();
  } finally {
    vault.close();
  }
  const loadSeconds = (performance.now() - started) / 1000;
  const unlocked = await dispatch('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
  if (!unlocked.ok) throw new Error(unlocked.error.code);
  return {
    dispatch,
    loadSeconds,
    dispose() {
      ws.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let loaded: Promise<Loaded> | null = null;
const samples: number[] = [];

describe('statistics over 5,000 cases', () => {
  bench(
    'statistics.compute (router, two years, every table)',
    async () => {
      loaded ??= load().catch((error: unknown) => {
        console.error('statistics bench: the vault could not be loaded', error);
        throw error;
      });
      const file = await loaded;
      const start = performance.now();
      const reply = await file.dispatch('statistics.compute', QUERY);
      samples.push(performance.now() - start);
      if (!reply.ok) throw new Error(`statistics.compute: ${reply.error.code}`);
      const counted = (reply.value as { tables: { id: string; rows: { cells: number[] }[] }[] }).tables.find(
        (table) => table.id === 'allegations',
      )?.rows[0]?.cells[0];
      if (counted !== CASES) throw new Error(`statistics.compute counted ${String(counted)} of ${CASES} cases`);
    },
    {
      iterations: 30,
      time: 0,
      warmupIterations: 3,
      warmupTime: 0,
      teardown: async (_task, mode) => {
        if (mode === 'warmup') {
          samples.length = 0;
          return;
        }
        const file = await loaded!;
        console.log(
          latencyReport(
            `statistics.compute through the router: ${CASES.toLocaleString('en')} cases over two years ` +
              `(loaded in ${file.loadSeconds.toFixed(1)} s)`,
            'statistics',
            samples,
            GOAL_MS,
          ),
        );
        file.dispose();
      },
    },
  );
});
