import { createCase } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

const HOUR = 3_600_000;
/** Cases whose incidents each start the rapid-response clocks: several hundred open deadlines. */
const CASES = 150;

test('several hundred deadlines stay small in the DOM, and the keys reach the last one', async ({ page, vault }) => {
  test.setTimeout(240_000);
  await openWithVault(page, vault);
  const now = vault.clock.now();
  for (let n = 0; n < CASES; n += 1) {
    const at = new Date(now - (n + 1) * HOUR).toISOString().slice(0, 16);
    await createCase(vault, {
      title: `Case ${n + 1}`,
      dateReceived: new Date(now).toISOString().slice(0, 10),
      incidentDates: [{ precision: 'exact', from: at, timeZone: 'UTC' }],
    });
  }
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: 'Deadlines', exact: true })
    .click();
  const table = page.locator('.deadlines-table');
  const rowHeads = table.locator('tbody th[data-row-focus]');
  await expect(rowHeads.first()).toBeVisible();
  const matching = Number(await table.getAttribute('aria-rowcount')) - 1;
  expect(matching).toBeGreaterThan(250);
  const drawnRows = () => table.locator('tbody tr:not(.virtual-spacer)').count();
  expect(await drawnRows()).toBeLessThan(200);

  // The arrows move between rows from a row's heading; End loads on to the last deadline.
  await rowHeads.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(table.locator('th[data-row-focus]:focus')).toHaveCount(1);
  expect(await table.locator('tr:has(th[data-row-focus]:focus)').getAttribute('aria-rowindex')).toBe('3');
  await page.keyboard.press('End');
  await expect
    .poll(() => table.locator('tr:has(th[data-row-focus]:focus)').getAttribute('aria-rowindex'), { timeout: 60_000 })
    .toBe(String(matching + 1));
  expect(await drawnRows()).toBeLessThan(200);
});
