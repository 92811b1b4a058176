import { createEvidence } from '../../electron/core/evidence/evidence-changes.js';
import { contract } from '../../shared/contract/index.js';
import { axeFindings, describeFindings } from './accessibility.js';
import { writeCaseAtSize } from './case-at-size.js';
import { expect, test, type VaultHarness } from './fixtures.js';
import { openWithVault, unlockWithPassphrase } from './helpers.js';
import { drawnRows } from './virtual-list.js';

const LARGE = 'Convoy allegations, eastern sector';
const SMALL = 'Checkpoint allegations, northern sector';
const LARGE_ITEMS = 2_000;
const SMALL_ITEMS = 600;
const HITS = LARGE_ITEMS + SMALL_ITEMS;

test.use({ clockStart: '2026-06-30T09:00:00.000Z' });

/** Two cases whose evidence all mentions the distribution site, the small one's twice (it ranks first). */
async function loadCases(vault: VaultHarness): Promise<void> {
  const fill = (items: number, description: (i: number) => string) =>
    writeCaseAtSize(vault, { title: items === LARGE_ITEMS ? LARGE : SMALL, actor: 'e2e' }, (ctx, caseId) => {
      for (let i = 0; i < items; i++)
        createEvidence(
          ctx,
          contract['evidence.create'].input.parse({
            caseId,
            type: 'physical',
            description: description(i),
            collectedAt: new Date(Date.parse('2025-07-01T08:00:00Z') + i * 14_400_000).toISOString(),
            collectedBy: 'Investigator Okafor',
          }),
        );
    });
  await fill(LARGE_ITEMS, (i) => `Item ${i}: photograph of the ration store, taken from the distribution road`);
  await fill(SMALL_ITEMS, (i) => `Item ${i}: distribution list, distribution site`);
}

test('thousands of search hits: a window of rows drawn, best first with their case, End reaches the last', async ({
  page,
  vault,
}) => {
  test.setTimeout(240_000);
  await openWithVault(page, vault);
  await loadCases(vault);
  await page.reload();
  await unlockWithPassphrase(page);

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: 'Search', exact: true })
    .click();
  const search = page.getByRole('searchbox', { name: 'Search the case file' });
  await search.fill('distribution');
  const before = vault.calls.length;
  await search.press('Enter');

  // The count said once, for every hit; a window of rows drawn.
  await expect(page.getByText(`Results: ${HITS} · Cases: 2`)).toBeVisible();
  const table = page.getByRole('table', { name: 'Search results, best matches first' });
  await expect(table).toHaveAttribute('aria-rowcount', String(HITS + 1));
  expect(await drawnRows(table)).toBeLessThan(200);
  expect(describeFindings('search-results', await axeFindings(page))).toEqual([]);

  // Flat rows, best first: each names its case, the kind of record, the record and the words found.
  const first = table.locator('tr[aria-rowindex="2"]');
  const smallReference = await first.getByRole('button').textContent();
  await expect(first.getByRole('cell').nth(0)).toHaveText('Evidence');
  await expect(first.getByRole('cell').nth(1)).toHaveText(/^E-\d+$/);
  await expect(first.locator('mark')).toHaveText(['distribution', 'distribution']);
  await expect(first.getByRole('button')).toHaveAccessibleName(`Open case ${smallReference}`);

  // End loads on to the last hit, the largest case's; the rows drawn stay bounded.
  await first.getByRole('button').focus();
  await page.keyboard.press('End');
  const last = table.locator(`tr[aria-rowindex="${HITS + 1}"]`);
  await expect(last).toBeVisible({ timeout: 60_000 });
  await expect(last.getByRole('button')).toBeFocused();
  expect(await last.getByRole('button').textContent()).not.toBe(smallReference);
  expect(await drawnRows(table)).toBeLessThan(200);
  // Read a page at a time: at least as many calls as pages of the most rows one may hold.
  const asked = vault.calls.slice(before).filter((name) => name === 'search.query').length;
  expect(asked).toBeGreaterThanOrEqual(HITS / 200);

  // The arrows move back up; Enter opens the hit's case.
  await page.keyboard.press('ArrowUp');
  await expect(table.locator(`tr[aria-rowindex="${HITS}"]`).getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: LARGE })).toBeVisible();
});
