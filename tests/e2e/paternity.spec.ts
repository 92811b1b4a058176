import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

test('a child of a paternity claim is recorded from the Overview, folded away, and DNA waits for consent', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const created = await createCase(vault, { title: 'Kilo' });
  await call(vault, 'people.add', {
    caseId: created.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
  });
  await call(vault, 'people.add', {
    caseId: created.id,
    profile: {
      role: 'subject',
      personnelCategory: 'military_mc',
      nationality: 'XYZ',
      unitOrContingent: 'Battalion 4',
      function: 'Driver',
    },
  });
  await openCaseFromList(page, 'Kilo');
  const overview = page.getByRole('tabpanel', { name: 'Overview' });
  const panel = overview.getByRole('region', { name: 'Paternity and child support' });
  await expect(panel).toContainText('No child record.');

  await panel.getByRole('button', { name: 'Record a child' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a child of a paternity claim' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Choose the mother.', { exact: true })).toBeVisible();
  // The mother and the alleged father are searched by code among the victims and the subjects.
  const mother = dialog.getByRole('combobox', { name: 'Mother (a victim of this case)' });
  await mother.fill('S-01');
  await expect(dialog.getByText(/^No victim of this case has that code\./)).toBeVisible();
  await mother.fill('V-01');
  await dialog.getByRole('option', { name: 'V-01' }).click();
  await expect(mother).toHaveValue('V-01');
  const father = dialog.getByRole('combobox', { name: 'Alleged father (a subject of this case)' });
  await father.fill('S-01');
  await dialog.getByRole('option', { name: 'S-01' }).click();
  await dialog.getByLabel('Claim made on').fill('2026-03-02');
  // A sample without the mother's consent to forensic sampling is refused in words.
  await dialog.getByLabel('Sample taken on').fill('2026-03-02');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('No consent of V-01');
  await dialog.getByLabel('Sample taken on').fill('');
  await dialog.getByLabel('Where the claim stands').selectOption('dna_requested');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByRole('status')).toContainText('C-01 recorded.');

  // Strictly confidential: shown after one's own save, folded away on request (and when the case is opened).
  await expect(panel.getByRole('table')).toHaveCount(1);
  await panel.getByRole('button', { name: 'Hide the child records' }).click();
  await expect(panel.getByRole('table')).toHaveCount(0);
  await panel.getByRole('button', { name: /Show the child records \(1, strictly confidential\)/ }).click();
  const row = panel.getByRole('row', { name: /C-01/ });
  await expect(row).toContainText('V-01');
  await expect(row).toContainText('S-01');
  await expect(row).toContainText('DNA test requested');
  // Its update form names the mother and the alleged father by the record's own codes.
  await row.getByRole('button', { name: 'Update C-01' }).click();
  const update = page.getByRole('dialog', { name: 'Update the record of C-01' });
  await expect(update.getByRole('combobox', { name: 'Mother (a victim of this case)' })).toHaveValue('V-01');
  await expect(update.getByRole('combobox', { name: 'Alleged father (a subject of this case)' })).toHaveValue('S-01');
  await update.getByRole('button', { name: 'Cancel' }).click();
  await expect(update).toHaveCount(0);
  // The case's own claim follows the child, and its edit form says so instead of offering it.
  await expect(overview).toContainText('Pending');
  await overview.getByRole('button', { name: 'Edit intake' }).click();
  const edit = page.getByRole('dialog', { name: /Edit case/ });
  await expect(edit.getByRole('note').filter({ hasText: 'Children of this claim recorded: 1.' })).toBeVisible();
  await expect(edit.getByLabel('A paternity claim is made')).toBeDisabled();
  await expect(edit.getByLabel('Status of the claim')).toBeDisabled();
  await expect(edit.getByLabel('DNA sample taken')).toBeDisabled();
  // What only the case knows stays editable.
  await expect(edit.getByLabel('National focal point')).toBeEnabled();
});
