import { todayIn } from '../clock.js';
import { axeFindings, describeFindings } from './accessibility.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { drawnRows, scrollUntilDrawn } from './virtual-list.js';

const CASE_TITLE = 'MINUSCA — exploitation reported near a market';
const VICTIMS = 200;
const WITNESSES = 100;
const PEOPLE = VICTIMS + WITNESSES;
const SECRET_NAME = 'Amina Ndakala';

const victim = { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' } as const;
const witness = { role: 'witness', sex: 'male', ageBand: 'adult', language: 'sg' } as const;

/** The people list over a few hundred people: read a page at a time, searched by code, filtered, never all drawn. */
test('the people list stays small in the DOM, searches codes (never names), filters and loads as it scrolls', async ({
  page,
  vault,
}) => {
  test.setTimeout(180_000);
  await openWithVault(page, vault);
  const { id: caseId } = await createCase(vault, {
    title: CASE_TITLE,
    dateReceived: todayIn('UTC', vault.clock),
    category: 'SE',
    subtype: 'transactional_sex',
  });
  for (let n = 1; n <= PEOPLE; n += 1) {
    // Two victims, then a witness: the list still shows every victim before the first witness.
    const profile = n % 3 === 0 ? witness : victim;
    await call(vault, 'people.add', {
      caseId,
      profile,
      ...(n === 5 ? { identity: { fullName: SECRET_NAME, confidentiality: 'strictly_confidential' } } : {}),
    });
  }

  await openCaseFromList(page, CASE_TITLE);
  await page.getByRole('tab', { name: 'People', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'People' });
  const table = panel.getByRole('table', { name: 'People in this case, by role and code' });
  const count = panel.getByRole('status').filter({ hasText: /people$/ });
  const openButtons = table.getByRole('button', { name: /^Open [VW]-/ });
  await expect(count).toHaveText(`${PEOPLE} people`);
  await expect(openButtons.first()).toHaveAccessibleName('Open V-01');
  expect(await drawnRows(table)).toBeLessThan(60);
  expect(await table.getAttribute('aria-rowcount')).toBe(String(PEOPLE + 1));
  expect(describeFindings('people-list', await axeFindings(page))).toEqual([]);

  // The arrows move between rows, and the row moved to is the one Tab comes back to.
  await openButtons.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Open V-03' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Open V-03' })).toHaveAttribute('aria-current', 'true');

  // Scrolling to the end loads the next pages; the last witness comes last.
  const scroller = panel.locator('.people-list-scroll');
  const last = table.getByRole('button', { name: `Open W-${WITNESSES}` });
  await scrollUntilDrawn(page, scroller, last);
  await expect(last).toBeVisible();
  expect(await drawnRows(table)).toBeLessThan(60);

  // A person opened and left: the list comes back at that person, still selected.
  await last.click();
  await page.getByRole('button', { name: 'Back to people' }).click();
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-current', 'true');

  // The search narrows by code, as shown or as typed; a name is never searched.
  const search = panel.getByRole('searchbox', { name: 'Search by code' });
  await search.fill('v1');
  await expect(count).toHaveText(`1 of ${PEOPLE} people`);
  await expect(openButtons).toHaveCount(1);
  await expect(openButtons.first()).toHaveAccessibleName('Open V-01');
  await search.fill('V-1');
  // V-01, V-10…V-19 and V-100…V-199.
  await expect(count).toHaveText(`111 of ${PEOPLE} people`);
  await search.fill(SECRET_NAME);
  await expect(panel.getByText('No one matches this search and these filters.')).toBeVisible();

  // The role filter narrows too.
  await search.fill('');
  await panel.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Witness' });
  await expect(count).toHaveText(`${WITNESSES} of ${PEOPLE} people`);
  await expect(openButtons.first()).toHaveAccessibleName('Open W-01');
  expect(describeFindings('people-list-filtered', await axeFindings(page))).toEqual([]);

  // End goes on loading (the first page holds 100) to the last victim, which takes focus and stays marked.
  await panel.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Victim' });
  await expect(count).toHaveText(`${VICTIMS} of ${PEOPLE} people`);
  await openButtons.first().focus();
  await page.keyboard.press('End');
  const lastVictim = page.getByRole('button', { name: `Open V-${VICTIMS}` });
  await expect(lastVictim).toBeFocused();
  await expect(lastVictim).toHaveAttribute('aria-current', 'true');
  await expect(table.locator('tr', { has: lastVictim })).toHaveAttribute('aria-rowindex', String(VICTIMS + 1));
  expect(await drawnRows(table)).toBeLessThan(60);
});
