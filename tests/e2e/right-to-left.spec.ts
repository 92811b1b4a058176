import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { openEvidenceTab } from './evidence-steps.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { repoRoot } from './paths.js';

/**
 * The app mirrored by its direction alone (<html dir="rtl">, what choosing Arabic sets): the styles
 * are logical, so the same screens lay out from the right. Checked on the boxes as drawn, in the
 * English words, so it holds whatever the catalogues say; the Arabic run walks the words.
 */

const TITLE = 'قضية استغلال جنسي قرب نقطة المياه';
const HOUR = 3_600_000;

const boxOf = async (locator: Locator) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not drawn');
  return box;
};

const rightToLeft = (page: Page) => page.evaluate(() => (document.documentElement.dir = 'rtl'));

test('right to left: the screen from the right, arrows turned, Arabic in the shipped font', async ({ page, vault }) => {
  await openWithVault(page, vault);
  const theCase = await createCase(vault, { title: TITLE, category: 'SE', subtype: 'transactional_sex' });
  const item = await call<{ id: string }>(vault, 'evidence.create', {
    caseId: theCase.id,
    type: 'physical',
    description: 'Dress in a sealed bag',
    collectedAt: new Date(vault.clock.now() - 2 * HOUR).toISOString(),
  });
  // A child victim with no guardian recorded: the checklist has a finding to show.
  await call(vault, 'people.add', {
    caseId: theCase.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'minor', language: 'ar', confidentiality: 'confidential' },
  });
  await call(vault, 'custody.add', {
    itemId: item.id,
    kind: 'handed_over',
    at: new Date(vault.clock.now() - HOUR).toISOString(),
    from: 'Investigator A',
    to: 'Evidence clerk B',
    purpose: 'Into the evidence store',
  });
  await rightToLeft(page);

  // The navigation stands on the right of the screen, the section on its left.
  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  const navigation = await boxOf(page.getByRole('navigation'));
  const main = await boxOf(page.getByRole('main'));
  expect(navigation.x).toBeGreaterThan(main.x + main.width - 1);

  // The table reads from the right: its first column (the reference) is the rightmost.
  const header = page.getByRole('columnheader');
  const first = await boxOf(header.first());
  const last = await boxOf(header.last());
  expect(first.x).toBeGreaterThan(last.x);
  // A heading starts at the right edge of its section.
  const heading = await boxOf(page.getByRole('heading', { level: 1, name: 'Cases' }));
  const table = await boxOf(page.getByRole('table'));
  expect(Math.abs(heading.x + heading.width - (table.x + table.width))).toBeLessThan(2);

  // Arabic is drawn in the face the app ships (bundled, loaded from the app, not the system's).
  await expect(page.getByRole('button', { name: TITLE })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(async () => {
        await document.fonts.ready;
        let loaded = 0;
        document.fonts.forEach((face) => {
          if (face.family.includes('Casefile Arabic') && face.status === 'loaded') loaded += 1;
        });
        return loaded;
      }),
    )
    .toBeGreaterThan(0);

  // A finding's coloured rule runs down its starting edge: the right one.
  await openCaseFromList(page, TITLE);
  await page.getByRole('tab', { name: 'Checklist' }).click();
  const finding = page.locator('.finding').first();
  await expect(finding).toBeVisible();
  const edges = await finding.evaluate((element) => {
    const style = getComputedStyle(element);
    return { right: style.borderRightWidth, left: style.borderLeftWidth };
  });
  expect(edges).toEqual({ right: '4px', left: '1px' });

  // From one holder to the next: the arrow between them points left, the way Arabic reads.
  const tab = await openEvidenceTab(page);
  await tab.getByRole('button', { name: 'E-0001' }).first().click();
  const arrow = page.locator('svg.holders-arrow').first();
  await expect(arrow).toBeVisible();
  expect(await arrow.evaluate((element) => getComputedStyle(element).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  // A lock is no direction: it is never turned.
  const lock = page.getByRole('button', { name: 'Lock' }).locator('svg');
  expect(await lock.evaluate((element) => getComputedStyle(element).transform)).toBe('none');
});

/** A word of an Arabic catalogue by its path: `shell.cases` in ar.json, `view.tabs.timeline` in ar/case-file.json. */
function arabic(file: string, path: string): string {
  const catalogue = JSON.parse(readFileSync(join(repoRoot, 'renderer', 'i18n', file), 'utf8')) as Record<
    string,
    unknown
  >;
  const word = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);
  if (typeof word !== 'string') throw new Error(`${file} has no ${path}`);
  return word;
}

test('in Arabic the timeline runs from the right: the earliest event rightmost, ArrowLeft to a later one', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  await createCase(vault, {
    title: TITLE,
    incidentDates: [
      { precision: 'exact', from: '2025-06-14T10:00', timeZone: 'UTC' },
      { precision: 'exact', from: '2025-09-14T22:30', timeZone: 'UTC' },
    ],
  });
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.getByRole('button', { name: arabic('ar.json', 'shell.cases'), exact: true }).click();
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  // Tabs too: ArrowLeft goes on to the next tab, the one on the left.
  const tabs = page.getByRole('tab');
  await tabs.first().focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('tab', { name: arabic('ar/case-file.json', 'view.tabs.timeline'), exact: true }).click();

  // The marks in time order: the first (the earliest incident) stands right of every later one.
  const marks = page.locator('.tl-mark');
  await expect(marks.first()).toBeVisible();
  const count = await marks.count();
  expect(count).toBeGreaterThan(2);
  const xs = await marks.evaluateAll((elements) =>
    elements.map((element) => element.querySelector('.tl-shape')!.getBoundingClientRect().x),
  );
  for (let index = 1; index < xs.length; index += 1) expect(xs[index]).toBeLessThanOrEqual(xs[index - 1]!);
  expect(xs[xs.length - 1]).toBeLessThan(xs[0]!);

  // The arrow that points the way Arabic reads goes on to the next event in time, the other comes back.
  await marks.first().focus();
  await page.keyboard.press('ArrowLeft');
  await expect(marks.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(marks.first()).toBeFocused();
});

/**
 * Where the first and the last character of `locator`'s text are drawn: in text that reads left to
 * right, the last (a full stop, an ellipsis) stands right of the first, whatever the page's direction.
 */
const endsOf = (locator: Locator) =>
  locator.evaluate((element) => {
    if (element instanceof SVGTextContentElement) {
      const last = element.getNumberOfChars() - 1;
      return { first: element.getStartPositionOfChar(0).x, last: element.getStartPositionOfChar(last).x };
    }
    const text = element.firstChild!;
    const range = document.createRange();
    const xOf = (index: number) => {
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return range.getBoundingClientRect().x;
    };
    return { first: xOf(0), last: xOf((text.textContent ?? '').length - 1) };
  });

test('in Arabic, English text a person wrote keeps its own direction: the full stop and the "…" at its end', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const title = 'Mission Alpha: food offered for sex at the distribution site.';
  const summary = 'V-01 reported that a contingent member offered food in exchange for sex.';
  const theCase = await createCase(vault, { title, summary });
  await call(vault, 'timeline.add', {
    caseId: theCase.id,
    event: {
      date: { precision: 'exact', from: '2025-06-14T10:00', timeZone: 'UTC' },
      kind: 'incident',
      title: 'Meetings at the market between the contingent member and the victim, reported by her mother',
      basis: 'reported_by_source',
    },
  });
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: arabic('ar.json', 'shell.cases'), exact: true }).click();
  await page.getByRole('button', { name: title, exact: true }).click();

  // The case's title and its summary read left to right, full stop last, on the right.
  const heading = page.getByRole('heading', { level: 1, name: title });
  await expect(heading).toBeVisible();
  const inHeading = await endsOf(heading);
  expect(inHeading.last).toBeGreaterThan(inHeading.first);
  const inSummary = await endsOf(page.getByText(summary, { exact: true }));
  expect(inSummary.last).toBeGreaterThan(inSummary.first);
  // The heading's words still stand at the page's starting edge, the right, in line with the tabs below it.
  const headingBox = await boxOf(heading);
  const tabList = await boxOf(page.getByRole('tablist'));
  expect(Math.abs(headingBox.x + headingBox.width - (tabList.x + tabList.width))).toBeLessThan(2);
  const wordsRightEdge = await heading.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getBoundingClientRect().right;
  });
  expect(Math.abs(wordsRightEdge - (tabList.x + tabList.width))).toBeLessThan(2);

  // A field for such text follows what is typed in it: English reads left to right in the Arabic screen.
  await page.getByRole('button', { name: arabic('ar/case-file.json', 'overview.edit'), exact: true }).click();
  const typed = page.getByRole('dialog').locator('textarea').first();
  await expect(typed).toBeVisible();
  expect(await typed.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('plaintext');
  await page.keyboard.press('Escape');

  // The chart shortens the long title at its end: the ellipsis follows the words, on their right.
  await page.getByRole('tab', { name: arabic('ar/case-file.json', 'view.tabs.timeline'), exact: true }).click();
  const label = page.locator('.tl-mark .tl-label').filter({ hasText: 'Meetings at the market' });
  await expect(label).toHaveText(/^Meetings at the market.*…$/);
  const inLabel = await endsOf(label);
  expect(inLabel.last).toBeGreaterThan(inLabel.first);

  // The template editor's choice of a case for the preview shows the title's beginning: the reference.
  await page.getByRole('button', { name: arabic('ar/letters.json', 'nav'), exact: true }).click();
  await page.getByRole('table').getByRole('button').first().click();
  const previewCase = page.getByRole('combobox', { name: arabic('ar/letters.json', 'editor.previewCase') });
  await expect(previewCase).toHaveValue(new RegExp(`^${theCase.reference} — `));
  // The text box follows its words (left to right, from the reference), not the Arabic page.
  expect(await previewCase.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('plaintext');
});
