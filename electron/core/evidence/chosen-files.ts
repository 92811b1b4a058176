import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { CasefileError } from '../../../shared/contract/index.js';
import type { ChosenFile } from '../../../shared/contract/evidence.js';
import type { FilePorts } from '../kernel/files/file-ports.js';

interface ChosenPath {
  path: string;
  name: string;
  size: number;
  /** The unlocked session it was chosen in: a lock forgets every choice. */
  session: AbortSignal;
  expiresAt: number;
}

// Long enough to fill in the item's form after choosing, short enough not to linger.
const TOKEN_LIFETIME_MS = 30 * 60_000;

/**
 * Files picked in the native dialog, handed to the renderer as opaque single-use tokens: the
 * renderer can name a file to ingest only among those the user chose, never by path.
 */
export class ChosenFiles {
  readonly #chosen = new Map<string, ChosenPath>();

  constructor(private readonly now: () => number) {}

  async choose(ports: FilePorts, session: AbortSignal): Promise<ChosenFile[]> {
    const paths = await ports.chooseFilesToAdd();
    this.#prune();
    const files: ChosenFile[] = [];
    for (const file of paths) {
      let size: number;
      try {
        const info = await stat(file);
        if (!info.isFile()) continue; // a folder or device cannot be evidence content
        size = info.size;
      } catch {
        throw new CasefileError('NOT_FOUND', 'evidence.chosenFileUnreadable');
      }
      const token = randomBytes(16).toString('hex');
      const name = path.basename(file);
      this.#chosen.set(token, { path: file, name, size, session, expiresAt: this.now() + TOKEN_LIFETIME_MS });
      files.push({ token, name, size });
    }
    return files;
  }

  /** The chosen file behind a token, which is used up. */
  take(token: string): { path: string; name: string; size: number } {
    this.#prune();
    const chosen = this.#chosen.get(token);
    if (!chosen) throw new CasefileError('NOT_FOUND', 'evidence.fileChoiceExpired');
    this.#chosen.delete(token);
    return { path: chosen.path, name: chosen.name, size: chosen.size };
  }

  #prune(): void {
    const now = this.now();
    for (const [token, chosen] of this.#chosen)
      if (chosen.session.aborted || chosen.expiresAt <= now) this.#chosen.delete(token);
  }
}
