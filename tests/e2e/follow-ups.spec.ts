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
  // The subject is searched by code among the case's subjects.
  const subject = open.getByRole('combobox', { name: 'Subject concerned' });
  await subject.fill('V-01');
  await expect(open.getByText('No subject of this case has that code.')).toBeVisible();
  await subject.fill('S-01');
  await open.getByRole('option', { name: 'S-01' }).click();
  await expect(subject).toHaveValue('S-01');
  await open.getByRole('button', { name: 'Open the item' }).click();
  await expect(register.getByRole('status')).toContainText('its reply is now awaited');
  await expect(register.getByRole('table')).toContainText('Awaiting a reply');
  await expect(register.getByRole('table')).toContainText('Reply due');
  await expect(register.getByRole('table')).toContainText('S-01');

  await register.getByRole('button', { name: 'Record a reply' }).click();
  const reply = page.getByRole('form', { name: 'Record a reply from: Contributing country' });
  await reply.getByLabel('What the reply says').fill('A National Investigation Officer was appointed.');
  await reply.getByRole('button', { name: 'Record the reply' }).click();
  await expect(register.getByRole('status')).toContainText('The reply was recorded');
  await expect(register.getByRole('table')).toContainText('Reply received');
  await expect(register.getByRole('table')).toContainText('Answered');
});

test('a later letter is linked to the exchange it belongs to, and the register names it', async ({ page, vault }) => {
  await openWithVault(page, vault);
  const created = await createCase(vault, { title: 'Romeo' });
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
  // S-02, an individual police officer (an expert on mission) whose allegation is substantiated: a
  // Member State referral concerns them (S-01, a contingent member, awaits a finding: the case stays open).
  const expert = await call<{ id: string }>(vault, 'people.add', {
    caseId: created.id,
    profile: { role: 'subject', personnelCategory: 'police_unpol', nationality: 'XYZ' },
  });
  await call(vault, 'cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
  const { dateReceived } = await call<{ dateReceived: string }>(vault, 'cases.get', { caseId: created.id });
  await call(vault, 'findings.record', {
    personId: expert.id,
    outcome: 'substantiated',
    decidingEntity: 'oios',
    decidedOn: dateReceived,
    reportReference: 'OIOS-0042/26',
  });
  // An item opened by hand for a referral sent outside Casefile, then a referral letter made here
  // (letters.spec.ts makes one through the UI): it opens an item of its own, and belongs to the first too.
  await call(vault, 'followUps.open', {
    caseId: created.id,
    counterpart: 'member_state',
    kind: 'referral',
    sentAt: '2026-01-05T09:00:00.000Z',
  });
  await call(vault, 'letters.generate', {
    caseId: created.id,
    templateId: 'member_state_referral',
    subjectId: expert.id,
    language: 'en',
    formats: ['pdf'],
  });
  await openCaseFromList(page, 'Romeo');
  await page.getByRole('tab', { name: 'Letters' }).click();
  const register = page.getByRole('region', { name: 'Follow-up with States and offices' });
  // Only the item opened by hand has a letter to link: the other was opened by that very letter.
  await expect(register.getByRole('button', { name: 'Link a letter' })).toHaveCount(1);
  await register.getByRole('button', { name: 'Link a letter' }).click();
  const form = page.getByRole('form', { name: /^Link a letter to the exchange with: / });
  await form.getByRole('button', { name: 'Link the letter' }).click();
  await expect(form.getByText('Choose the letter to link.', { exact: true })).toBeVisible();
  await form.getByLabel('Letter of this case').selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Link the letter' }).click();
  await expect(register.getByRole('status')).toContainText('The letter was linked to this exchange.');
  // Oldest first: the item opened by hand now names the letter, as the item the letter opened does.
  const linked = register.getByRole('list', { name: 'Letters of the exchange' });
  await expect(linked).toHaveCount(2);
  await expect(linked.first()).toContainText('Referral to a Member State');
  await expect(register.getByRole('button', { name: 'Link a letter' })).toHaveCount(0);
});
