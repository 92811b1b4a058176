import { call } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

const KIND = 'Referral to human resources';
const SHIPPED_NAME = 'Referral to human resources (disciplinary)';
const TEAM_NAME = 'HR referral (Entebbe office model)';

test('a template renamed in the editor is shown by that name with its kind, by its kind again once emptied', async ({
  page,
  vault,
}) => {
  test.setTimeout(90_000);
  await openWithVault(page, vault);
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  const table = page.getByRole('table');
  // Shipped: named by its kind, as the command line names it, never by the English name it ships with.
  await expect(table.getByRole('button', { name: KIND, exact: true })).toBeVisible();
  await expect(table.getByText(SHIPPED_NAME)).toHaveCount(0);

  await table.getByRole('button', { name: KIND, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: KIND, exact: true })).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Template name' });
  await expect(name).toHaveValue(KIND);
  await name.fill(TEAM_NAME);
  const save = page.getByRole('button', { name: 'Save as a new version' });
  await save.click();
  // Saved as written: the editor's title is the team's name, with the kind of letter under it.
  await expect(page.getByRole('heading', { level: 1, name: TEAM_NAME, exact: true })).toBeVisible();
  await expect(page.locator('.template-editor-body header').getByText(KIND, { exact: true })).toBeVisible();
  const { templates } = await call<{ templates: { id: string; name: string }[] }>(vault, 'letters.templates', {});
  expect(templates.find((template) => template.id === 'hr_referral')?.name).toBe(TEAM_NAME);

  await page.getByRole('button', { name: 'Back to the templates' }).click();
  const row = table.getByRole('row').filter({ has: page.getByRole('button', { name: TEAM_NAME, exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').first()).toHaveText(`${TEAM_NAME}${KIND}`);
  await expect(table.getByRole('button', { name: KIND, exact: true })).toHaveCount(0);

  // Emptied, the name goes back to the shipped one: the template is named by its kind again.
  await row.getByRole('button', { name: TEAM_NAME }).click();
  await name.fill('');
  await save.click();
  await expect(page.getByRole('heading', { level: 1, name: KIND, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the templates' }).click();
  await expect(table.getByRole('button', { name: KIND, exact: true })).toBeVisible();
  await expect(table.getByText(TEAM_NAME)).toHaveCount(0);
});
