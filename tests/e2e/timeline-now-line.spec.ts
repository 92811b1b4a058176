import type { Page } from '@playwright/test';
import { axeFindings, describeFindings } from './accessibility.js';
import { call, createCase } from './cases-fixtures.js';
import { expect, test, type VaultHarness } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { openCaseInArabic } from './in-arabic.js';

/**
 * The dotted "now" line and the labels of the marks just before it: every label stays whole and
 * keeps a clear gap from the line, which stands aside for it and runs on between the lanes; in
 * English (labels run right, towards now) and in Arabic (the earliest on the right, labels run left).
 */

const TITLE = 'Food offered for sex at the distribution site';
const DAY = 24 * 3_600_000;
/** The least room, in pixels, between a label's letters and the line. */
const CLEAR_GAP = 3;

/** A few events in the weeks before now, one long ago so the chart spans months: the recent labels reach the line. */
async function caseWithRecentEvents(vault: VaultHarness): Promise<void> {
  const theCase = await createCase(vault, {
    title: TITLE,
    incidentDates: [{ precision: 'month', from: monthBefore(vault, 300), timeZone: 'UTC' }],
  });
  const titles = ['Site visit to the water point', 'Second statement of the mother', 'Photographs of the gate'];
  for (const [index, title] of titles.entries()) {
    await call(vault, 'timeline.add', {
      caseId: theCase.id,
      event: {
        date: { precision: 'exact', from: minuteBefore(vault, 24 - 8 * index), timeZone: 'UTC' },
        kind: 'investigative_action',
        title,
        basis: 'established',
      },
    });
  }
}

const minuteBefore = (vault: VaultHarness, days: number): string =>
  new Date(vault.clock.now() - days * DAY).toISOString().slice(0, 16);
const monthBefore = (vault: VaultHarness, days: number): string =>
  new Date(vault.clock.now() - days * DAY).toISOString().slice(0, 7);

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The boxes of the chart's labels and of the pieces of its "now" line, as drawn. */
function drawnBoxes(page: Page): Promise<{ labels: Box[]; line: Box[] }> {
  return page.evaluate(() => {
    const boxOf = (element: Element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    return {
      labels: Array.from(document.querySelectorAll('.tl-mark .tl-label'), boxOf),
      // A line's box has no width: its stroke's half is added on each side.
      line: Array.from(document.querySelectorAll('.tl-now line'), (element) => {
        const box = boxOf(element);
        const half = parseFloat(getComputedStyle(element).strokeWidth) / 2;
        return { ...box, left: box.left - half, right: box.right + half };
      }),
    };
  });
}

/** Every label apart from every piece of the line, by the clear gap; and the line still drawn from the axis down. */
async function expectLabelsClearOfTheLine(page: Page, screen: string): Promise<void> {
  await expect(page.locator('.tl-now line').first()).toBeAttached();
  const { labels, line } = await drawnBoxes(page);
  expect(labels.length).toBeGreaterThan(3);
  const lineX = (line[0]!.left + line[0]!.right) / 2;
  // The case is what it means to show: labels the line would run through.
  const crossed = labels.filter((label) => label.left - CLEAR_GAP < lineX && label.right + CLEAR_GAP > lineX);
  expect(crossed.length, screen).toBeGreaterThan(0);
  for (const label of labels) {
    for (const piece of line) {
      const apartSideways = piece.left >= label.right + CLEAR_GAP || piece.right <= label.left - CLEAR_GAP;
      const apartUpDown = piece.top >= label.bottom + CLEAR_GAP || piece.bottom <= label.top - CLEAR_GAP;
      expect(apartSideways || apartUpDown, `${screen}: ${JSON.stringify({ label, piece })}`).toBe(true);
    }
  }
  // Still a line: a piece between each two labels it stands aside for, from the axis to below the lanes.
  expect(line.length, screen).toBeGreaterThan(crossed.length);
  for (const piece of line) expect(piece.bottom - piece.top, screen).toBeGreaterThan(2);
}

test('the labels beside the "now" line stay whole and clear of it, in English and in Arabic', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  await caseWithRecentEvents(vault);

  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  await page.getByRole('button', { name: TITLE, exact: true }).click();
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Second statement of the mother/ })).toBeVisible();
  await expect(page.locator('.tl-label').filter({ hasText: 'Second statement of the mother' })).toHaveText(
    'Second statement of the mother',
  );
  await expectLabelsClearOfTheLine(page, 'English');
  await page.screenshot({ path: test.info().outputPath('timeline-now-line-en.png') });
  expect(describeFindings('timeline-now-line', await axeFindings(page))).toEqual([]);

  const t = await openCaseInArabic(page, TITLE);
  await page.getByRole('tab', { name: t('caseFile.view.tabs.timeline'), exact: true }).click();
  await expect(page.locator('.tl-label').filter({ hasText: 'Second statement of the mother' })).toBeVisible();
  await expectLabelsClearOfTheLine(page, 'Arabic');
  await page.screenshot({ path: test.info().outputPath('timeline-now-line-ar.png') });
  expect(describeFindings('timeline-now-line-ar', await axeFindings(page))).toEqual([]);
});
