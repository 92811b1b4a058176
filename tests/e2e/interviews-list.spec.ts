import { axeFindings, describeFindings } from './accessibility.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { openTab, PLAIN_ARRANGEMENTS } from './interview-steps.js';
import { pagesAskedWhileTyping } from './virtual-list.js';

const CASE_TITLE = 'MINUSCA — exploitation reported near a market';
const WITNESSES = 50;
/** The case: 2,000 interviews. */
const INTERVIEWS = 2_000;
/** Every hundredth interview is cancelled: all of them the first witness's. */
const CANCELLED = INTERVIEWS / 100;
const START = Date.parse('2025-01-06T08:00:00.000Z');

const arrangements = (scheduledAt: string) => ({ ...PLAIN_ARRANGEMENTS, scheduledAt });

/** The interviews list over the 2,000 interviews: read a page at a time, never all drawn. */
test('2,000 interviews: few rows in the DOM, filters, search, End reaches the last', async ({ page, vault }) => {
  test.setTimeout(300_000);
  await openWithVault(page, vault);
  const { id: caseId } = await createCase(vault, { title: CASE_TITLE });
  const witnesses: string[] = [];
  for (let n = 0; n < WITNESSES; n += 1) {
    const witness = await call<{ id: string }>(vault, 'people.add', {
      caseId,
      profile: { role: 'witness', sex: 'female', ageBand: 'adult', language: 'fr' },
    });
    witnesses.push(witness.id);
  }
  // An hour apart, so the list's order (by date) is the order planned.
  for (let n = 0; n < INTERVIEWS; n += 1) {
    const scheduledAt = new Date(START + n * 3_600_000).toISOString();
    const planned = await call<{ id: string }>(vault, 'interviews.plan', {
      caseId,
      personId: witnesses[n % WITNESSES],
      arrangements: arrangements(scheduledAt),
    });
    if (n % 100 === 0) await call(vault, 'interviews.cancel', { interviewId: planned.id, reason: 'Moved away' });
  }

  await openCaseFromList(page, CASE_TITLE);
  const panel = await openTab(page, 'Interviews');
  const table = panel.getByRole('table', { name: 'Interviews in this case, by date' });
  const count = panel.getByRole('status').filter({ hasText: /interviews?$/ });
  const openButtons = table.getByRole('button', { name: /^Open the interview of / });
  await expect(count).toHaveText('2,000 interviews');
  await expect(openButtons.first()).toHaveAccessibleName(/^Open the interview of W-01 /);
  const drawnRows = () => table.locator('tbody tr:not(.virtual-spacer)').count();
  expect(await drawnRows()).toBeLessThan(60);
  expect(await table.getAttribute('aria-rowcount')).toBe(String(INTERVIEWS + 1));
  expect(describeFindings('interviews-list', await axeFindings(page))).toEqual([]);

  // The arrows move between rows; the row moved to is marked, and opening it and coming back keeps it.
  await openButtons.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = table.getByRole('button', { name: /^Open the interview of W-03 / });
  await expect(third).toBeFocused();
  await expect(third).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: /^Interview of W-03/ })).toBeVisible();
  await page.getByRole('button', { name: 'Back to interviews' }).click();
  await expect(third).toHaveAttribute('aria-current', 'true');

  // End goes on loading to the last of the 2,000, the DOM still holding a window of rows.
  await third.focus();
  await page.keyboard.press('End');
  const last = table.getByRole('button', { name: /^Open the interview of W-50 / }).last();
  await expect(last).toBeFocused({ timeout: 30_000 });
  await expect(table.locator('tr:has(:focus)')).toHaveAttribute('aria-rowindex', String(INTERVIEWS + 1));
  await expect(last).toHaveAttribute('aria-current', 'true');
  expect(await drawnRows()).toBeLessThan(200);

  // The status filter and the search narrow in the core, together.
  await panel.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Cancelled' });
  await expect(count).toHaveText(`${CANCELLED} of 2,000 interviews`);
  await expect(openButtons.first()).toHaveAccessibleName(/^Open the interview of W-01 /);
  await expect(table.locator('tbody tr:not(.virtual-spacer)').filter({ hasNotText: 'Cancelled' })).toHaveCount(0);
  await panel.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Any' });
  const search = panel.getByRole('searchbox', { name: 'Search by interviewee' });
  await search.fill('W-07');
  await expect(count).toHaveText(`${INTERVIEWS / WITNESSES} of 2,000 interviews`);
  await expect(openButtons.first()).toHaveAccessibleName(/^Open the interview of W-07 /);
  await search.fill('Z-99');
  await expect(panel.getByText('No interview matches this search and this status.')).toBeVisible();
  expect(describeFindings('interviews-list-filtered', await axeFindings(page))).toEqual([]);

  // The code as typed (w 07) finds W-07 as the people list does, searched once typing pauses, not at each key.
  await search.fill('');
  await expect(count).toHaveText('2,000 interviews');
  const asked = await pagesAskedWhileTyping(vault, search, 'w 07', 'interviews.page', async () => {
    await expect(count).toHaveText(`${INTERVIEWS / WITNESSES} of 2,000 interviews`);
    await expect(openButtons.first()).toHaveAccessibleName(/^Open the interview of W-07 /);
  });
  // One page for the word; a second only if the machine stalled longer than the pause between two keys.
  expect(asked).toBeLessThanOrEqual(2);

  // The checklist names the interviews its findings are about by interviewee code (none has a risk
  // assessment), read for those alone, never the whole list.
  const before = vault.calls.length;
  const checklist = await openTab(page, 'Checklist');
  await expect(checklist.getByText(/Interview of W-02/).first()).toBeVisible({ timeout: 60_000 });
  expect(vault.calls.slice(before)).toContain('interviews.codes');
  expect(vault.calls.slice(before)).not.toContain('interviews.list');
});
