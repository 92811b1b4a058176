import type { CaseRecord } from '../../shared/contract/cases.js';
import { call } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

test('a full case is created through the intake form, with an uncertain date range', async ({ page, vault }) => {
  await openWithVault(page, vault);
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  const submit = dialog.getByRole('button', { name: 'Open the case' });

  // Nothing filled: the contract's schema names each field, and focus goes to the first.
  await submit.click();
  await expect(dialog.getByRole('alert')).toContainText('Fields to correct: 3');
  const title = dialog.getByLabel('Title');
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Enter a title.', { exact: true })).toBeVisible();
  await expect(dialog.getByLabel('How it was reported')).toHaveAttribute('aria-invalid', 'true');
  expect(vault.calls).not.toContain('cases.create');

  await title.fill('Mission Alpha, allegation received in March');
  await dialog
    .getByLabel('Summary of the allegation')
    .fill('V-01 reports that a contingent member gave food for sex; the témoin W-01 saw them.');
  await dialog.getByLabel('Date received').fill('2026-03-02');
  await dialog.getByLabel('How it was reported').selectOption('community_based_complaint_mechanism');
  await dialog.getByLabel('Entity or mission').fill('MINUSCA');
  await dialog.getByLabel('Investigating entity').selectOption('oios');

  // The location is strictly confidential by default and masked once the field is left.
  const location = dialog.getByLabel('Location', { exact: true });
  await location.fill('Camp Kilo, near the water point');
  await expect(dialog.getByLabel('Confidentiality of the location')).toHaveValue('strictly_confidential');
  await dialog.getByLabel('Entity or mission').focus();
  await expect(location).toHaveClass(/input-masked/);
  await location.focus();
  await expect(location).not.toHaveClass(/input-masked/);

  await dialog.getByRole('checkbox', { name: 'Urgent case' }).check();
  // Choosing the subtype suggests its usual category.
  await dialog.getByLabel('Subtype').selectOption('transactional_sex');
  await expect(dialog.getByLabel('Category')).toHaveValue('SE');
  await dialog
    .getByRole('group', { name: 'Alleged exchange for sex' })
    .getByRole('checkbox', { name: 'Goods' })
    .check();
  await dialog.getByLabel('Category').selectOption('SA');
  await expect(dialog.getByRole('note').filter({ hasText: 'R6' })).toContainText(
    'An exchange for sex makes the case SE',
  );
  await dialog.getByLabel('Category').selectOption('SE');
  await expect(dialog.getByRole('note').filter({ hasText: 'R6' })).toHaveCount(0);

  // "Between June and August 2016", then a second, exact date in the place's time zone.
  const first = dialog.getByRole('group', { name: 'Incident date 1' });
  await first.getByLabel('Precision').selectOption('range');
  await first.getByLabel('From').fill('2016-08');
  await first.getByLabel('To').fill('2016-06');
  await dialog.getByRole('button', { name: 'Add another incident date' }).click();
  const second = dialog.getByRole('group', { name: 'Incident date 2' });
  await second.getByLabel('Precision').selectOption('exact');
  await second.getByLabel('Date', { exact: true }).fill('2016-09-14');
  await second.getByLabel('Time', { exact: true }).fill('21:30');
  await second.getByLabel('Time zone of the place').selectOption('Africa/Bangui');

  await dialog.getByRole('checkbox', { name: 'A paternity claim is made' }).check();
  await dialog.getByLabel('National focal point').fill('Ministry of Justice focal point');
  await dialog.getByRole('checkbox', { name: /I acknowledge that every UN worker must report/ }).check();

  // A reversed range and a claim without status are caught before anything is sent.
  await submit.click();
  await expect(first.getByText('The end of the range must not come before its start.')).toBeVisible();
  await expect(dialog.getByLabel('Status of the claim')).toHaveAttribute('aria-invalid', 'true');
  await first.getByLabel('From').fill('2016-06');
  await first.getByLabel('To').fill('2016-08');
  await dialog.getByLabel('Status of the claim').selectOption('pending');
  await submit.click();

  // The new case opens at once, with its generated reference.
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Mission Alpha, allegation received in March' }),
  ).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /Case CF-\d{4}-0001 opened\./ })).toBeVisible();
  const overview = page.getByRole('tabpanel', { name: 'Overview' });
  await expect(overview).toContainText('between June 2016 and August 2016');
  await expect(overview).toContainText('14 Sept 2016, 21:30 (Africa/Bangui)');
  await expect(overview).toContainText('Community-based complaint mechanism');
  await expect(overview).not.toContainText('Camp Kilo');
  await overview.getByRole('button', { name: 'Show Location' }).click();
  await expect(overview).toContainText('Camp Kilo, near the water point');

  const [listed] = (await call<{ items: { id: string }[] }>(vault, 'cases.list', {})).items;
  const stored = await call<CaseRecord>(vault, 'cases.get', { caseId: listed!.id });
  expect(stored).toMatchObject({
    reference: expect.stringMatching(/^CF-\d{4}-0001$/),
    status: 'preliminary_assessment',
    urgent: true,
    category: 'SE',
    subtype: 'transactional_sex',
    allegedExchange: ['goods'],
    investigatingEntity: 'oios',
    location: { text: 'Camp Kilo, near the water point', confidentiality: 'strictly_confidential' },
    incidentDates: [
      { precision: 'range', from: '2016-06', to: '2016-08', timeZone: 'UTC' },
      { precision: 'exact', from: '2016-09-14T21:30', timeZone: 'Africa/Bangui' },
    ],
    paternityClaim: {
      claimed: true,
      status: 'pending',
      dnaPermittedByNationalLaw: 'unknown',
      dnaSampleTaken: false,
      nationalFocalPoint: 'Ministry of Justice focal point',
    },
  });
  expect(stored.reportingObligationAcknowledgedAt).not.toBeNull();
});

test('the intake is edited from the overview; only the changed fields are sent and audited', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const created = await call<CaseRecord>(vault, 'cases.create', {
    title: 'Mission Bravo, report of April',
    dateReceived: '2026-04-01',
    reportingChannel: 'in_person',
    entity: 'MONUSCO',
  });
  await page.getByRole('button', { name: 'Cases', exact: true }).click();
  await page.getByRole('button', { name: 'Mission Bravo, report of April' }).click();
  await page.getByRole('button', { name: 'Edit intake' }).click();
  const dialog = page.getByRole('dialog', { name: `Edit case ${created.reference}` });
  await dialog.getByRole('checkbox', { name: 'Urgent case' }).check();
  await dialog.getByRole('group', { name: 'Incident date 1' }).getByLabel('Precision').selectOption('month');
  await dialog.getByRole('group', { name: 'Incident date 1' }).getByLabel('Month').fill('2015-03');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Overview' })).toContainText('March 2015');
  await expect(page.locator('.case-header')).toContainText('Urgent');

  const audit = await call<{ items: { action: string; details: Record<string, unknown> }[] }>(vault, 'audit.list', {
    caseId: created.id,
  });
  const update = audit.items.find((entry) => entry.action === 'case.update');
  expect(JSON.stringify(update?.details)).toContain('urgent');
  expect(JSON.stringify(update?.details)).toContain('incidentDates');
  expect(JSON.stringify(update?.details)).not.toContain('title');
});
