/** Reads exact byte counts from a stream of arbitrary pieces: for the age header, payload chunks and entries. */
export class ByteReader {
  readonly #source: AsyncIterator<Uint8Array>;
  #buffered: Buffer[] = [];
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
      // Copied: a file stream may reuse its buffer for the next read.
      this.#buffered.push(Buffer.from(part));
      this.#bufferedBytes += part.byteLength;
    }
  }

  /** Exactly `count` bytes, or fewer only where the stream ends. */
  async read(count: number): Promise<Buffer> {
    await this.#fill(count);
    const all = this.#buffered.length === 1 ? this.#buffered[0]! : Buffer.concat(this.#buffered, this.#bufferedBytes);
    const taken = all.subarray(0, Math.min(count, all.length));
    const rest = all.subarray(taken.length);
    this.#buffered = rest.length > 0 ? [rest] : [];
    this.#bufferedBytes = rest.length;
    this.position += taken.length;
    return taken;
  }

  /** The bytes up to and including the first `delimiter`, looking at most `limit` bytes ahead; null if none. */
  async readThrough(delimiter: Buffer, limit: number): Promise<Buffer | null> {
    await this.#fill(limit);
    const all = Buffer.concat(this.#buffered, this.#bufferedBytes);
    this.#buffered = all.length > 0 ? [all] : [];
    const at = all.subarray(0, limit).indexOf(delimiter);
    if (at < 0) return null;
    return this.read(at + delimiter.length);
  }

  async close(): Promise<void> {
    await this.#source.return?.(undefined);
  }
}
