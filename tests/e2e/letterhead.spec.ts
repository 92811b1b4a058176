import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOOTER_LINES, HEADER_LINES, letterheadDocx } from '../unit/letterhead/letterhead-fixtures.js';
import { call, createCase } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { screenshotsDir } from './paths.js';

test('a legal officer imports the office letterhead from Word, sees it, and resets it', async ({
  page,
  vault,
}, testInfo) => {
  test.setTimeout(90_000);
  await openWithVault(page, vault);
  // A case a referral applies to, for the template editor's preview: an expert on mission, substantiated.
  const created = await createCase(vault, { title: 'MINUSCA — letterhead' });
  const subject = await call<{ id: string }>(vault, 'people.add', {
    caseId: created.id,
    profile: { role: 'subject', personnelCategory: 'police_unpol', nationality: 'URY' },
  });
  await call(vault, 'cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
  const { dateReceived } = await call<{ dateReceived: string }>(vault, 'cases.get', { caseId: created.id });
  await call(vault, 'findings.record', {
    personId: subject.id,
    outcome: 'substantiated',
    decidingEntity: 'oios',
    decidedOn: dateReceived,
    reportReference: 'OIOS-0042/26',
  });
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  const panel = page.getByRole('article', { name: 'Letterhead' });
  await expect(panel).toContainText('Letters use the shipped United Nations letterhead.');

  // A file that is not a Word document: refused in words, nothing changes.
  const notes = join(vault.files.dir, 'notes.docx');
  writeFileSync(notes, 'Dear colleagues');
  vault.files.toAdd = [notes];
  await panel.getByRole('button', { name: 'Import from Word…' }).click();
  await expect(panel.getByRole('alert')).toContainText('This file is not a Word document (.docx).');

  const docx = join(vault.files.dir, 'OLA letterhead.docx');
  writeFileSync(docx, await letterheadDocx());
  vault.files.toAdd = [docx];
  await panel.getByRole('button', { name: 'Import from Word…' }).click();
  await expect(panel.getByRole('status')).toContainText('The letterhead was imported.');
  await expect(panel.getByRole('list', { name: 'Header' }).getByRole('listitem')).toHaveText(HEADER_LINES);
  await expect(panel.getByRole('list', { name: 'Footer' }).getByRole('listitem')).toHaveText(FOOTER_LINES);
  await expect(panel.getByRole('img', { name: 'Logo from the letterhead' })).toBeVisible();
  await expect(panel).toContainText('Imported from OLA letterhead.docx');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  // The core holds it, as every letter will read it.
  const stored = await call<{ current: { lines: string[] } | null }>(vault, 'letterhead.get', {});
  expect(stored.current?.lines).toEqual(HEADER_LINES);

  const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  mkdirSync(target, { recursive: true });
  await panel.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: join(target, 'letterhead.png'), animations: 'disabled', caret: 'hide' });

  // A letter's preview is printed on it: the imported lines, logo and footer, no United Nations emblem.
  await page.getByRole('button', { name: 'Referral to a Member State (through OLA)' }).click();
  const preview = page.getByRole('article', { name: /Letter preview/ });
  await expect(preview).toContainText(HEADER_LINES[0] ?? '');
  await expect(preview).toContainText(FOOTER_LINES[1] ?? '');
  await expect(preview.getByRole('img', { name: 'Logo from the letterhead' })).toBeVisible();
  await expect(preview).not.toContainText('United Nations emblem');
  await page.getByRole('button', { name: 'Back to the templates' }).click();

  // Reset asks first; Cancel keeps it.
  await panel.getByRole('button', { name: 'Reset to the default' }).click();
  const dialog = page.getByRole('dialog', { name: 'Go back to the shipped letterhead?' });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('list', { name: 'Header' })).toBeVisible();
  await panel.getByRole('button', { name: 'Reset to the default' }).click();
  await dialog.getByRole('button', { name: 'Reset to the default' }).click();
  await expect(panel).toContainText('Letters use the shipped United Nations letterhead.');
  await expect(panel.getByRole('status')).toContainText('Letters use the shipped letterhead again.');
  // The Reset button went with the imported letterhead: focus is on the panel's heading, not the page's top.
  await expect(panel.getByRole('heading', { name: 'Letterhead' })).toBeFocused();
  expect((await call<{ current: unknown }>(vault, 'letterhead.get', {})).current).toBeNull();
});
