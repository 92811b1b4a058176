import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

test("a subject's actions are recorded from its detail, and a notification's reply closes its follow-up item", async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const created = await createCase(vault, { title: 'Quebec' });
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
  await openCaseFromList(page, 'Quebec');

  // An action about S-01, with who decided it.
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Open S-01' }).click();
  const actions = page.getByRole('region', { name: 'Actions about this subject' });
  await actions.getByRole('button', { name: 'Record an action' }).click();
  const form = page.getByRole('form', { name: 'Record an action about S-01' });
  await form.getByLabel('Action', { exact: true }).selectOption({ label: 'Repatriation' });
  await form.getByLabel('Decided or reported by').selectOption({ label: 'Other' });
  await form.getByRole('button', { name: 'Record the action' }).click();
  await expect(form.getByText('Say who decided or reported it: give the reference.', { exact: true })).toBeVisible();
  await form.getByLabel('Reference of the decision or report').fill('Note verbale 114');
  await form.getByRole('button', { name: 'Record the action' }).click();
  await expect(actions.getByRole('status')).toContainText('The action was recorded.');
  await expect(actions.getByRole('table')).toContainText('Repatriation');

  // A notification made outside Casefile awaits its reply; the reply answers it.
  await page.getByRole('tab', { name: 'Letters' }).click();
  const register = page.getByRole('region', { name: 'Follow-up with States and offices' });
  await register.getByRole('button', { name: 'Open a follow-up item' }).click();
  const open = page.getByRole('form', { name: 'Open a follow-up item' });
  await open.getByLabel('Subject concerned').selectOption({ label: 'S-01' });
  await open.getByRole('button', { name: 'Open the item' }).click();
  await expect(register.getByRole('status')).toContainText('its reply is now awaited');
  await expect(register.getByRole('table')).toContainText('Awaiting a reply');
  await expect(register.getByRole('table')).toContainText('Reply due');

  await register.getByRole('button', { name: 'Record a reply' }).click();
  const reply = page.getByRole('form', { name: 'Record a reply from: Contributing country' });
  await reply.getByLabel('What the reply says').fill('A National Investigation Officer was appointed.');
  await reply.getByRole('button', { name: 'Record the reply' }).click();
  await expect(register.getByRole('status')).toContainText('The reply was recorded');
  await expect(register.getByRole('table')).toContainText('Reply received');
  await expect(register.getByRole('table')).toContainText('Answered');
});
