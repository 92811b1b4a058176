import { createCase } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { drawnRows } from './virtual-list.js';

const CASES = 250;

/** Received one day apart in 2025, so the newest report is the last created; the five oldest are SA. */
const receivedOn = (n: number): string => new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10);

/** The cases list over a few hundred cases: read a page at a time, sorted and filtered in SQL, never all drawn. */
test('the cases list stays small in the DOM, End reaches the last case, the core sorts and filters', async ({
  page,
  vault,
}) => {
  test.setTimeout(240_000);
  await openWithVault(page, vault);
  for (let n = 1; n <= CASES; n += 1) {
    await createCase(vault, {
      title: `Report ${n}`,
      dateReceived: receivedOn(n),
      category: n <= 5 ? 'SA' : 'SE',
      subtype: n <= 5 ? 'sexual_assault' : 'transactional_sex',
      urgent: n % 10 === 0,
    });
  }

  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  await expect(page.getByText(`Cases shown: ${CASES}`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Cases in this vault' });
  const titles = table.getByRole('button', { name: /^Report \d+$/ });
  // Newest report first; only the rows in view (and a few) are drawn.
  await expect(titles.first()).toHaveAccessibleName(`Report ${CASES}`);
  expect(await drawnRows(table)).toBeLessThan(60);
  expect(await table.getAttribute('aria-rowcount')).toBe(String(CASES + 1));

  // End goes on loading (the first page holds 100) to the last case, which takes focus and stays marked.
  await titles.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: `Report ${CASES - 1}`, exact: true })).toBeFocused();
  await page.keyboard.press('End');
  const oldest = page.getByRole('button', { name: 'Report 1', exact: true });
  await expect(oldest).toBeFocused();
  await expect(oldest).toHaveAttribute('aria-current', 'true');
  await expect(table.locator('tr', { has: oldest })).toHaveAttribute('aria-rowindex', String(CASES + 1));
  expect(await drawnRows(table)).toBeLessThan(60);
  await page.keyboard.press('Home');
  await expect(titles.first()).toBeFocused();

  // Another order is the core's: the first reference comes first, though it was on the last page.
  await page.getByRole('columnheader', { name: 'Reference' }).getByRole('button').click();
  await expect(table).toHaveAccessibleName('Cases in this vault, sorted by reference, ascending');
  await expect(titles.first()).toHaveAccessibleName('Report 1');

  // A filter is the core's too: the five SA cases, all on the last page of the default order.
  await page.getByLabel('Category').selectOption('SA');
  await expect(page.getByText('Cases shown: 5')).toBeVisible();
  await expect(titles).toHaveText(['Report 1', 'Report 2', 'Report 3', 'Report 4', 'Report 5']);
  await page.getByLabel('Category').selectOption('SE');
  await page.getByRole('checkbox', { name: 'Urgent only' }).check();
  await expect(page.getByText(`Cases shown: ${CASES / 10}`)).toBeVisible();
  await expect(titles.first()).toHaveAccessibleName('Report 10');

  // The search is the core's as well, over the titles of cases not loaded yet, once typing pauses.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByText(`Cases shown: ${CASES}`)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the cases' }).fill('Report 3');
  // Report 3, 30–39 and 300+ (none): the eleven titles that hold the words, nothing loaded before.
  await expect(page.getByText('Cases shown: 11')).toBeVisible();
  await expect(titles.first()).toHaveAccessibleName(/^Report 3\d?$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('searchbox', { name: 'Search the cases' })).toHaveValue('');
  await expect(page.getByText(`Cases shown: ${CASES}`)).toBeVisible();
});
