import type { Handlers } from '../../../shared/contract/index.js';
import type { CaseFileContext } from '../kernel/context.js';
import { addCustodyEvent } from './custody-changes.js';
import { custodyListPage } from './custody-list-page.js';
import { saveCustodyReport } from './custody-report.js';
import { listCustodyEvents } from './custody-store.js';
import { getItemRow } from './evidence-store.js';
import { saveVerificationReport } from './verification-report.js';

type CustodyMethod = Extract<keyof Handlers, `custody.${string}`>;

export function custodyHandlers(ctx: CaseFileContext): Pick<Handlers, CustodyMethod> {
  return {
    'custody.list': ({ itemId }) => ({ items: listCustodyEvents(ctx.db(), getItemRow(ctx.db(), itemId).id) }),
    'custody.page': (request) => custodyListPage(ctx.db(), request),
    'custody.add': (input) => addCustodyEvent(ctx, input),
    'custody.report': (request) => saveCustodyReport(ctx, request),
    'custody.verificationReport': (request) => saveVerificationReport(ctx, request),
  };
}
