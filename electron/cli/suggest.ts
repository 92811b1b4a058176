import { cliWords } from './words.js';

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Known names close to what was typed: a small edit away, or sharing its start. */
export function suggestNames(typed: string, known: readonly string[], limit = 3): string[] {
  const needle = typed.toLowerCase().slice(0, 100);
  if (needle.length === 0) return [];
  const tolerance = Math.max(2, Math.floor(needle.length / 3));
  return known
    .map((name) => {
      const candidate = name.toLowerCase();
      const distance = editDistance(needle, candidate);
      const shared = candidate.startsWith(needle) || (needle.length >= 3 && candidate.includes(needle));
      return { name, rank: shared ? Math.min(distance, 1) : distance };
    })
    .filter(({ rank }) => rank <= tolerance)
    .sort((x, y) => x.rank - y.rank || x.name.localeCompare(y.name))
    .slice(0, limit)
    .map(({ name }) => name);
}

/** " Did you mean x or y?" (in the command line's language) or nothing. */
export function didYouMean(
  typed: string,
  known: readonly string[],
  quote: (name: string) => string = (n) => n,
): string {
  const names = suggestNames(typed, known).map(quote);
  return names.length === 0 ? '' : cliWords().commandLine.didYouMean(names);
}
