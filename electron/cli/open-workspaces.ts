// Workspaces this process has open, so a signal handler can lock them before exiting. Apart from
// session.ts so that the entry's handler does not load the database to register itself.

interface Lockable {
  dispose(): void;
}

const openWorkspaces = new Set<Lockable>();

/** Remembers `workspace` until the returned function is called (when the command locks it). */
export function trackOpenWorkspace(workspace: Lockable): () => void {
  openWorkspaces.add(workspace);
  return () => openWorkspaces.delete(workspace);
}

/** Locks every workspace still open (called on SIGINT/SIGTERM before the process exits). */
export function disposeOpenWorkspaces(): void {
  for (const workspace of openWorkspaces) {
    openWorkspaces.delete(workspace);
    workspace.dispose();
  }
}
