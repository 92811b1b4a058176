import type { Handlers } from '../../../../shared/contract/index.js';
import type { CaseFileContext } from '../../kernel/context.js';
import { currentLetterhead, importLetterhead, resetLetterhead } from './letterhead-store.js';

type LetterheadMethod = Extract<keyof Handlers, `letterhead.${string}`>;

export function letterheadHandlers(ctx: CaseFileContext): Pick<Handlers, LetterheadMethod> {
  return {
    'letterhead.get': () => ({ current: currentLetterhead(ctx.db()) }),
    'letterhead.import': () => importLetterhead(ctx),
    'letterhead.reset': () => {
      resetLetterhead(ctx);
      return { current: null };
    },
  };
}
