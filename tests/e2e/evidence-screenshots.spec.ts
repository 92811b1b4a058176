import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceRecord } from '../../shared/contract/evidence.js';
import { TEST_START_MS, todayIn } from '../clock.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import {
  addFileThroughApi,
  flipByteOf,
  logItem,
  objectFiles,
  openEvidenceTab,
  openItem,
  verifyThroughApi,
  writeRandomFile,
} from './evidence-steps.js';
import { expect, test, VIEWPORT } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { screenshotsDir } from './paths.js';

const CASE_TITLE = 'MINUSCA — sexual assault reported at a water point';

/** Minutes before the test clock's start, to the minute, as an instant: the log reads as a morning's work. */
const ago = (minutes: number): string =>
  new Date(Math.floor((TEST_START_MS - minutes * 60_000) / 60_000) * 60_000).toISOString();

/**
 * The evidence log at 1280×800 over a realistic case: items of every kind, files verified and
 * one flagged, a working copy, custody at the lab. To docs/screenshots/ only with CASEFILE_SCREENSHOTS=1.
 */
test('the evidence log and an item at 1280×800', async ({ page, vault }, testInfo) => {
  test.setTimeout(120_000);
  const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  const review = testInfo.outputPath('review');
  mkdirSync(target, { recursive: true });
  mkdirSync(review, { recursive: true });
  const shoot = async (dir: string, name: string) => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(VIEWPORT.width - 10, VIEWPORT.height - 10);
    await page.screenshot({ path: join(dir, `${name}.png`), animations: 'disabled', caret: 'hide' });
  };

  await openWithVault(page, vault);
  const { id: caseId } = await createCase(vault, {
    title: CASE_TITLE,
    dateReceived: todayIn('UTC', vault.clock),
    incidentDates: [{ precision: 'exact', from: ago(600).slice(0, 16), timeZone: 'UTC' }],
    category: 'SA',
    subtype: 'sexual_assault',
    urgent: true,
  });
  const kit = await logItem(vault, {
    caseId,
    type: 'biological',
    description: 'Sexual assault evidence kit (swabs), sealed by the clinic',
    collectedAt: ago(300),
    timeZone: 'UTC',
    collectedBy: 'Investigator Okafor',
    storageLocation: 'Evidence locker 2, Bangui field office',
    status: 'in_storage',
  });
  await call(vault, 'custody.add', {
    itemId: kit.id,
    kind: 'sealed',
    at: ago(290),
    persons: ['Investigator Okafor'],
    purpose: 'Sealed for transport',
    sealNumber: 'MINUSCA-SEAL-004417',
  });
  const cctv = await logItem(vault, {
    caseId,
    type: 'photo_video',
    description: 'CCTV footage, camera 3 at the water point (operator export)',
    collectedAt: ago(240),
    timeZone: 'UTC',
    collectedBy: 'Investigator Mbeki',
    storageLocation: 'Vault (encrypted)',
    markers: ['cctv'],
    recordedAt: { precision: 'day', from: ago(600).slice(0, 10), timeZone: 'UTC' },
  });
  const footage = join(vault.files.dir, 'camera-3-export.mp4');
  writeRandomFile(footage, 12);
  await addFileThroughApi(vault, cctv.id, footage);
  await verifyThroughApi(vault, cctv.id);
  const phone = await logItem(vault, {
    caseId,
    type: 'digital',
    description: 'Full extraction of the phone handed in by W-01',
    collectedAt: ago(180),
    timeZone: 'UTC',
    collectedBy: 'Investigator Okafor',
    storageLocation: 'Vault (encrypted)',
    markers: ['phone_data'],
  });
  const beforePhone = objectFiles(vault);
  const extraction = join(vault.files.dir, 'phone-extraction.tar');
  writeRandomFile(extraction, 24);
  await addFileThroughApi(vault, phone.id, extraction);
  const phoneObject = objectFiles(vault).find((name) => !beforePhone.includes(name))!;
  await logItem(vault, {
    caseId,
    type: 'digital',
    description: 'Working copy of the extraction, for analysis',
    collectedAt: ago(170),
    timeZone: 'UTC',
    collectedBy: 'Investigator Okafor',
    copyRole: 'working_copy',
    originalId: phone.id,
    storageLocation: 'Analysis laptop 4 (encrypted disk)',
  });
  const note = await logItem(vault, {
    caseId,
    type: 'documentary',
    description: 'Handwritten note given by V-01 to the reporter',
    collectedAt: ago(120),
    timeZone: 'UTC',
    collectedBy: 'Investigator Mbeki',
    storageLocation: 'Evidence locker 2',
  });
  await call(vault, 'custody.add', {
    itemId: note.id,
    kind: 'sent_to_lab',
    at: ago(60),
    from: 'Investigator Mbeki',
    to: 'Forensic document examiner',
    purpose: 'Handwriting comparison',
  });
  await logItem(vault, {
    caseId,
    type: 'physical',
    description: 'Clothing worn during the incident (T-shirt, skirt), in paper bags',
    collectedAt: ago(90),
    timeZone: 'UTC',
    collectedBy: 'Investigator Okafor',
    storageLocation: 'Evidence locker 2',
  });
  // The phone extraction was tampered with on disk: the check flags it.
  flipByteOf(vault, phoneObject);
  await verifyThroughApi(vault, phone.id);

  await openCaseFromList(page, CASE_TITLE);
  const tab = await openEvidenceTab(page);
  await expect(tab.getByRole('row')).toHaveCount(7);
  await expect(tab.getByRole('row', { name: /^Open E-0003 / })).toContainText('Check failed');
  await expect(tab.getByRole('row', { name: /^Open E-0002 / })).toContainText('Verified');
  await shoot(target, 'evidence-log');

  // For review only: the form, quick capture, an item's detail with its custody and deadlines.
  await tab.getByRole('button', { name: 'Log evidence' }).click();
  await shoot(review, 'evidence-form');
  await page.getByRole('dialog', { name: 'Log evidence' }).getByRole('button', { name: 'Cancel' }).click();
  await page.keyboard.press('Control+Shift+E');
  const capture = page.getByRole('dialog', { name: 'Quick capture' });
  await shoot(review, 'quick-capture-form');
  await capture.getByRole('combobox', { name: 'Type', exact: true }).selectOption('biological');
  await capture.getByRole('textbox', { name: 'Short description', exact: true }).fill('Second swab set, V-01');
  await capture.getByRole('button', { name: 'Save item' }).click();
  await expect(capture.getByRole('status')).toContainText('E-0007 logged');
  await shoot(review, 'quick-capture-saved');
  await capture.getByRole('button', { name: 'Close' }).click();
  const flagged = await openItem(page, 'E-0003');
  await shoot(review, 'evidence-item-flagged');
  await flagged
    .getByRole('region', { name: 'Files' })
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await shoot(review, 'evidence-item-files');
  await flagged.getByRole('button', { name: '← Evidence log' }).click();
  const item = await openItem(page, 'E-0001');
  await expect(item.getByRole('region', { name: 'Chain of custody' })).toContainText('MINUSCA-SEAL-004417');
  await shoot(review, 'evidence-item');
  await item
    .getByRole('region', { name: 'Chain of custody' })
    .evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await shoot(review, 'evidence-item-custody');
  const record = await call<EvidenceRecord>(vault, 'evidence.get', { itemId: cctv.id });
  expect(record.contents[0]?.verification).toBe('verified');
});
