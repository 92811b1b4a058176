import { clockWords as french } from '../../shared/i18n/fr/clock-words.js';
import { clockWords as arabic } from '../../shared/i18n/ar/clock-words.js';
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

test('a request closing two deadlines of one clock names the clock once, with how many, in Arabic', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const now = vault.clock.now();
  const title = 'Cameras at the gate';
  const theCase = await createCase(vault, {
    title,
    dateReceived: new Date(now - 10 * HOUR).toISOString().slice(0, 10),
    incidentDates: [{ precision: 'exact', from: utcMinute(now - 10 * HOUR), timeZone: 'UTC' }],
  });
  const recording = (description: string) =>
    call<{ id: string }>(vault, 'evidence.create', {
      caseId: theCase.id,
      type: 'photo_video',
      description,
      markers: ['cctv'],
      identifiedAt: new Date(now - 5 * HOUR).toISOString(),
    });
  const [gate, yard] = [await recording('Camera at the gate'), await recording('Camera in the yard')];
  const action = await call<{ closedDeadlines: string[] }>(vault, 'investigation.record', {
    caseId: theCase.id,
    kind: 'cctv_request',
    requestedAt: new Date(now - 2 * HOUR).toISOString(),
    requestedBy: 'Lead investigator',
    evidenceIds: [gate.id, yard.id],
  });
  expect(action.closedDeadlines).toEqual(['CCTV preservation request', 'CCTV preservation request']);

  expect((await vault.dispatch('settings.update', { language: 'ar' })).ok).toBe(true);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.getByRole('button', { name: 'القضايا', exact: true }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('tab', { name: 'التحقيق', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'التحقيق' });
  // The clock's name and its count are isolated values (bidi marks around them): read without the marks.
  const closed = panel.getByText('المهل المغلقة:');
  await expect(closed).toBeVisible();
  const shown = (await closed.textContent())?.replace(/[\u2066-\u2069]/g, '');
  expect(shown).toBe(`المهل المغلقة: ${arabic.cctv_request.name} (مهلتان)`);
});
