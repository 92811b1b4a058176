/**
 * The clocks an investigative action closed, each once with how many of its deadlines, in the order they
 * were closed: a CCTV request naming two recordings closes two deadlines of one clock, said once ("… (2)").
 */
export function closedClockCounts(names: readonly string[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count }));
}
