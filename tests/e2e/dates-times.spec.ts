import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { CaseRecord } from '../../shared/contract/cases.js';
import { call, createCase } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { repoRoot } from './paths.js';

/**
 * Dates and times are typed and read in the language chosen in Casefile, day first and on the
 * 24-hour clock, on a browser whose own locale (American English) writes month first with AM/PM.
 */

// The computer's own locale: what the app must not follow.
test.use({ browserLocale: 'en-US' });

/** The fields as a person sees them, for looking at (`.tmp/forms/`). */
async function shoot(page: Page, name: string, around: Locator): Promise<void> {
  const dir = join(repoRoot, '.tmp', 'forms');
  mkdirSync(dir, { recursive: true });
  await around.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(dir, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

/** Types into a field with the keyboard, as a person would, then leaves it with Tab. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('ControlOrMeta+A');
  await field.press('Delete');
  await field.pressSequentially(text);
  await field.press('Tab');
}

test('English on an American browser: dates typed day first, "2321" is 23:21, impossible ones refused', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  // The browser itself would write 2 March 2026, 23:21 month first on a 12-hour clock.
  expect(
    await page.evaluate(() => new Date(Date.UTC(2026, 2, 2, 23, 21)).toLocaleString(undefined, { timeZone: 'UTC' })),
  ).toBe('3/2/2026, 11:21:00 PM');

  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByLabel('Title').fill('Allegation logged at night');
  const received = dialog.getByRole('textbox', { name: 'Date received' });
  await expect(received).toHaveAccessibleDescription(/dd\/mm\/yyyy|\d{4}/);
  await typeInto(received, '02/03/2026');
  await expect(received).toHaveValue('02/03/2026');
  // Read back in words: a month-first habit shows at once.
  await expect(received).toHaveAccessibleDescription(/^Monday,? 2 March 2026$/);
  await dialog.getByLabel('How it was reported').selectOption('hotline');
  await dialog.getByLabel('Entity or mission').fill('MINUSCA');

  const incident = dialog.getByRole('group', { name: 'Incident date 1' });
  await incident.getByLabel('Precision').selectOption('exact');
  const day = incident.getByRole('textbox', { name: 'Date', exact: true });
  const time = incident.getByRole('textbox', { name: 'Time', exact: true });
  await expect(time).toHaveAccessibleDescription('24-hour clock, hh:mm');

  await typeInto(day, '31/02/2016');
  await expect(incident.getByText('There is no such day: February 2016 has 29 days.')).toBeVisible();
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await typeInto(time, '2400');
  await expect(incident.getByText('There is no such hour: the 24-hour clock runs from 00:00 to 23:59.')).toBeVisible();
  await shoot(page, 'date-time-fields-refused-en', incident);
  // Submitted as it is, the form refuses: nothing reaches the core.
  await dialog.getByRole('button', { name: 'Open the case' }).click();
  await expect(dialog.getByRole('alert').first()).toBeVisible();
  expect(vault.calls).not.toContain('cases.create');

  await typeInto(day, '14/09/2016');
  await typeInto(time, '2321');
  await expect(time).toHaveValue('23:21');
  await expect(day).toHaveAccessibleDescription(/^Wednesday,? 14 September 2016$/);
  await expect(incident.getByText(/There is no such/)).toHaveCount(0);
  await incident.getByLabel('Time zone of the place').selectOption('Africa/Bangui');
  await dialog.getByRole('button', { name: 'Open the case' }).click();
  await expect(dialog).toHaveCount(0);

  const overview = page.getByRole('tabpanel', { name: 'Overview' });
  await expect(overview).toContainText('14 Sept 2016, 23:21 (Africa/Bangui)');
  await expect(overview).toContainText('2 Mar 2026');
  await expect(overview).not.toContainText(/\b(AM|PM)\b/);
  // The form gave the core the same ISO values as before: the contract did not change.
  const list = await call<{ items: { id: string }[] }>(vault, 'cases.list', {});
  const record = await call<CaseRecord>(vault, 'cases.get', { caseId: list.items[0]!.id });
  expect(record.dateReceived).toBe('2026-03-02');
  expect(record.incidentDates).toEqual([{ precision: 'exact', from: '2016-09-14T23:21', timeZone: 'Africa/Bangui' }]);
});

test('French on an American browser: jj/mm/aaaa, "23h21" and "9:05" on the 24-hour clock', async ({ page, vault }) => {
  await openWithVault(page, vault);
  expect((await vault.dispatch('settings.update', { language: 'fr' })).ok).toBe(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  await page.getByRole('button', { name: 'Nouveau dossier' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau dossier' });
  await dialog.getByRole('textbox', { name: 'Titre' }).fill('Signalement reçu de nuit');
  const received = dialog.getByRole('textbox', { name: 'Date de réception' });
  await typeInto(received, '2.3.2026');
  await expect(received).toHaveValue('02/03/2026');
  await expect(received).toHaveAccessibleDescription('lundi 2 mars 2026');
  await typeInto(received, '2026');
  await expect(dialog.getByText('Écrivez la date sous la forme jj/mm/aaaa, par exemple 10/03/2026.')).toBeVisible();
  await typeInto(received, '02/03/2026');
  await dialog.getByLabel('Mode de signalement').selectOption('hotline');
  await dialog.getByLabel('Entité ou mission').fill('MINUSCA');

  const first = dialog.getByRole('group', { name: 'Date des faits 1' });
  await first.getByLabel('Précision').selectOption('exact');
  await typeInto(first.getByRole('textbox', { name: 'Date', exact: true }), '14/09/2016');
  const firstTime = first.getByRole('textbox', { name: 'Heure', exact: true });
  await expect(firstTime).toHaveAccessibleDescription('sur 24 heures, hh:mm');
  await typeInto(firstTime, '23h21');
  await expect(firstTime).toHaveValue('23:21');
  await first.getByLabel('Fuseau horaire du lieu').selectOption('Africa/Bangui');

  await dialog.getByRole('button', { name: 'Ajouter une autre date des faits' }).click();
  const second = dialog.getByRole('group', { name: 'Date des faits 2' });
  await second.getByLabel('Précision').selectOption('exact');
  await typeInto(second.getByRole('textbox', { name: 'Date', exact: true }), '15092016');
  const secondTime = second.getByRole('textbox', { name: 'Heure', exact: true });
  await typeInto(secondTime, '9:75');
  await expect(second.getByText('Ces minutes n’existent pas : écrivez des minutes de 00 à 59.')).toBeVisible();
  await typeInto(secondTime, '9:05');
  await expect(secondTime).toHaveValue('09:05');
  await shoot(page, 'date-time-fields-fr', first);
  await second.getByLabel('Fuseau horaire du lieu').selectOption('Africa/Bangui');
  await dialog.getByRole('button', { name: 'Ouvrir le dossier' }).click();
  await expect(dialog).toHaveCount(0);

  const overview = page.getByRole('tabpanel', { name: 'Vue d’ensemble' });
  await expect(overview).toContainText('14 sept. 2016, 23:21 (fuseau Africa/Bangui)');
  await expect(overview).toContainText('15 sept. 2016, 09:05 (fuseau Africa/Bangui)');
  await expect(overview).toContainText('2 mars 2026');
  const list = await call<{ items: { id: string }[] }>(vault, 'cases.list', {});
  const record = await call<CaseRecord>(vault, 'cases.get', { caseId: list.items[0]!.id });
  expect(record.dateReceived).toBe('2026-03-02');
  expect(record.incidentDates.map((date) => date.precision === 'exact' && date.from)).toEqual([
    '2016-09-14T23:21',
    '2016-09-15T09:05',
  ]);
});

test('Arabic on an American browser: day first (read from the right) and the 24-hour clock, zone shown', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  await createCase(vault, {
    title: 'بلاغ ورد ليلاً',
    dateReceived: '2026-03-02',
    incidentDates: [{ precision: 'exact', from: '2016-09-14T23:21', timeZone: 'Africa/Bangui' }],
    category: 'SE',
    subtype: 'transactional_sex',
  });
  expect((await vault.dispatch('settings.update', { language: 'ar' })).ok).toBe(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'بلاغ ورد ليلاً', exact: true }).click();
  const overview = page.getByRole('tabpanel', { name: 'نظرة عامة' });
  // Day, month, year with right-to-left marks between them, so the day reads first from the right; 23:21, no
  // "م" (p.m.) nor the American month-first order.
  // Each value sits in its own isolate (U+2068 … U+2069) so Latin zone names keep their order in Arabic.
  await expect(overview).toContainText('\u206814\u200f/09\u200f/2016، 23:21\u2069 (\u2068Africa/Bangui\u2069)');
  // When the case was opened, on the mission's clock (UTC in this vault), the zone named too.
  await expect(overview).toContainText(/\d{2}:\d{2}\u2069 \(\u2068UTC\u2069\)/);
  await expect(overview).toContainText('02\u200f/03\u200f/2026');
  await expect(overview).not.toContainText(/\b(AM|PM)\b| [صم]$/);
  await shoot(page, 'dates-times-ar', overview);
});
