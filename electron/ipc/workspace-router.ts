import type { Workspace } from '../core/workspace.js';
import { createRouter, type Dispatch, type RouterOptions } from './router.js';

/** The router wired to a workspace: its handlers, its lock state, and activity → auto-lock timer and warm-up. */
export function routeWorkspace(
  ws: Workspace,
  opts?: { reportInternalError?: RouterOptions['reportInternalError'] },
): Dispatch {
  return createRouter({
    handlers: ws.handlers,
    isUnlocked: () => ws.isUnlocked(),
    onActivity: (input) => ws.touch(input),
    reportInternalError: opts?.reportInternalError,
  });
}
