import { expect } from 'vitest';
import type { MethodOutput } from '../../../shared/contract/index.js';
import { caseFileContext } from '../../../electron/core/composition.js';
import type { CaseFileContext } from '../../../electron/core/kernel/context.js';
import type { CaseFile } from '../cases/case-file-fixture.js';
import { PASSPHRASE } from '../core/helpers.js';

export { intake, useCaseFiles, type CaseFile } from '../cases/case-file-fixture.js';

export type DeadlineItems = MethodOutput<'deadlines.list'>['items'];

export const HOUR = 3_600_000;

/** Open deadlines of one case (or all), keyed by clock id for the assertions that name one. */
export async function deadlinesOf(file: CaseFile, caseId?: string, includeClosed = false): Promise<DeadlineItems> {
  const { items } = await file.call('deadlines.list', { ...(caseId === undefined ? {} : { caseId }), includeClosed });
  return items;
}

export function byClock(items: DeadlineItems, clockId: string, concernsLabel?: string): DeadlineItems[number] {
  const found = items.filter(
    (item) => item.clockId === clockId && (concernsLabel === undefined || item.concerns.label === concernsLabel),
  );
  expect(found, `${clockId} ${concernsLabel ?? ''}`).toHaveLength(1);
  return found[0] as DeadlineItems[number];
}

export const clockIds = (items: DeadlineItems): string[] => items.map((item) => item.clockId);

/**
 * A CaseFileContext on a second connection to the vault, for calling core functions that have
 * no contract method of their own (startEvidenceDeadlines is called by the evidence module).
 */
export async function withCoreContext<T>(file: CaseFile, work: (ctx: CaseFileContext) => T): Promise<T> {
  return file.rawDatabase((db) => work(caseFileContext({ db: () => db, now: () => file.clock.now, actor: 'test' })));
}

export async function auditActions(file: CaseFile, caseId?: string): Promise<string[]> {
  const { items } = await file.call('audit.list', { ...(caseId === undefined ? {} : { caseId }), limit: 1000 });
  return items.map((item) => item.action).reverse();
}

/**
 * Moves the test clock hours or days ahead. Idle that long, a real vault locks itself: the test
 * locks it first and unlocks it again, as the investigator would on coming back.
 */
export async function jumpTo(file: CaseFile, iso: string): Promise<void> {
  file.ws.lock('user');
  file.clock.set(iso);
  await file.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
}
