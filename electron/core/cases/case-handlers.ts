import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { archiveCase } from './case-archive.js';
import { createCase } from './case-create.js';
import { listCases } from './case-list.js';
import { casesPage } from './case-page.js';
import { changeCaseStatus } from './case-status.js';
import { refuseReceivedInFuture } from './case-received-date.js';
import { getCase } from './case-store.js';
import { updateCase } from './case-update.js';

type CaseMethods =
  'cases.list' | 'cases.page' | 'cases.create' | 'cases.get' | 'cases.update' | 'cases.changeStatus' | 'cases.archive';

export function caseHandlers(ctx: CaseFileContext): Pick<Handlers, CaseMethods> {
  return {
    'cases.list': (query) => ({ items: listCases(ctx.ports, ctx.db(), query, ctx.now()) }),
    'cases.page': (request) => casesPage(ctx.ports, ctx.db(), request, ctx.now()),
    'cases.create': (intake) => {
      refuseReceivedInFuture(ctx, ctx.db(), intake.dateReceived);
      return createCase(ctx, intake);
    },
    'cases.get': ({ caseId }) => getCase(ctx.db(), caseId),
    'cases.update': ({ caseId, changes }) => {
      // A date already stored was not in the future then, and today only moves on: checking it again is harmless.
      if (changes.dateReceived !== undefined) refuseReceivedInFuture(ctx, ctx.db(), changes.dateReceived);
      return updateCase(ctx, caseId, changes);
    },
    'cases.changeStatus': ({ caseId, ...request }) => changeCaseStatus(ctx, caseId, request),
    'cases.archive': ({ caseId, archived, reason }) => archiveCase(ctx, caseId, archived, reason),
  };
}
