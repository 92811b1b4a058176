import type { Handlers } from '../../../shared/contract/index.js';
import { evaluatePrinciples } from '../../../shared/principles/index.js';
import type { CaseFileContext } from '../kernel/context.js';

export function principlesHandlers(ctx: CaseFileContext): Pick<Handlers, 'principles.check'> {
  return {
    'principles.check': ({ caseId }) => {
      const snapshot = ctx.ports.principles.snapshot(ctx.db(), caseId, ctx.now());
      return { asOf: snapshot.asOf, findings: evaluatePrinciples(snapshot) };
    },
  };
}
