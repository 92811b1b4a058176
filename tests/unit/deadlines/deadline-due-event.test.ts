import { describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../electron/core/kernel/events.js';
import { openWorkspace, type Workspace } from '../../../electron/core/workspace.js';
import { routeWorkspace } from '../../../electron/ipc/workspace-router.js';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/index.js';
import { flowingClock, HOUR_MS } from '../../clock.js';
import { FLOOR_KDF, PASSPHRASE, useTempDirs, valueOf } from '../core/helpers.js';
import { intake } from '../cases/case-file-fixture.js';

const utcMinute = (ms: number): string => new Date(ms).toISOString().slice(0, 16);

function open(
  dir: string,
  start: number,
): { ws: Workspace; call: <M extends MethodName>(m: M, i: MethodInput<M>) => Promise<MethodOutput<M>> } {
  const ws = openWorkspace({ dir, passphraseKdf: FLOOR_KDF, now: flowingClock(start).now, actor: 'test' });
  const dispatch = routeWorkspace(ws);
  return { ws, call: async (method, input) => valueOf(await dispatch(method, input)) as never };
}

describe('deadlines.due', () => {
  const tempDir = useTempDirs();

  it('is emitted when an open deadline reaches its due time while the vault is open, once, with ids only', async () => {
    const dir = tempDir();
    const start = Date.parse('2026-03-09T08:00:00Z');
    const first = open(dir, start);
    await first.call('vault.create', { passphrase: PASSPHRASE });
    const created = await first.call(
      'cases.create',
      intake({
        dateReceived: '2026-03-09',
        incidentDates: [{ precision: 'exact', from: utcMinute(start - 5 * HOUR_MS), timeZone: 'UTC' }],
      }),
    );
    const { items } = await first.call('deadlines.list', { caseId: created.id });
    const soonest = items
      .map((item) => ({ id: item.id, dueAt: item.dueAt }))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0]!;
    first.ws.dispose();

    // The same vault, opened 400 ms before that deadline falls due, on a clock that flows.
    const second = open(dir, Date.parse(soonest.dueAt) - 400);
    const due: CoreEvent[] = [];
    second.ws.onEvent((event) => {
      if (event.name === 'deadlines.due') due.push(event);
    });
    await second.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    try {
      await expect.poll(() => due.length, { timeout: 5_000, interval: 50 }).toBeGreaterThan(0);
      expect(due[0]).toEqual({
        name: 'deadlines.due',
        payload: { deadlineId: soonest.id, caseId: created.id, dueAt: soonest.dueAt },
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(
        due.filter((event) => event.name === 'deadlines.due' && event.payload.deadlineId === soonest.id),
      ).toHaveLength(1);

      // Locked, the watch stops: nothing is told about a vault that is not open.
      second.ws.lock('user');
      const heard = due.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(due.length).toBe(heard);
    } finally {
      second.ws.dispose();
    }
  });
});
