import { MERGE_FIELD_WORDS } from '../../shared/i18n/merge-fields.js';
import { LABEL_CATALOGUES } from '../../shared/i18n/labels.js';
import { catalogue } from './catalogue.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

const arabic = MERGE_FIELD_WORDS.ar;
const english = MERGE_FIELD_WORDS.en;
/** A field's words as a chip says them: without the bracketed example. */
const chipWords = (words: string): string => words.replace(/\s*\([^()]*\)$/, '');

test('in Arabic the template editor names its merge fields in Arabic, right to left', async ({
  page,
  vault,
}, testInfo) => {
  test.setTimeout(120_000);
  const t = await catalogue('ar');
  await openWithVault(page, vault);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: t('letters.nav'), exact: true }).click();
  await page
    .getByRole('table')
    .getByRole('button', { name: LABEL_CATALOGUES.ar.letterKind.member_state_referral })
    .click();

  // The chips: the Arabic words of each field, as the core gave them for the reader's language.
  const area = page.getByRole('textbox', {
    name: t('letters.editor.visual.area', { language: t('labels.documentLanguage.en') }),
  });
  const referenceChip = t('letters.editor.visual.chipField', { label: chipWords(arabic['case.reference']) });
  await expect(area.getByRole('img', { name: referenceChip }).first()).toBeVisible();

  // A condition is chosen among the fields' Arabic words; no English word and no path is offered.
  const picker = area.getByLabel(t('letters.editor.visual.onlyWhen')).first();
  await expect(picker).toBeEnabled();
  const offered = await picker.locator('option').allTextContents();
  expect(offered).toContain(arabic['letter.reference']);
  expect(offered).not.toContain(english['letter.reference']);
  expect(offered.filter((text) => !/\p{Script=Arabic}/u.test(text))).toEqual([]);

  // `{{` offers the fields by their Arabic words, in a list that reads from the right.
  const paragraph = area.locator(':scope > p').first();
  await paragraph.click();
  await paragraph.evaluate((element) => {
    const selection = window.getSelection()!;
    selection.selectAllChildren(element);
    selection.collapseToEnd();
  });
  await page.keyboard.type(' {{case.refer');
  const suggestions = page.getByRole('listbox', { name: t('letters.editor.fields') });
  const first = suggestions.getByRole('option').first();
  await expect(first).toContainText(arabic['case.reference']);
  await expect(first).toContainText('case.reference');
  expect(await suggestions.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  await page.screenshot({ path: testInfo.outputPath('template-editor-ar-suggestions.png') });
  // The Arabic words stand at the option's starting edge, the right; the path (left to right) follows them.
  const edges = await first.evaluate((option) => {
    const words = document.createRange();
    words.selectNodeContents(option.firstChild!);
    const { right, left, bottom } = words.getBoundingClientRect();
    const path = option.querySelector('span')!.getBoundingClientRect();
    return { option: option.getBoundingClientRect().right, words: { right, left, bottom }, path };
  });
  expect(edges.option - edges.words.right).toBeLessThan(16);
  expect(edges.path.right <= edges.words.left + 1 || edges.path.top >= edges.words.bottom - 1).toBe(true);
  const box = (await suggestions.boundingBox())!;
  await page.screenshot({
    path: testInfo.outputPath('template-editor-ar-suggestions-close.png'),
    clip: { x: box.x - 120, y: box.y - 70, width: box.width + 140, height: box.height + 80 },
  });

  await page.keyboard.press('Enter');
  await expect(suggestions).toBeHidden();
  await expect(paragraph.getByRole('img', { name: referenceChip }).last()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('template-editor-ar.png'), fullPage: false });
});
