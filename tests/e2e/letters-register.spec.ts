import { axeFindings, describeFindings } from './accessibility.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { pagesAskedWhileTyping } from './virtual-list.js';

const CASE_TITLE = 'MINUSCA — exploitation reported near a water point';
const VICTIMS = 3;
const LETTERS = 12;

/** The letter register, drawn a window at a time: the arrows, End and the filters, as on the other long lists. */
test('the letter register moves between rows by keyboard, End reaches the oldest, kind and order narrow', async ({
  page,
  vault,
}) => {
  test.setTimeout(180_000);
  await openWithVault(page, vault);
  const created = await createCase(vault, { title: CASE_TITLE });
  const victims: string[] = [];
  for (let n = 0; n < VICTIMS; n += 1) {
    const victim = await call<{ id: string }>(vault, 'people.add', {
      caseId: created.id,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    });
    victims.push(victim.id);
  }
  await call(vault, 'cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
  await call(vault, 'cases.changeStatus', {
    caseId: created.id,
    to: 'not_substantiated',
    reason: 'No corroboration',
    closureGround: 'insufficient_evidence',
  });
  for (let n = 0; n < LETTERS; n += 1) {
    await call(vault, 'letters.generate', {
      caseId: created.id,
      templateId: 'closure_not_substantiated',
      language: 'fr',
      victimId: victims[n % VICTIMS],
      formats: ['docx'],
      details: { advocate: { name: 'Marie Ngaba', phone: '+236 70 00 00 01' } },
    });
  }

  await openCaseFromList(page, CASE_TITLE);
  await page.getByRole('tab', { name: 'Letters' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Letters' });
  const table = panel.getByRole('table', { name: 'Letter register' });
  const count = panel.getByRole('status').filter({ hasText: /letters?$/ });
  await expect(count).toHaveText(`${LETTERS} letters`);
  expect(await table.getAttribute('aria-rowcount')).toBe(String(LETTERS + 1));
  const exports = table.getByRole('button', { name: /^Export/ });
  await expect(exports.first()).toBeVisible();

  // Newest first; the arrows move from row to row, End to the oldest letter.
  await exports.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(table.locator('tr:has(:focus)')).toHaveAttribute('aria-rowindex', '3');
  await page.keyboard.press('End');
  await expect(table.locator('tr:has(:focus)')).toHaveAttribute('aria-rowindex', String(LETTERS + 1));
  // Each letter's file has its own SHA-256: it tells the rows apart.
  const oldest = (await table.locator('tr:has(:focus) .letters-hash').textContent()) ?? '';
  expect(oldest).toMatch(/^SHA-256 [0-9a-f]{16}/);
  await page.keyboard.press('Home');
  await expect(table.locator('tr:has(:focus)')).toHaveAttribute('aria-rowindex', '2');
  expect(describeFindings('letter-register', await axeFindings(page))).toEqual([]);

  // The search of the recipient asks the core once typing pauses, not at each key.
  const search = panel.getByRole('searchbox', { name: 'Search by recipient' });
  const asked = await pagesAskedWhileTyping(vault, search, 'V-02', 'letters.page', async () => {
    await expect(count).toHaveText(`${LETTERS / VICTIMS} of ${LETTERS} letters`);
  });
  // One page for the word; a second only if the machine stalled longer than the pause between two keys.
  expect(asked).toBeLessThanOrEqual(2);
  await search.fill('');
  await expect(count).toHaveText(`${LETTERS} letters`);

  // Oldest first puts that letter on top; a kind with no letter says so.
  await panel.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Oldest first' });
  await expect(table.locator('tbody tr[aria-rowindex="2"] .letters-hash')).toHaveText(oldest);
  await panel.getByRole('combobox', { name: 'Letter', exact: true }).selectOption('member_state_referral');
  await expect(count).toHaveText(`0 of ${LETTERS} letters`);
  await expect(panel.getByText('No letter matches this search and this kind of letter.')).toBeVisible();
});
