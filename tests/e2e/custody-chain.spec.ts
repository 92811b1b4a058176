import { axeFindings, describeFindings } from './accessibility.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { logItem, openEvidenceTab, openItem } from './evidence-steps.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { pagesAskedWhileTyping } from './virtual-list.js';

const CASE_TITLE = 'MINUSCA — exploitation reported near a checkpoint';
/** A chain as long as the interviews list: 2,000 events. */
const EVENTS = 2_000;
const START = Date.parse('2026-01-02T08:00:00.000Z');

test.use({ clockStart: '2026-06-30T09:00:00.000Z' });

/** An item's chain of custody of 2,000 events: read a page at a time, never all drawn. */
test('2,000 custody events: few rows in the DOM, arrows and End move between them, kind and search narrow', async ({
  page,
  vault,
}) => {
  test.setTimeout(300_000);
  await openWithVault(page, vault);
  const { id: caseId } = await createCase(vault, { title: CASE_TITLE });
  const item = await logItem(vault, {
    caseId,
    type: 'physical',
    description: 'Clothing bag',
    collectedAt: '2026-01-01T08:00:00.000Z',
  });
  // Ten minutes apart: sealed (S-n), then opened (the seal found, S-n), every hundredth an examination.
  for (let n = 1; n <= EVENTS; n += 1) {
    const at = new Date(START + n * 600_000).toISOString();
    const fields =
      n % 100 === 0
        ? { kind: 'examined', purpose: 'Fibres photographed' }
        : n % 2 === 0
          ? { kind: 'sealed', purpose: 'Sealed for storage', sealNumber: `S-${n}` }
          : { kind: 'opened', purpose: 'Opened to photograph', sealNumber: `S-${n - 1}` };
    await call(vault, 'custody.add', { itemId: item.id, at, persons: ['Investigator Okafor'], ...fields });
  }

  await openCaseFromList(page, CASE_TITLE);
  await openEvidenceTab(page);
  const detail = await openItem(page, 'E-0001');
  const custody = detail.getByRole('region', { name: 'Chain of custody' });
  const table = custody.getByRole('table', { name: 'Chain of custody of E-0001' });
  const count = custody.getByRole('status').filter({ hasText: /events?$/ });
  await expect(count).toHaveText('2,000 events');
  const drawnRows = () => table.locator('tbody tr:not(.virtual-spacer)').count();
  await expect(table.getByRole('rowheader').first()).toHaveText('Opened');
  expect(await drawnRows()).toBeLessThan(60);
  expect(await table.getAttribute('aria-rowcount')).toBe(String(EVENTS + 1));
  expect(describeFindings('custody-chain', await axeFindings(page))).toEqual([]);

  // The arrows move between rows; End goes on loading to the last of the 2,000.
  await table.getByRole('rowheader').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(table.locator('tr:has(:focus)')).toHaveAttribute('aria-rowindex', '3');
  await expect(table.locator('tr:has(:focus)')).toContainText('S-2');
  await page.keyboard.press('End');
  await expect(table.locator('tr:has(:focus)')).toHaveAttribute('aria-rowindex', String(EVENTS + 1), {
    timeout: 30_000,
  });
  await expect(table.locator('tr:has(:focus) td').first()).toHaveText(String(EVENTS));
  expect(await drawnRows()).toBeLessThan(200);
  await page.keyboard.press('Home');
  await expect(table.locator('tr:has(:focus)')).toHaveAttribute('aria-rowindex', '2');

  // The kind, the search and the order, in the core.
  await custody.getByRole('combobox', { name: 'Event' }).selectOption({ label: 'Examined' });
  await expect(count).toHaveText(`${EVENTS / 100} of 2,000 events`);
  await expect(table.locator('tbody tr:not(.virtual-spacer)').filter({ hasNotText: 'Examined' })).toHaveCount(0);
  await custody.getByRole('combobox', { name: 'Event' }).selectOption({ label: 'Any' });
  // The search asks the core once typing pauses, not at each key.
  const search = custody.getByRole('searchbox', { name: 'Search the events' });
  const asked = await pagesAskedWhileTyping(vault, search, 'S-1998', 'custody.page', async () => {
    await expect(count).toHaveText('2 of 2,000 events');
    await expect(table.getByRole('rowheader')).toHaveText(['Sealed', 'Opened']);
  });
  // One page for the word; a second only if the machine stalled longer than the pause between two keys.
  expect(asked).toBeLessThanOrEqual(2);
  // The persons present are searched by name: the quotes of the text they are stored as match nothing.
  await search.fill('"');
  await expect(count).toHaveText('0 of 2,000 events');
  await search.fill('okafor');
  await expect(count).toHaveText('2,000 events');
  await search.fill('');
  await custody.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Newest first' });
  await expect(table.locator('tbody tr:not(.virtual-spacer) td').first()).toHaveText(String(EVENTS));
  expect(describeFindings('custody-chain-filtered', await axeFindings(page))).toEqual([]);
});
