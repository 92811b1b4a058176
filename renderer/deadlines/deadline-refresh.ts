/**
 * "Deadlines moved": said by a screen that changed them (a milestone, a closed deadline) so
 * countdowns shown elsewhere at the same time (the case header) reload at once. Carries no data.
 */

const listeners = new Set<() => void>();

export function announceDeadlineChange(): void {
  for (const listener of [...listeners]) listener();
}

export function onDeadlineChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
