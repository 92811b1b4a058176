/**
 * Edits typed but not yet autosaved, across every open editor. The app awaits
 * `saveUnsavedWork()` before it locks the vault: a lock must not cost the last second of notes.
 */
type Saver = () => Promise<void>;

const savers = new Set<Saver>();

/** Registers an editor's "save now"; call the returned function when the editor goes away. */
export function registerUnsavedWork(save: Saver): () => void {
  savers.add(save);
  return () => {
    savers.delete(save);
  };
}

/** Saves everything pending, waiting at most `timeoutMs`: locking is never held up for long. */
export async function saveUnsavedWork(timeoutMs = 2_000): Promise<void> {
  if (savers.size === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([Promise.allSettled([...savers].map((save) => save())), deadline]);
  clearTimeout(timer);
}
