import type { AuditCheckJob } from '../../../../shared/contract/audit.js';
import type { Handlers } from '../../../../shared/contract/index.js';
import type { CaseFileServices } from '../context.js';
import { jobsOf } from '../jobs/job-board.js';
import { auditPage, listAudit } from './audit-list.js';
import { auditRowCount, checkAuditChain } from './audit-verify.js';

export function auditHandlers(
  ctx: CaseFileServices,
): Pick<Handlers, 'audit.list' | 'audit.page' | 'audit.check' | 'audit.verify'> {
  return {
    'audit.list': (input) => ({ items: listAudit(ctx.db(), input) }),
    'audit.page': (request) => auditPage(ctx.db(), request),
    'audit.check': () =>
      jobsOf(ctx).start<AuditCheckJob>(
        { kind: 'auditCheck', rowsTotal: auditRowCount(ctx.db()), rowsChecked: 0 },
        async (job) => {
          const result = await checkAuditChain(() => ctx.db(), {
            signal: job.signal,
            onProgress: (rowsChecked) => job.update({ rowsChecked }),
          });
          return { rowsChecked: result.checkedRows, result };
        },
      ),
    'audit.verify': () => checkAuditChain(() => ctx.db()),
  };
}
