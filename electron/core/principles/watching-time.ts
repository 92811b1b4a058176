import type { CaseSnapshot } from '../../../shared/principles/snapshot.js';

/**
 * The snapshot with an `asOf` that notes being read (spreading the snapshot reads it too, so a rule
 * cannot go round it): a rule that never read it found what it found from the records alone.
 */
export function watchingTime(snapshot: CaseSnapshot): { snapshot: CaseSnapshot; timeRead(): boolean } {
  let read = false;
  const { asOf } = snapshot;
  const watched = { ...snapshot };
  Object.defineProperty(watched, 'asOf', {
    enumerable: true,
    get() {
      read = true;
      return asOf;
    },
  });
  return { snapshot: watched, timeRead: () => read };
}
