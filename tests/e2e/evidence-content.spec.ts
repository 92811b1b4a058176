import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceRecord } from '../../shared/contract/evidence.js';
import { accessibleControls } from './accessibility.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import {
  dropFile,
  flipByteOf,
  logItem,
  objectFiles,
  openEvidenceTab,
  openItem,
  progressSeen,
  sha256Of,
  sha256OfFile,
  watchProgressBars,
  writeRandomFile,
} from './evidence-steps.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

const CASE_TITLE = 'MINUSCA — phone and photographs handed in by a witness';

test('a file added through the dialog shows its progress, then the SHA-256 Node computes for it', async ({
  page,
  vault,
}) => {
  test.setTimeout(120_000);
  await openWithVault(page, vault);
  const { id: caseId } = await createCase(vault, { title: CASE_TITLE });
  await logItem(vault, { caseId, type: 'digital', description: 'Full extraction of the phone handed in by W-01' });
  // Large enough that the bar is seen mid-way (progress events come at most every 50 ms).
  const path = join(vault.files.dir, 'phone-extraction.bin');
  const expected = writeRandomFile(path, 160);
  vault.files.toAdd = [path];

  await openCaseFromList(page, CASE_TITLE);
  await openEvidenceTab(page);
  const item = await openItem(page, 'E-0001');
  await watchProgressBars(page);
  await item.getByRole('button', { name: 'Add files…' }).click();

  const added = item.getByRole('status').filter({ hasText: 'Added phone-extraction.bin' });
  await expect(added).toBeVisible({ timeout: 60_000 });
  await expect(added).toContainText(expected);
  const samples = await progressSeen(page);
  expect(samples.length, 'a progress bar was shown').toBeGreaterThan(0);
  const total = 160 * 1024 * 1024;
  expect(
    samples.some((bar) => bar.max === total && bar.value > 0 && bar.value < total),
    'the bar was seen part-way',
  ).toBe(true);
  expect(
    samples.some((bar) => /MB of 167\.8 MB \(\d+%\) at [\d.]+ MB\/s/.test(bar.text)),
    'bytes, total and speed are spoken',
  ).toBe(true);
  await expect(item.getByRole('progressbar')).toHaveCount(0);

  // The file's row: name, size, the hash in full, not yet re-checked.
  const row = item.getByRole('row', { name: /phone-extraction\.bin/ });
  await expect(row).toContainText('167.8 MB');
  await expect(row).toContainText('167,772,160 bytes');
  await expect(row.locator('code')).toHaveText(expected);
  await expect(row).toContainText('Not checked since added');

  // Verify: decrypted and re-hashed, it matches.
  await item.getByRole('button', { name: 'Verify', exact: true }).click();
  await expect(item.getByRole('status').filter({ hasText: 'All 1 file(s) checked match' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(row).toContainText('Matches');

  const controls = await accessibleControls(page);
  expect(controls.unnamed, 'every control on the item has a name').toEqual([]);
});

test(
  'a dropped file streams in; a cancelled one leaves nothing; a flipped byte is ' +
    'flagged; an export warns and writes the bytes back',
  async ({ page, vault }) => {
    test.setTimeout(150_000);
    await openWithVault(page, vault);
    const { id: caseId } = await createCase(vault, { title: CASE_TITLE });
    const photos = await logItem(vault, {
      caseId,
      type: 'photo_video',
      description: 'Photographs of the meeting place, taken by W-01',
    });

    await openCaseFromList(page, CASE_TITLE);
    await openEvidenceTab(page);
    const item = await openItem(page, 'E-0001');
    await expect(item).toContainText('Drop files anywhere on this item to add them.');

    // 1. A dropped file: its bytes cross in chunks of 1 MiB and come out with the same SHA-256.
    const before = objectFiles(vault);
    const bytes = new Uint8Array(
      Buffer.from(Array.from({ length: 3 * 1024 * 1024 + 12_345 }, (_, i) => (i * 7919) % 251)),
    );
    await dropFile(item, { name: 'meeting-place-01.jpg', bytes });
    const added = item.getByRole('status').filter({ hasText: 'Added meeting-place-01.jpg' });
    await expect(added).toBeVisible({ timeout: 30_000 });
    await expect(added).toContainText(sha256Of(bytes));
    const stored = objectFiles(vault).filter((name) => !before.includes(name));
    expect(stored, 'one encrypted object for the dropped file').toHaveLength(1);

    // 2. A large drop, cancelled part-way: no content, no object, not even a temporary one.
    await watchProgressBars(page);
    await dropFile(item, { name: 'meeting-place-video.mp4', repeatMiB: 96 });
    const bar = item.getByRole('progressbar', { name: 'Adding meeting-place-video.mp4' });
    await expect(bar).toBeVisible();
    await expect
      .poll(async () => (await progressSeen(page)).some((seen) => seen.value > 0), { timeout: 30_000 })
      .toBe(true);
    await item.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(
      item.getByRole('status').filter({ hasText: 'Adding meeting-place-video.mp4 was cancelled; nothing was kept.' }),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(bar).toHaveCount(0);
    const afterCancel = await call<EvidenceRecord>(vault, 'evidence.get', { itemId: photos.id });
    expect(afterCancel.contents.map((content) => content.fileName)).toEqual(['meeting-place-01.jpg']);
    expect(objectFiles(vault)).toEqual([...before, ...stored].sort());

    // 3. A byte flipped on disk: Verify finds it, the file and the item are flagged.
    flipByteOf(vault, stored[0]!);
    await item.getByRole('button', { name: 'Verify', exact: true }).click();
    const outcome = item.getByRole('alert').filter({ hasText: '1 of 1 file(s) failed the check and are flagged' });
    await expect(outcome).toBeVisible({ timeout: 30_000 });
    await expect(outcome).toContainText('E-0001, meeting-place-01.jpg: the content was altered');
    const row = item.getByRole('row', { name: /meeting-place-01\.jpg/ });
    await expect(row).toContainText('Check failed: the content was altered');
    await expect(row).toHaveClass(/row-flagged/);
    await expect(item.getByRole('alert').filter({ hasText: 'failed its integrity check' })).toBeVisible();
    await page.getByRole('button', { name: '← Evidence log' }).click();
    const listRow = page.getByRole('row', { name: /^Open E-0001 / });
    await expect(listRow).toContainText('Check failed');
    await expect(listRow).toHaveClass(/row-flagged/);

    // 4. Export of a sound file: an explicit act, with the warning that the copy is not encrypted.
    const report = join(vault.files.dir, 'witness-statement-scan.pdf');
    const reportHash = writeRandomFile(report, 2);
    vault.files.toAdd = [report];
    const scan = await openItem(page, 'E-0001');
    await scan.getByRole('button', { name: 'Add files…' }).click();
    await expect(scan.getByRole('status').filter({ hasText: 'Added witness-statement-scan.pdf' })).toContainText(
      reportHash,
    );
    await scan.getByRole('button', { name: 'Export witness-statement-scan.pdf' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export witness-statement-scan.pdf from E-0001' });
    await expect(dialog).toContainText('The exported file is NOT encrypted.');
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(dialog.getByRole('status')).toContainText('the content matched its SHA-256');
    expect(vault.files.exports.map((entry) => entry.suggestedName)).toEqual(['witness-statement-scan.pdf']);
    const written = vault.files.exports[0]!.path;
    await expect(dialog).toContainText(written);
    expect(existsSync(written)).toBe(true);
    expect(sha256OfFile(written)).toBe(reportHash);
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The tampered file is refused on export: nothing is written.
    await scan.getByRole('button', { name: 'Export meeting-place-01.jpg' }).click();
    const refused = page.getByRole('dialog', { name: 'Export meeting-place-01.jpg from E-0001' });
    await refused.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(refused.getByRole('alert')).toBeVisible();
    await refused.getByRole('button', { name: 'Cancel' }).click();
    const tamperedCopy = vault.files.exports.find((entry) => entry.suggestedName === 'meeting-place-01.jpg');
    expect(tamperedCopy && existsSync(tamperedCopy.path)).toBeFalsy();
  },
);
