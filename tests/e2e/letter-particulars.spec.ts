import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { screenshotsDir } from './paths.js';

const CASE_TITLE = 'MINUSCA — contingent member reported near the market';
const NOTIFICATION = 'Notification to a troop/police-contributing country';

/** Screenshots go to docs/screenshots/ only when asked, so a routine run never rewrites tracked files. */
function screenshotTarget(testInfo: { outputPath: (name: string) => string }): string {
  const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  mkdirSync(target, { recursive: true });
  return target;
}

const TITLE = 'the New letter dialog takes what a legal officer signs and flags a placeholder signatory first';
test(TITLE, async ({ page, vault }, testInfo) => {
  test.setTimeout(120_000);
  await openWithVault(page, vault);
  const created = await createCase(vault, { title: CASE_TITLE });
  await call(vault, 'people.add', {
    caseId: created.id,
    profile: {
      role: 'subject',
      personnelCategory: 'military_mc',
      nationality: 'URY',
      unitOrContingent: 'URUBATT company B',
      function: 'Sergeant',
    },
    identity: { fullName: 'Rodrigo Ferreyra-Lasalle' },
  });
  await openCaseFromList(page, CASE_TITLE);
  await page.getByRole('tab', { name: 'Letters' }).click();
  await page.getByRole('button', { name: 'New letter' }).click();
  const dialog = page.getByRole('dialog', { name: 'New letter' });
  await dialog.getByLabel('Template').selectOption({ label: NOTIFICATION });

  // Nothing given yet: flagged at once, before any preview.
  const warnings = dialog.getByRole('status').filter({ hasText: 'Check before making the letter' });
  await expect(warnings).toContainText('No signatory is named');
  await expect(warnings).toContainText('No note verbale or Office of Legal Affairs number is given.');

  // The old default is no signatory either.
  await dialog.getByLabel('Name of the signatory').fill('The investigator in charge');
  await expect(warnings).toContainText('The signatory is a placeholder, not a person');
  await warnings.scrollIntoViewIfNeeded();
  await dialog.screenshot({ path: join(screenshotTarget(testInfo), 'letter-particulars-warnings.png') });

  await dialog.getByLabel('Name of the signatory').fill('Amina Diallo');
  await dialog.getByLabel('Title of the signatory').fill('Director, Conduct and Discipline Service');
  await dialog.getByLabel('Note verbale or OLA number').fill('OLA/2026/0412');
  await dialog.getByLabel('Letter reference').fill('MINUSCA/CDT/2026/117');
  await dialog.getByLabel('Name of the contact point').fill('Paul Okafor');
  await dialog.getByLabel('Title of the contact point').fill('Legal Officer');
  await dialog.getByLabel('Annexes').fill('Evidence index\nStatement of the person concerned');
  await expect(warnings).toBeHidden();

  await dialog.getByRole('button', { name: 'Preview' }).click();
  const preview = dialog.getByRole('article', { name: /Letter preview/ });
  await expect(preview).toContainText('Amina Diallo');
  await expect(preview).toContainText('Director, Conduct and Discipline Service');
  await expect(preview).toContainText('OLA/2026/0412');
  await expect(preview).toContainText('Paul Okafor, Legal Officer');
  await expect(preview).toContainText('revised model memorandum of understanding (A/61/19 (Part III))');
  await expect(preview).toContainText('Statement of the person concerned');
  // The reply date comes from the follow-up register's clock; the time limits are shown, as the request says.
  await expect(preview).toContainText('reply to this notification by');
  await expect(preview).toContainText('Appointment of a National Investigation Officer');
  await expect(preview).not.toContainText('62/63');
  await expect(warnings).toBeHidden();
  await preview.screenshot({ path: join(screenshotTarget(testInfo), 'letter-particulars-preview.png') });

  await dialog.getByRole('button', { name: 'Make the letter' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Letter made' })).toBeVisible();
});
