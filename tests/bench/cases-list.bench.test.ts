import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bench, describe } from 'vitest';
import { createCase } from '../../electron/core/cases/case-create.js';
import { caseFileContext } from '../../electron/core/composition.js';
import type { CaseFileContext } from '../../electron/core/kernel/context.js';
import { KDF_FLOORS } from '../../electron/core/kernel/vault/passphrase-kdf.js';
import { unlockWithPassphrase } from '../../electron/core/kernel/vault/vault.js';
import { addPerson } from '../../electron/core/people/person-changes.js';
import { openWorkspace } from '../../electron/core/workspace.js';
import type { Dispatch } from '../../electron/ipc/router.js';
import { routeWorkspace } from '../../electron/ipc/workspace-router.js';
import { contract } from '../../shared/contract/index.js';
import { latencyReport } from './case-file-load.js';

/** Issue 13's goal: `cases.list` over 1,000 cases, through the router, in under 50 ms. */
const GOAL_MS = 50;
const CASES = 1_000;
const PASSPHRASE = 'bench lantern quarry velvet ostrich';

interface Loaded {
  dispatch: Dispatch;
  dispose(): void;
}

/**
 * A vault of 1,000 open cases, each with a victim and a subject (the list runs the principles on
 * each): written through the core's functions on a second connection in one transaction, as
 * case-file-load.ts does, then listed through the router.
 */
async function load(): Promise<Loaded> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bench-cases-'));
  let clock = Date.parse('2026-06-30T09:00:00.000Z');
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
  const vault = await unlockWithPassphrase(ws.dir, PASSPHRASE);
  try {
    const ctx: CaseFileContext = caseFileContext({ db: () => vault.db, now: () => clock, actor: 'bench' });
    vault.db.transaction(() => {
      for (let i = 0; i < CASES; i++) {
        clock += 1;
        const day = new Date(Date.parse('2025-06-01T00:00:00.000Z') + (i % 390) * 86_400_000).toISOString();
        const record = createCase(
          ctx,
          contract['cases.create'].input.parse({
            title: `Allegation ${i}`,
            dateReceived: day.slice(0, 10),
            reportingChannel: 'hotline',
            entity: 'MINUSCA',
            category: i % 2 === 0 ? 'SE' : 'SA',
            subtype: i % 2 === 0 ? 'transactional_sex' : 'sexual_assault',
            urgent: i % 7 === 0,
          }),
        );
        for (const profile of [
          { role: 'victim', sex: 'female', ageBand: i % 5 === 0 ? 'minor' : 'adult', language: 'fr' },
          { role: 'subject', personnelCategory: 'military_mc', nationality: 'SEN' },
        ]) {
          addPerson(ctx, contract['people.add'].input.parse({ caseId: record.id, profile }));
        }
      }
    })();
  } finally {
    vault.close();
  }
  const unlocked = await dispatch('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
  if (!unlocked.ok) throw new Error(unlocked.error.code);
  return {
    dispatch,
    dispose() {
      ws.dispose();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let loaded: Promise<Loaded> | null = null;
const samples: number[] = [];

describe('the cases list over 1,000 cases', () => {
  bench(
    'cases.list (router, default sort)',
    async () => {
      loaded ??= load();
      const file = await loaded;
      const start = performance.now();
      const reply = await file.dispatch('cases.list', {});
      samples.push(performance.now() - start);
      if (!reply.ok) throw new Error(`cases.list: ${reply.error.code}`);
      const { items } = reply.value as { items: { blockingFindings: number }[] };
      if (items.length !== CASES) throw new Error(`cases.list listed ${items.length} of ${CASES} cases`);
    },
    {
      iterations: 20,
      time: 0,
      warmupIterations: 2,
      warmupTime: 0,
      teardown: async (_task, mode) => {
        if (mode === 'warmup') {
          samples.length = 0;
          return;
        }
        console.log(
          latencyReport(
            `cases.list through the router: ${CASES.toLocaleString('en')} open cases`,
            'cases.list',
            samples,
            GOAL_MS,
          ),
        );
        (await loaded!).dispose();
      },
    },
  );
});
