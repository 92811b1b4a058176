import type { Handlers } from '../../../../shared/contract/index.js';
import type { CaseFileServices } from '../context.js';
import { listAudit } from './audit-list.js';
import { verifyAuditChain } from './audit-verify.js';

export function auditHandlers(ctx: CaseFileServices): Pick<Handlers, 'audit.list' | 'audit.verify'> {
  return {
    'audit.list': (input) => ({ items: listAudit(ctx.db(), input) }),
    'audit.verify': () => verifyAuditChain(ctx.db()),
  };
}
