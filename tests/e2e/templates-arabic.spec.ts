import { MERGE_FIELD_WORDS } from '../../shared/i18n/merge-fields.js';
import { LABEL_CATALOGUES } from '../../shared/i18n/labels.js';
import { catalogue } from './catalogue.js';
import type { Locator, Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import { expect, test } from './fixtures.js';
import { caretAtEnd, openWithVault } from './helpers.js';

const arabic = MERGE_FIELD_WORDS.ar;
const english = MERGE_FIELD_WORDS.en;
/** A field's words as a chip says them: without the bracketed example. */
const chipWords = (words: string): string => words.replace(/\s*\([^()]*\)$/, '');

/** The direction an element's text runs in, as the browser lays it out. */
const laidOut = (element: Locator): Promise<string> => element.evaluate((node) => getComputedStyle(node).direction);

/** The left edges of the chips on a paragraph's first line, in the order the template holds them. */
const chipLefts = (paragraph: Locator): Promise<number[]> =>
  paragraph.locator('.merge-chip').evaluateAll((chips) => {
    const boxes = chips.map((chip) => chip.getBoundingClientRect());
    return boxes.filter((box) => Math.abs(box.top - boxes[0]!.top) < 2).map((box) => box.left);
  });

/**
 * The referral's template opened from the Templates screen in the interface's language, in one of the
 * template's languages (English first): its editing area once its chips are there, and the name of the
 * case reference's chip (in the interface's words).
 */
async function openReferralTemplate(
  page: Page,
  t: TFunction,
  screen: 'en' | 'ar',
  template: 'en' | 'ar',
): Promise<{ area: Locator; referenceChip: string }> {
  await page.getByRole('button', { name: t('letters.nav'), exact: true }).click();
  await page
    .getByRole('table')
    .getByRole('button', { name: LABEL_CATALOGUES[screen].letterKind.member_state_referral })
    .click();
  if (template !== 'en') await page.getByLabel(t('letters.editor.language'), { exact: true }).selectOption(template);
  const area = page.getByRole('textbox', {
    name: t('letters.editor.visual.area', { language: t(`labels.documentLanguage.${template}`) }),
  });
  const referenceChip = t('letters.editor.visual.chipField', {
    label: chipWords(MERGE_FIELD_WORDS[screen]['case.reference']),
  });
  await expect(area.getByRole('img', { name: referenceChip }).first()).toBeVisible();
  return { area, referenceChip };
}

type Written = { lang: string; dir: 'ltr' | 'rtl' };

/**
 * The template's text is in its language and runs its way (its first line starting at that side, its chips
 * following one another that way); the editor's own words (toolbar, sections' heads and pickers, chips) are
 * in the interface's language and run its way. Gives the first section's head.
 */
async function expectDirections(
  page: Page,
  area: Locator,
  t: TFunction,
  chipName: string,
  template: Written,
  screen: Written,
): Promise<Locator> {
  await expect(area).toHaveAttribute('lang', template.lang);
  await expect(area).toHaveAttribute('dir', template.dir);
  expect(await laidOut(area)).toBe(template.dir);
  const first = area.locator(':scope > p').first();
  const start = await lineStart(first, area);
  const [near, far] = template.dir === 'ltr' ? [start.fromLeft, start.fromRight] : [start.fromRight, start.fromLeft];
  expect(near).toBeLessThan(40);
  expect(far).toBeGreaterThan(200);
  const lefts = await chipLefts(first);
  expect(lefts.length).toBeGreaterThan(2);
  expect(lefts).toEqual([...lefts].sort((a, b) => (template.dir === 'ltr' ? a - b : b - a)));

  expect(await laidOut(page.getByRole('toolbar', { name: t('letters.editor.visual.toolbar') }))).toBe(screen.dir);
  const head = area.locator('.editor-section-head').first();
  await expect(head).toHaveAttribute('lang', screen.lang);
  expect(await laidOut(head)).toBe(screen.dir);
  expect(await laidOut(area.getByLabel(t('letters.editor.visual.onlyWhen')).first())).toBe(screen.dir);
  const chip = area.getByRole('img', { name: chipName }).first();
  await expect(chip).toHaveAttribute('lang', screen.lang);
  expect(await laidOut(chip)).toBe(screen.dir);
  // So are the notes of repeated items and the word over a section's "otherwise" part.
  const note = area.locator('.repeat-note').first();
  await expect(note).toHaveAttribute('lang', screen.lang);
  expect(await laidOut(note)).toBe(screen.dir);
  const otherwise = area.locator('.editor-otherwise').first();
  expect(await otherwise.evaluate((element) => getComputedStyle(element, '::before').direction)).toBe(screen.dir);
  return head;
}

/** Where the first line of a paragraph starts, in pixels from each side of the editing area. */
async function lineStart(paragraph: Locator, area: Locator): Promise<{ fromLeft: number; fromRight: number }> {
  return paragraph.evaluate(
    (element, areaElement) => {
      const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const first = range.getBoundingClientRect();
      const box = areaElement!.getBoundingClientRect();
      return { fromLeft: first.left - box.left, fromRight: box.right - first.right };
    },
    await area.elementHandle(),
  );
}

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
  // The chips: the Arabic words of each field, as the core gave them for the reader's language.
  const { area, referenceChip } = await openReferralTemplate(page, t, 'ar', 'en');

  // The English template runs left to right inside the Arabic interface; the editor's own words stay Arabic.
  const head = await expectDirections(
    page,
    area,
    t,
    referenceChip,
    { lang: 'en', dir: 'ltr' },
    { lang: 'ar', dir: 'rtl' },
  );
  await head.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('template-editor-en-in-ar.png') });
  await area
    .locator(':scope > p')
    .first()
    .screenshot({ path: testInfo.outputPath('template-editor-en-in-ar-line.png') });

  // A condition is chosen among the fields' Arabic words; no English word and no path is offered.
  const picker = area.getByLabel(t('letters.editor.visual.onlyWhen')).first();
  await expect(picker).toBeEnabled();
  const offered = await picker.locator('option').allTextContents();
  expect(offered).toContain(arabic['letter.reference']);
  expect(offered).not.toContain(english['letter.reference']);
  expect(offered.filter((text) => !/\p{Script=Arabic}/u.test(text))).toEqual([]);

  // `{{` offers the fields by their Arabic words, in a list that reads from the right.
  const paragraph = area.locator(':scope > p').first();
  await caretAtEnd(paragraph);
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

test('in English an Arabic template is written right to left, the editor around it left to right', async ({
  page,
  vault,
}, testInfo) => {
  test.setTimeout(120_000);
  const t = await catalogue('en');
  await openWithVault(page, vault);
  const { area, referenceChip } = await openReferralTemplate(page, t, 'en', 'ar');
  // The Arabic template runs right to left; the editor's own words (heads, pickers, chips) are English.
  const head = await expectDirections(
    page,
    area,
    t,
    referenceChip,
    { lang: 'ar', dir: 'rtl' },
    { lang: 'en', dir: 'ltr' },
  );
  await head.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('template-editor-ar-in-en.png') });
});
