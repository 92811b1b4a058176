/** Pieces of text joined, as a type: `Joined<['a ', 'b']>` is `'a b'`. */
type Joined<P extends readonly string[]> = P extends readonly [
  infer Head extends string,
  ...infer Rest extends string[],
]
  ? `${Head}${Joined<Rest>}`
  : '';

/**
 * A message too long for one line of code, written in pieces that are joined without a separator. Its type is
 * the whole text, not `string`, so the placeholders of an English message are still read off its type (catalogue.ts)
 * as they are from a message written on one line.
 */
export function text<const P extends readonly string[]>(...pieces: P): Joined<P> {
  return pieces.join('') as Joined<P>;
}
