import type { Handlers } from '../../shared/contract/index.js';
import type { CaseFileContext } from './case-file-context.js';
import { caseHandlers } from './cases/case-handlers.js';

/** Every case-file method (everything but vault, session and settings), one module per aggregate. */
export type CaseFileHandlers = Omit<Handlers, `vault.${string}` | `session.${string}` | `settings.${string}`>;

export function caseFileHandlers(ctx: CaseFileContext): CaseFileHandlers {
  return {
    ...caseHandlers(ctx),
  };
}
