import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { call, createCase } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { screenshotsDir } from './paths.js';

/**
 * The case-file screens at 1280×800, over a small realistic vault. They go to docs/screenshots/
 * only when asked (CASEFILE_SCREENSHOTS=1), so a routine run never rewrites tracked files.
 */
test('case-file screens at 1280×800', async ({ page, vault }, testInfo) => {
  const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  mkdirSync(target, { recursive: true });
  const shoot = async (name: string) => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(target, `${name}.png`), animations: 'disabled', caret: 'hide' });
  };

  await openWithVault(page, vault);
  const main = await createCase(vault, {
    title: 'MINUSCA — transactional sex alleged at a distribution site',
    summary:
      'Reported through the community-based complaint mechanism. V-01 (15) says a ' +
      'contingent member gave her food rations in exchange for sex on several ' +
      'occasions between June and August 2016. A témoin, W-01, saw them together near ' +
      'the site.',
    dateReceived: '2026-03-02',
    reportingChannel: 'community_based_complaint_mechanism',
    entity: 'MINUSCA',
    location: { text: 'Site Kilo, water point', confidentiality: 'strictly_confidential' },
    category: 'SE',
    subtype: 'transactional_sex',
    allegedExchange: ['goods', 'assistance'],
    incidentDates: [{ precision: 'range', from: '2016-06', to: '2016-08', timeZone: 'Africa/Bangui' }],
    investigatingEntity: 'oios',
    urgent: true,
    reportingObligationAcknowledged: true,
    confidentiality: 'strictly_confidential',
  });
  await call(vault, 'cases.changeStatus', {
    caseId: main.id,
    to: 'under_investigation',
    reason: 'Credible allegation: referred for investigation by OIOS.',
  });
  await call(vault, 'people.add', {
    caseId: main.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'minor', language: 'fr', confidentiality: 'confidential' },
    identity: { fullName: 'Victim Fullname', confidentiality: 'strictly_confidential' },
  });
  await createCase(vault, {
    title: 'MONUSCO — sexual assault reported by a partner',
    dateReceived: '2026-02-11',
    entity: 'MONUSCO',
    reportingChannel: 'partner_organisation',
    category: 'SA',
    subtype: 'sexual_assault',
  });
  await createCase(vault, {
    title: 'UNMISS — exploitative relationship alleged',
    dateReceived: '2026-01-20',
    entity: 'UNMISS',
    reportingChannel: 'hotline',
    subtype: 'exploitative_relationship',
    category: 'SE',
  });

  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  await expect(page.getByRole('row')).toHaveCount(4);
  await expect(page.locator('body')).not.toContainText('Victim Fullname');
  await shoot('cases-list');

  await page.getByRole('button', { name: 'New case' }).click();
  await expect(page.getByRole('dialog', { name: 'New case' })).toBeVisible();
  await shoot('new-case');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'MINUSCA — transactional sex alleged at a distribution site' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Overview' })).toContainText('between June 2016 and August 2016');
  await shoot('case-view');

  await page.getByRole('tab', { name: 'Checklist' }).click();
  // R5 no longer blocks a child's case classified SE (¶67); R4 warns: no guardian recorded for V-01.
  await expect(page.getByRole('heading', { name: 'Warnings' })).toBeVisible();
  await shoot('checklist');

  await page.getByRole('tab', { name: 'Audit' }).click();
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await expect(page.getByText(/The chain is intact/)).toBeVisible();
  await shoot('audit');

  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search the case file' }).fill('temoin');
  await page.getByRole('button', { name: 'Search', exact: true }).last().click();
  await expect(page.locator('mark').first()).toBeVisible();
  await shoot('search');
});
