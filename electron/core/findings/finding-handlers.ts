import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { recordFinding } from './finding-record.js';
import { listFindings } from './finding-store.js';

export function findingHandlers(ctx: CaseFileContext): Pick<Handlers, 'findings.list' | 'findings.record'> {
  return {
    'findings.list': (input) => {
      const db = ctx.db();
      const caseId = ctx.ports.cases.get(db, input.caseId).id;
      if (input.personId !== undefined) ctx.ports.people.inCase(db, caseId, input.personId);
      return { items: listFindings(db, caseId, input.personId) };
    },
    'findings.record': (input) => recordFinding(ctx, input),
  };
}
