import { createEvidence } from '../../electron/core/evidence/evidence-changes.js';
import { contract } from '../../shared/contract/index.js';
import { expect, test, type VaultHarness } from './fixtures.js';
import { openWithVault, unlockWithPassphrase } from './helpers.js';
import { writeCaseAtSize } from './case-at-size.js';
import { openCaseFromList } from './cases-fixtures.js';

const TITLE = 'Convoy allegations, eastern sector';
const ITEMS = 2_000;

test.use({ clockStart: '2026-06-30T09:00:00.000Z' });

function loadCase(vault: VaultHarness): Promise<void> {
  return writeCaseAtSize(vault, { title: TITLE, actor: 'e2e' }, (ctx, caseId) => {
    for (let i = 0; i < ITEMS; i++)
      createEvidence(
        ctx,
        contract['evidence.create'].input.parse({
          caseId,
          type: 'physical',
          description: `Item ${i}: photograph of the distribution site`,
          collectedAt: new Date(Date.parse('2025-07-01T08:00:00Z') + i * 14_400_000).toISOString(),
          collectedBy: 'Investigator Okafor',
        }),
      );
  });
}

test('a chronology of thousands of events: bounded marks and table rows, read a view and a page at a time', async ({
  page,
  vault,
}) => {
  test.setTimeout(180_000);
  await openWithVault(page, vault);
  await loadCase(vault);
  await page.reload();
  await unlockWithPassphrase(page);
  await openCaseFromList(page, TITLE);
  const before = vault.calls.length;
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'Timeline' });
  const chart = panel.getByRole('group', { name: /^Chronology drawn to scale/ });
  await expect(chart.getByRole('button').first()).toBeVisible();
  // Asked for once, at the width it is drawn at: never first at a guessed width, laid out only to be thrown away.
  expect(vault.calls.slice(before).filter((name) => name === 'timeline.chart')).toHaveLength(1);

  // The chart: a bounded number of marks, every event counted in them, and no whole chronology sent.
  const marks = await chart.getByRole('button').count();
  expect(marks).toBeGreaterThan(5);
  expect(marks).toBeLessThan(200);
  const sizes = await chart
    .locator('.tl-cluster')
    .evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-cluster-size'))));
  const total = marks - sizes.length + sizes.reduce((sum, size) => sum + size, 0);
  expect(total).toBeGreaterThanOrEqual(ITEMS);
  expect(vault.calls.slice(before)).not.toContain('timeline.list');

  // The table: a window of rows drawn however many there are; End reaches the last event.
  await panel.getByRole('button', { name: 'Table', exact: true }).click();
  const table = panel.getByRole('table', { name: 'Chronology of the case, in the order described below' });
  await expect(table).toHaveAttribute('aria-rowcount', String(total + 1));
  const rows = table.locator('tbody tr[data-index]');
  expect(await rows.count()).toBeLessThan(200);
  await table.locator('[data-row-focus]').first().focus();
  await page.keyboard.press('End');
  await expect(table.locator(`tr[aria-rowindex="${total + 1}"]`)).toBeVisible({ timeout: 60_000 });
  expect(await rows.count()).toBeLessThan(200);

  // Linking evidence searches the log a few items at a time; the whole log is never asked for.
  await panel.getByRole('button', { name: 'Add event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an event to the timeline' });
  const evidence = dialog.getByRole('combobox', { name: 'Link an evidence item' });
  await evidence.fill('E-1500');
  const matches = dialog.getByRole('listbox', { name: 'Link an evidence item' }).getByRole('option');
  await expect(matches.filter({ hasText: /^E-1500: / })).toBeVisible();
  expect(await matches.count()).toBeLessThanOrEqual(20);
  expect(vault.calls.slice(before)).not.toContain('evidence.list');
  // Nor are every interview's: they are searched by code the same way.
  expect(vault.calls.slice(before)).not.toContain('interviews.list');
});
