import { clockWords as french } from '../../shared/i18n/fr/clock-words.js';
import { call, createCase } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

/**
 * A clock is named in the interface's language wherever it is named, here by the deadlines an investigative action
 * closed: the action keeps the clock's name as it stood (the shipped English), the French interface words it.
 */

const HOUR = 3_600_000;
const utcMinute = (ms: number): string => new Date(ms).toISOString().slice(0, 16);

test('an investigative action tells in French which deadline it closed', async ({ page, vault }) => {
  await openWithVault(page, vault);
  const now = vault.clock.now();
  const title = 'Examen fait au dispensaire';
  const theCase = await createCase(vault, {
    title,
    dateReceived: new Date(now - 10 * HOUR).toISOString().slice(0, 10),
    incidentDates: [{ precision: 'exact', from: utcMinute(now - 10 * HOUR), timeZone: 'UTC' }],
  });
  const victim = await call<{ id: string }>(vault, 'people.add', {
    caseId: theCase.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
  });
  const action = await call<{ closedDeadlines: string[] }>(vault, 'investigation.record', {
    caseId: theCase.id,
    kind: 'forensic_medical_exam',
    personId: victim.id,
    requestedAt: new Date(now - 3 * HOUR).toISOString(),
    requestedBy: 'Enquêtrice principale',
    outcome: { status: 'done', at: new Date(now - HOUR).toISOString(), providerQualified: true },
  });
  expect(action.closedDeadlines).toEqual(['Forensic medical examination']);

  expect((await vault.dispatch('settings.update', { language: 'fr' })).ok).toBe(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByRole('button', { name: 'Dossiers', exact: true }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('tab', { name: 'Actes d’enquête', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'Actes d’enquête' });
  await expect(panel.getByText(`Échéances closes : ${french.forensic_exam.name}`)).toBeVisible();
  await expect(panel).not.toContainText('Forensic medical examination');
});
