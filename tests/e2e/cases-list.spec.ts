import type { Locator, Page } from '@playwright/test';
import { call, createCase } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

const references = async (page: Page): Promise<string[]> =>
  (await page.locator('.cases-table tbody tr td:first-child').allInnerTexts()).map((text) => text.trim());

const header = (page: Page, name: string): Locator => page.getByRole('columnheader', { name });

test('the case list sorts by its column headers and filters by status, category, urgency and archive', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  // Created in this order: references 0001–0004, received on different days.
  const alpha = await createCase(vault, {
    title: 'Alpha',
    dateReceived: '2026-01-10',
    category: 'SE',
    subtype: 'transactional_sex',
  });
  const bravo = await createCase(vault, {
    title: 'Bravo',
    dateReceived: '2026-03-05',
    category: 'SA',
    subtype: 'rape',
    urgent: true,
  });
  const charlie = await createCase(vault, { title: 'Charlie', dateReceived: '2026-02-20' });
  const delta = await createCase(vault, {
    title: 'Delta',
    dateReceived: '2026-02-01',
    category: 'SA',
    subtype: 'sexual_assault',
  });
  await call(vault, 'cases.changeStatus', {
    caseId: charlie.id,
    to: 'under_investigation',
    reason: 'Referred to OIOS.',
  });
  await call(vault, 'cases.archive', { caseId: delta.id, archived: true, reason: 'Duplicate of another report.' });
  await call(vault, 'people.add', {
    caseId: bravo.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr', confidentiality: 'confidential' },
    identity: { fullName: 'Odile Namefortest', confidentiality: 'strictly_confidential' },
  });

  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  await expect(page.getByText('Cases shown: 3')).toBeVisible();
  // Newest report first; the archived case is not listed.
  expect(await references(page)).toEqual([bravo.reference, charlie.reference, alpha.reference]);
  await expect(header(page, 'Received')).toHaveAttribute('aria-sort', 'descending');
  await expect(header(page, 'Reference')).toHaveAttribute('aria-sort', 'none');

  // The victim is on the list by code only, never by name.
  const bravoRow = page.getByRole('row', { name: /Bravo/ });
  await expect(bravoRow).toContainText('V-01');
  await expect(bravoRow).toContainText('Urgent');
  await expect(page.locator('body')).not.toContainText('Namefortest');

  await header(page, 'Reference').getByRole('button').click();
  await expect(header(page, 'Reference')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, 'Received')).toHaveAttribute('aria-sort', 'none');
  await expect.poll(() => references(page)).toEqual([alpha.reference, bravo.reference, charlie.reference]);
  await header(page, 'Reference').getByRole('button').click();
  await expect(header(page, 'Reference')).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => references(page)).toEqual([charlie.reference, bravo.reference, alpha.reference]);
  await expect(page.getByRole('table')).toHaveAccessibleName('Cases in this vault, sorted by reference, descending');

  // Filters narrow the list through the core's query.
  await page.getByRole('checkbox', { name: 'Urgent only' }).check();
  await expect.poll(() => references(page)).toEqual([bravo.reference]);
  await page.getByRole('checkbox', { name: 'Urgent only' }).uncheck();
  await page.getByLabel('Category').selectOption('SA');
  await expect.poll(() => references(page)).toEqual([bravo.reference]);
  await page.getByRole('checkbox', { name: 'Show archived cases' }).check();
  await expect.poll(() => references(page)).toEqual([delta.reference, bravo.reference]);
  await expect(page.getByRole('row', { name: /Delta/ })).toContainText('Archived');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.locator('.filter-summary').click();
  await page
    .getByRole('group', { name: 'Show cases with these statuses' })
    .getByRole('checkbox', { name: 'Under investigation' })
    .check();
  await expect(page.locator('.filter-summary')).toContainText('Under investigation');
  await page.keyboard.press('Escape');
  await expect(page.locator('.filter-summary')).toBeFocused();
  await expect(page.getByRole('group', { name: 'Show cases with these statuses' })).toBeHidden();
  await expect.poll(() => references(page)).toEqual([charlie.reference]);
  await page.getByLabel('Category').selectOption('SE');
  await expect(page.getByRole('heading', { name: 'No case matches these filters' })).toBeVisible();
  await expect(page.getByText('Change or clear the filters to see more cases.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(() => references(page)).toHaveLength(3);

  // Opening a case from the list, and back.
  await page.getByRole('button', { name: 'Alpha', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alpha' })).toBeVisible();
  await page.getByRole('button', { name: '← All cases' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
});

test('a vault whose cases are all archived says so instead of "no cases yet"', async ({ page, vault }) => {
  await openWithVault(page, vault);
  const only = await createCase(vault, { title: 'Echo' });
  await call(vault, 'cases.archive', { caseId: only.id, archived: true, reason: 'Opened in error.' });
  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  await expect(page.getByText('Every case in this vault is archived.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show archived cases' }).check();
  await expect(page.getByRole('row', { name: /Echo/ })).toBeVisible();
});
