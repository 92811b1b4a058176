/**
 * Reads exact byte counts from a stream of arbitrary pieces: for the age header, payload chunks and entries.
 * What it hands out are views of the source's pieces, copied only where a read spans two of them (a bundle
 * is read at hundreds of MB/s: a copy of every byte costs as much as its decryption). So a source must
 * yield a fresh buffer each time, never one it fills again later (every source in bundle-read.ts does).
 */
export class ByteReader {
  readonly #source: AsyncIterator<Uint8Array>;
  #pieces: Buffer[] = [];
  #bufferedBytes = 0;
  #ended = false;
  /** Bytes handed out so far. */
  position = 0;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.#source = source[Symbol.asyncIterator]();
  }

  async #fill(wanted: number): Promise<void> {
    while (this.#bufferedBytes < wanted && !this.#ended) {
      const next = await this.#source.next();
      if (next.done) {
        this.#ended = true;
        break;
      }
      const part = next.value;
      if (part.byteLength === 0) continue;
      this.#pieces.push(Buffer.from(part.buffer, part.byteOffset, part.byteLength));
      this.#bufferedBytes += part.byteLength;
    }
  }

  /** The first `count` buffered bytes (count ≤ buffered): a view when one piece holds them, else one copy. */
  #take(count: number): Buffer {
    const first = this.#pieces[0];
    let taken: Buffer;
    if (count === 0 || first === undefined) {
      taken = Buffer.alloc(0);
    } else if (first.length >= count) {
      taken = first.subarray(0, count);
      if (first.length === count) this.#pieces.shift();
      else this.#pieces[0] = first.subarray(count);
    } else {
      taken = Buffer.allocUnsafe(count);
      let filled = 0;
      while (filled < count) {
        const piece = this.#pieces[0]!;
        const part = Math.min(piece.length, count - filled);
        piece.copy(taken, filled, 0, part);
        filled += part;
        if (part === piece.length) this.#pieces.shift();
        else this.#pieces[0] = piece.subarray(part);
      }
    }
    this.#bufferedBytes -= taken.length;
    this.position += taken.length;
    return taken;
  }

  /** Exactly `count` bytes, or fewer only where the stream ends. */
  async read(count: number): Promise<Buffer> {
    await this.#fill(count);
    return this.#take(Math.min(count, this.#bufferedBytes));
  }

  /**
   * The next bytes already at hand without copying them: at least one and at most `max`, none only where
   * the stream ends (for an evidence file, passed on piece by piece).
   */
  async readSome(max: number): Promise<Buffer> {
    await this.#fill(1);
    const first = this.#pieces[0];
    return this.#take(first === undefined ? 0 : Math.min(max, first.length));
  }

  /** The bytes up to and including the first `delimiter`, looking at most `limit` bytes ahead; null if none. */
  async readThrough(delimiter: Buffer, limit: number): Promise<Buffer | null> {
    await this.#fill(limit);
    // Only the header is read this way, twice per bundle: one copy of what is buffered is of no account.
    const all = Buffer.concat(this.#pieces, this.#bufferedBytes);
    this.#pieces = all.length > 0 ? [all] : [];
    const at = all.subarray(0, limit).indexOf(delimiter);
    if (at < 0) return null;
    return this.read(at + delimiter.length);
  }

  async close(): Promise<void> {
    await this.#source.return?.(undefined);
  }
}
