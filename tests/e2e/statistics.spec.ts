import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeFindings, describeFindings } from './accessibility.js';
import { statisticsWords } from '../../shared/statistics/words.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { catalogue } from './catalogue.js';
import { expect, test, type VaultHarness } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { screenshotsDir } from './paths.js';

/**
 * The statistics view over the real router: cases entered through the core, the period typed,
 * each table beside its chart with a caption in words, a case kept out of the count from its own
 * overview, and an export written through the save dialog.
 */

async function goTo(page: Page, section: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: section, exact: true })
    .click();
}

/** Opens the vault and enters a case received today with one victim, a minor speaking `language`. */
async function oneCaseThisYear(page: Page, vault: VaultHarness, language: string) {
  await openWithVault(page, vault);
  const today = new Date(vault.clock.now()).toISOString().slice(0, 10);
  const year = today.slice(0, 4);
  const theCase = await createCase(vault, { title: 'Exchange at the market', dateReceived: today, category: 'SE' });
  await call(vault, 'people.add', {
    caseId: theCase.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'minor', language },
  });
  return { theCase, today, year };
}

test('the statistics view counts the cases of a period, shows each table beside its chart and exports', async ({
  page,
  vault,
}, testInfo) => {
  const { theCase: first, today, year } = await oneCaseThisYear(page, vault, 'fr');
  await call(vault, 'people.add', {
    caseId: first.id,
    profile: { role: 'subject', personnelCategory: 'military_mc', nationality: 'BGD' },
  });
  const second = await createCase(vault, { title: 'Report through the hotline', dateReceived: today, category: 'SA' });
  await call(vault, 'people.add', {
    caseId: second.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
  });

  await goTo(page, 'Statistics');
  await expect(page.getByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
  const period = page.getByRole('group', { name: 'Period and filters' });
  await period.getByLabel('Received from').fill(`01/01/${year}`);
  await period.getByLabel('Received until').fill(`31/12/${year}`);
  await expect(page.getByText('Allegations counted: 2. Reports not counted: 0.')).toBeVisible();

  const victims = page.getByRole('region', { name: 'Victims by age group and sex' });
  // Each figure of the row in its column (female, male, sex unknown, total): "18" holds a 1 too.
  await expect(victims.getByRole('row', { name: /Children \(under 18\)/ }).getByRole('cell')).toHaveText([
    '1',
    '0',
    '0',
    '1',
  ]);
  await expect(victims.getByRole('figure')).toContainText(
    'Bar chart of the table beside, Total: Children (under 18): 1; Adults: 1; other rows at zero: 1.',
  );
  const personnel = page.getByRole('region', { name: 'Alleged perpetrators by personnel category' });
  await expect(personnel.getByRole('row', { name: /Military \(MC\)/ }).getByRole('cell')).toHaveText(['1', '1']);
  await expect(page.getByRole('region', { name: 'Counting rules' })).toContainText('Each case is one allegation');

  expect(describeFindings('statistics', await axeFindings(page))).toEqual([]);
  const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  mkdirSync(target, { recursive: true });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: join(target, 'statistics.png'), animations: 'disabled', caret: 'hide' });
  // A table beside its chart.
  await victims.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(target, 'statistics-victims.png'), animations: 'disabled', caret: 'hide' });

  // An export: the file is written where the save dialog says.
  const exportPanel = page.getByRole('region', { name: 'Export' });
  await exportPanel.getByLabel('File').selectOption('csv');
  await exportPanel.getByRole('button', { name: 'Export…' }).click();
  await expect(exportPanel.getByRole('status')).toContainText('Saved to');
  const written = vault.files.exports.at(-1)!;
  expect(written.suggestedName).toBe(`statistics-${year}-01-01-${year}-12-31.csv`);
  expect(existsSync(written.path)).toBe(true);

  // The second case turns out to repeat the first: kept out of the count from its overview.
  await goTo(page, 'Cases');
  await openCaseFromList(page, 'Report through the hotline');
  const count = page.getByRole('region', { name: 'Published count' });
  await expect(count).toContainText('Counted in the statistics');
  await count.getByRole('button').click();
  const dialog = page.getByRole('dialog', { name: 'Published count' });
  await dialog
    .getByLabel('Why it is not counted')
    .selectOption({ label: 'The same matter as an allegation already counted' });
  await dialog.getByLabel('In your words').fill('The hotline call repeats the report received at the market.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(count).toContainText('Not counted in the statistics: The same matter as an allegation already counted');

  await goTo(page, 'Statistics');
  await page.getByLabel('Received from').fill(`01/01/${year}`);
  await page.getByLabel('Received until').fill(`31/12/${year}`);
  await expect(page.getByText('Allegations counted: 1. Reports not counted: 1.')).toBeVisible();
});

test('in Arabic the statistics, their counting rules and their export speak Arabic', async ({
  page,
  vault,
}, testInfo) => {
  const { year } = await oneCaseThisYear(page, vault, 'ar');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  const t = await catalogue('ar');
  const words = statisticsWords('ar');
  await page
    .getByRole('navigation', { name: t('shell.navigation') })
    .getByRole('button', { name: t('statistics.nav'), exact: true })
    .click();
  const period = page.getByRole('group', { name: t('statistics.filters.label') });
  await period.getByLabel(t('statistics.filters.from')).fill(`01/01/${year}`);
  await period.getByLabel(t('statistics.filters.to')).fill(`31/12/${year}`);
  const victims = page.getByRole('region', { name: words.titles.victims });
  await expect(victims.getByRole('row', { name: words.rows.child }).getByRole('cell')).toHaveText(['1', '0', '0', '1']);
  await expect(page.getByRole('region', { name: words.rulesTitle })).toContainText(words.rules.date_received);
  const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  mkdirSync(target, { recursive: true });
  await victims.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(target, 'statistics-ar.png'), animations: 'disabled', caret: 'hide' });

  // The export follows the screen: a CSV headed in Arabic.
  const exportPanel = page.getByRole('region', { name: t('statistics.export.heading') });
  await exportPanel.getByLabel(t('statistics.export.format')).selectOption('csv');
  await exportPanel.getByRole('button', { name: t('statistics.export.write') }).click();
  await expect(exportPanel.getByRole('status')).toContainText(t('statistics.export.saved'));
  const csv = readFileSync(vault.files.exports.at(-1)!.path, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    `\uFEFF${[words.csv.table, words.csv.row, words.csv.column, words.csv.value].join(',')}`,
  );
  expect(csv).toContain(words.reportTitle);
});
