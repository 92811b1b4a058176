import { catalogue } from './catalogue.js';
import { createCase } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

/**
 * Issue 15: in the Arabic interface, a word typed without its vowel marks, or with another form of
 * alef or taa marbuta, or without its article, or with another ending, finds the text written with
 * them, and the result shows the text as written.
 */
test('in Arabic, search sees through vowel marks, letter forms and the article, and shows words as written', async ({
  page,
  vault,
}) => {
  const t = await catalogue('ar');
  await openWithVault(page, vault);
  await createCase(vault, {
    title: 'ادعاء قرب المدرسة',
    summary: 'قال الشاهِدُ إنّه رأى الجنديَّ قرب المدرسةِ.',
  });
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page
    .getByRole('navigation')
    .getByRole('button', { name: t('caseFile.search.nav'), exact: true })
    .click();
  const search = page.getByRole('searchbox', { name: t('caseFile.search.label') });
  const table = page.getByRole('table');
  for (const [typed, written] of [
    ['الشاهد', 'الشاهِدُ'],
    ['انه', 'إنّه'],
    ['الجندي', 'الجنديَّ'],
    ['شاهد', 'الشاهِدُ'],
    ['شاهدين', 'الشاهِدُ'],
  ] as const) {
    await search.fill(typed);
    await search.press('Enter');
    await expect(page.getByText(t('caseFile.search.count', { n: 1, cases: 1 }))).toBeVisible();
    await expect(table.locator('mark')).toHaveText([written]);
  }
});
