import { appendAudit } from '../../../electron/core/kernel/audit/audit-log.js';
import type { CaseFile } from '../cases/case-file-fixture.js';
import { PASSPHRASE } from '../core/helpers.js';

/** Writes `count` audit rows of a case by `actor`, chained as the app chains them, in one transaction. */
export async function writeAuditRows(
  cf: CaseFile,
  caseId: string | null,
  count: number,
  actor = 'test',
): Promise<void> {
  cf.ws.lock('user');
  await cf.rawDatabase((db) => {
    const ctx = { db: () => db, now: () => cf.clock.now, actor };
    db.transaction(() => {
      for (let index = 0; index < count; index += 1) {
        appendAudit(ctx, { action: 'case.update', caseId, target: null, details: { fields: ['summary'] } });
      }
    })();
  });
  await cf.call('vault.unlock', { method: 'passphrase', passphrase: PASSPHRASE });
}
