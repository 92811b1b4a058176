import { appendAudit } from '../../electron/core/kernel/audit/audit-log.js';
import { writeCaseAtSize } from './case-at-size.js';
import { call, openCaseFromList } from './cases-fixtures.js';
import { expect, test, type VaultHarness } from './fixtures.js';
import { openWithVault, unlockWithPassphrase } from './helpers.js';

const TITLE = 'Long-running case, northern sector';
/** The size: 50,000 audit rows in one case (plus the row of its opening). */
const ROWS = 50_000;

/** A case with ROWS audit rows, written straight into the vault (chained as the app chains them), then unlocked. */
function caseWithLongTrail(vault: VaultHarness): Promise<void> {
  return writeCaseAtSize(vault, { title: TITLE, actor: 'Investigator Okafor' }, (ctx, caseId) => {
    for (let row = 0; row < ROWS; row += 1) {
      appendAudit(ctx, { action: 'case.update', caseId, target: null, details: { fields: ['summary'] } });
    }
  });
}

test('50,000 audit rows stay small in the DOM, the keys reach the oldest, the chain is checked as a job', async ({
  page,
  vault,
}) => {
  test.setTimeout(300_000);
  await openWithVault(page, vault);
  await caseWithLongTrail(vault);
  await page.reload();
  await unlockWithPassphrase(page);
  await openCaseFromList(page, TITLE);
  await page.getByRole('tab', { name: 'Audit' }).click();
  const table = page.getByRole('table', { name: 'Audit trail of this case, newest first' });
  const drawnRows = () => table.locator('tbody tr:not(.virtual-spacer)').count();
  const rowHeads = table.locator('tbody th[data-row-focus]');
  await expect(rowHeads.first()).toHaveText(String(ROWS + 1));
  expect(await drawnRows()).toBeLessThan(200);
  expect(await table.getAttribute('aria-rowcount')).toBe(String(ROWS + 2));

  // The arrows move between rows; End loads on to the oldest row, the case's opening.
  await rowHeads.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(table.locator('th[data-row-focus]:focus')).toHaveText(String(ROWS - 1));
  await page.keyboard.press('End');
  await expect(table.locator('th[data-row-focus]:focus')).toHaveText('1', { timeout: 240_000 });
  await expect(table.getByRole('row').filter({ hasText: 'Case opened' })).toBeVisible();
  expect(await drawnRows()).toBeLessThan(200);
  await page.keyboard.press('Home');
  await expect(table.locator('th[data-row-focus]:focus')).toHaveText(String(ROWS + 1));

  // The chain check runs as a job: its progress shows, and it can be stopped part-way.
  const verify = page.getByRole('button', { name: 'Verify the chain' });
  await verify.click();
  const progress = page.getByRole('status').filter({ hasText: /^Checking the chain: \d+ of 50001 rows read/ });
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Check stopped after \d+ rows: no break/ })).toBeVisible();

  // Leaving the tab while a check runs cancels it in the core: it does not go on reading the chain for no one.
  let leftJobId = '';
  vault.overrides.set('audit.check', async (name, input) => {
    vault.overrides.delete('audit.check');
    const started = await vault.dispatch(name, input);
    if (started.ok) leftJobId = (started.value as { jobId: string }).jobId;
    return started;
  });
  await verify.click();
  await expect(progress).toBeVisible();
  await page.getByRole('tab', { name: 'Overview' }).click();
  expect(leftJobId).not.toBe('');
  await expect
    .poll(async () => (await call<{ state: string }>(vault, 'jobs.get', { jobId: leftJobId })).state)
    .toBe('cancelled');
  await page.getByRole('tab', { name: 'Audit' }).click();

  // Run to its end, it finds the whole chain intact.
  await verify.click();
  await expect(page.getByRole('status').filter({ hasText: 'The chain is intact (rows checked: 50001).' })).toBeVisible({
    timeout: 60_000,
  });
});
