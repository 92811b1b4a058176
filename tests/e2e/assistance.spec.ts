import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

test("the checklist's R8 finding opens the offer of assistance; a referral waits for consent", async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const created = await createCase(vault, { title: 'Lima' });
  await call(vault, 'people.add', {
    caseId: created.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
  });
  await openCaseFromList(page, 'Lima');
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await page.getByRole('button', { name: 'Offer assistance to V-01' }).click();

  const offer = page.getByRole('form', { name: 'Offer assistance to V-01' });
  await expect(offer).toBeVisible();
  await offer.getByLabel('Service').selectOption({ label: 'Psychosocial support' });
  await offer.getByLabel('Provider').fill('Centre Espoir');
  await offer.getByRole('button', { name: 'Record the offer' }).click();
  const panel = page.getByRole('region', { name: 'Assistance' });
  await expect(panel.getByRole('status')).toContainText('Psychosocial support offered to V-01.');

  await panel.getByRole('button', { name: 'Record the next step: Psychosocial support' }).click();
  const step = page.getByRole('form', { name: 'Next step of Psychosocial support for V-01' });
  await step.getByRole('button', { name: 'Record the step' }).click();
  await expect(panel.getByRole('status')).toContainText('Psychosocial support: Accepted.');

  // The referral to the provider without the victim's consent is refused in words, and nothing changes.
  await panel.getByRole('button', { name: 'Record the next step: Psychosocial support' }).click();
  await step.getByLabel('Step').selectOption({ label: 'Referred, in progress' });
  await step.getByRole('button', { name: 'Record the step' }).click();
  await expect(step.getByRole('alert')).toContainText('V-01');
  await expect(panel.getByRole('row', { name: /Psychosocial support/ })).toContainText('Accepted');

  // A contact with the victim is logged with what she was told.
  const contacts = page.getByRole('region', { name: 'Contacts with the victim' });
  await contacts.getByRole('button', { name: 'Log a contact' }).click();
  const contact = page.getByRole('form', { name: 'Log a contact with V-01' });
  await contact.getByRole('button', { name: 'Log the contact' }).click();
  await expect(contact.getByText('Say who from the team made the contact.', { exact: true })).toBeVisible();
  await contact.getByLabel('Who from the team').fill('Investigator One');
  await contact.getByLabel('How').selectOption({ label: 'By phone' });
  await contact.getByLabel('Assistance available').check();
  await contact.getByRole('button', { name: 'Log the contact' }).click();
  await expect(contacts.getByRole('status')).toContainText('The contact is logged.');
  await expect(contacts.getByRole('table')).toContainText('Progress of the case and Assistance available');

  // The offer clears R8.
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await expect(page.getByRole('button', { name: 'Offer assistance to V-01' })).toHaveCount(0);
});
