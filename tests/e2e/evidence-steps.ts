import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { EvidenceDraft, EvidenceRecord } from '../../shared/contract/evidence.js';
import { call } from './cases-fixtures.js';
import type { VaultHarness } from './fixtures.js';

/** Steps of the evidence screens, driven through accessible names only. */

export async function openEvidenceTab(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Evidence', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'Evidence' });
  await expect(panel.getByRole('heading', { level: 2, name: 'Evidence log' })).toBeVisible();
  return panel;
}

/** From the Evidence tab's log, opens an item by its number and waits for its detail. */
export async function openItem(page: Page, number: string): Promise<Locator> {
  await page.getByRole('button', { name: `Open ${number}`, exact: true }).click();
  const detail = page.getByRole('article', { name: new RegExp(`^${number}`) });
  await expect(detail.getByRole('heading', { level: 3, name: 'Files' })).toBeVisible();
  return detail;
}

/** Logs an item through the router: the state a test starts from, not what it tests. */
export function logItem(
  vault: VaultHarness,
  draft: Omit<
    EvidenceDraft,
    'copyRole' | 'storageLocation' | 'status' | 'confidentiality' | 'personIds' | 'interviewIds' | 'markers'
  > &
    Partial<EvidenceDraft>,
): Promise<EvidenceRecord> {
  return call<EvidenceRecord>(vault, 'evidence.create', draft);
}

/** Writes `mebibytes` MiB of random bytes to `path` a mebibyte at a time; returns the SHA-256 of what was written. */
export function writeRandomFile(path: string, mebibytes: number): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < mebibytes; i += 1) {
      const block = randomBytes(1024 * 1024);
      hash.update(block);
      writeSync(fd, block);
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
export const sha256OfFile = (path: string): string => sha256Of(readFileSync(path));

/** The encrypted object files of the vault (temporary ones included: a cancelled ingest must leave none). */
export function objectFiles(vault: VaultHarness): string[] {
  const dir = join(vault.dir, 'objects');
  // The folder appears with the first object.
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Flips one byte in the middle of an object file, as a tampering or a disk fault would. */
export function flipByteOf(vault: VaultHarness, objectName: string): void {
  const path = join(vault.dir, 'objects', objectName);
  const bytes = readFileSync(path);
  const at = Math.floor(bytes.length / 2);
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.from([bytes[at]! ^ 0xff]), 0, 1, at);
  } finally {
    closeSync(fd);
  }
}

/**
 * Records, in the page, every state any progress bar goes through (value, max, aria-valuetext),
 * so a test can tell afterwards that a bar was shown mid-way even when the work was quick.
 */
export async function watchProgressBars(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { value: number; max: number; text: string }[] = [];
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    const record = () => {
      for (const bar of Array.from(document.querySelectorAll('progress'))) {
        seen.push({ value: bar.value, max: bar.max, text: bar.getAttribute('aria-valuetext') ?? '' });
      }
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['value', 'max', 'aria-valuetext'],
    });
  });
}

export function progressSeen(page: Page): Promise<{ value: number; max: number; text: string }[]> {
  return page.evaluate(
    () => (window as unknown as { progressSeen: { value: number; max: number; text: string }[] }).progressSeen,
  );
}

/**
 * Drops a file built in the page on `target`, as the operating system's drag and drop would:
 * `bytes` given from the test (small files), or `repeatMiB` copies of one random mebibyte.
 */
export async function dropFile(
  target: Locator,
  file: { name: string; bytes?: Uint8Array; repeatMiB?: number },
): Promise<void> {
  await target.evaluate(
    (element, { name, base64, repeatMiB }) => {
      let parts: BlobPart[];
      if (base64 !== null) {
        const binary = atob(base64);
        parts = [Uint8Array.from(binary, (char) => char.charCodeAt(0))];
      } else {
        const block = new Uint8Array(1024 * 1024);
        crypto.getRandomValues(block.subarray(0, 65_536));
        parts = Array.from({ length: repeatMiB }, () => block);
      }
      const transfer = new DataTransfer();
      transfer.items.add(new File(parts, name, { type: 'application/octet-stream' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        element.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    {
      name: file.name,
      base64: file.bytes ? Buffer.from(file.bytes).toString('base64') : null,
      repeatMiB: file.repeatMiB ?? 0,
    },
  );
}

/** Adds a file to an item through the router as the dialog would (choose, ingest, wait): seeding, not testing. */
export async function addFileThroughApi(vault: VaultHarness, itemId: string, path: string): Promise<void> {
  vault.files.toAdd = [path];
  const { files } = await call<{ files: { token: string }[] }>(vault, 'evidence.chooseFiles', {});
  vault.files.toAdd = [];
  await untilFinished(vault, await call<Job>(vault, 'evidence.ingest', { itemId, token: files[0]!.token }));
}

/** Re-verifies an item's files through the router and waits for the outcome. */
export async function verifyThroughApi(vault: VaultHarness, itemId: string): Promise<void> {
  await untilFinished(vault, await call<Job>(vault, 'evidence.verify', { itemId }));
}

interface Job {
  jobId: string;
  state: string;
}

async function untilFinished(vault: VaultHarness, started: Job): Promise<void> {
  let job = started;
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    job = await call<Job>(vault, 'jobs.get', { jobId: job.jobId });
  }
  if (job.state !== 'done') throw new Error(`the job ended ${job.state}`);
}
