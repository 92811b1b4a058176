import { todayIn } from '../clock.js';
import { axeFindings, describeFindings } from './accessibility.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { logItem, openEvidenceTab, openItem } from './evidence-steps.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { openCaseInArabic } from './in-arabic.js';
import { PLAIN_ARRANGEMENTS, seedPlannedInterview } from './interview-steps.js';
import { drawnRows, scrollUntilDrawn } from './virtual-list.js';

const CASE_TITLE = 'MONUSCO — exploitation reported near a camp';
const ITEMS = 360;

/** The evidence log over a few hundred items: read a page at a time, searched, filtered, never all drawn. */
test('the evidence log stays small in the DOM, searches, filters and loads the rest as it scrolls', async ({
  page,
  vault,
}) => {
  test.setTimeout(180_000);
  await openWithVault(page, vault);
  const { id: caseId } = await createCase(vault, {
    title: CASE_TITLE,
    dateReceived: todayIn('UTC', vault.clock),
    category: 'SE',
    subtype: 'transactional_sex',
  });
  for (let n = 1; n <= ITEMS; n += 1) {
    await logItem(vault, {
      caseId,
      type: n % 3 === 0 ? 'documentary' : 'physical',
      description: n % 40 === 0 ? `Receipt from the kiosk, copy ${n}` : `Clothing bag ${n}`,
      storageLocation: 'Locker 4',
      status: n % 2 === 0 ? 'in_storage' : 'collected',
    });
  }

  await openCaseFromList(page, CASE_TITLE);
  const panel = await openEvidenceTab(page);
  const table = panel.getByRole('table', { name: 'Evidence items of this case' });
  const count = panel.getByRole('status').filter({ hasText: /items?$/ });
  const openButtons = table.getByRole('button', { name: /^Open E-/ });
  await expect(count).toHaveText(`${ITEMS} items`);
  await expect(openButtons.first()).toHaveAccessibleName('Open E-0001');
  expect(await drawnRows(table)).toBeLessThan(60);
  expect(await table.getAttribute('aria-rowcount')).toBe(String(ITEMS + 1));
  expect(describeFindings('evidence-log', await axeFindings(page))).toEqual([]);

  // The arrows move between rows, and the row moved to is the one Tab comes back to.
  await openButtons.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: 'Open E-0003' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Open E-0003' })).toHaveAttribute('aria-current', 'true');

  // Scrolling on to the end loads the next pages, to the last row.
  const scroller = panel.locator('.evidence-log-scroll');
  await scrollUntilDrawn(page, scroller, table.getByRole('button', { name: `Open E-0${ITEMS}` }));
  await expect(table.getByRole('button', { name: `Open E-0${ITEMS}` })).toBeVisible();
  expect(await drawnRows(table)).toBeLessThan(60);
  // The row chosen on the first page is still the selected one.
  await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(page.getByRole('button', { name: 'Open E-0003' })).toHaveAttribute('aria-current', 'true');

  // The search narrows, by words or by number.
  const search = panel.getByRole('searchbox', { name: 'Search' });
  await search.fill('receipt from the kiosk');
  await expect(count).toHaveText(`${ITEMS / 40} of ${ITEMS} items`);
  await expect(openButtons).toHaveCount(ITEMS / 40);
  await expect(openButtons.first()).toHaveAccessibleName('Open E-0040');
  await search.fill('E-0123');
  await expect(openButtons).toHaveCount(1);
  await expect(openButtons.first()).toHaveAccessibleName('Open E-0123');

  // The filters narrow too, together with the search.
  await search.fill('');
  await panel.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Documentary' });
  await panel.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In secure storage' });
  await expect(count).toHaveText(`${ITEMS / 6} of ${ITEMS} items`);
  await expect(openButtons.first()).toHaveAccessibleName('Open E-0006');
  await search.fill('kiosk');
  await expect(count).toHaveText(`${ITEMS / 120} of ${ITEMS} items`);
  await expect(openButtons).toHaveCount(ITEMS / 120);
  await search.fill('nothing like this');
  await expect(panel.getByText('No item matches this search and these filters.')).toBeVisible();

  // Latest first, by number.
  await search.fill('');
  await panel.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Any' });
  await panel.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Any' });
  await panel.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Logged last to first' });
  await expect(openButtons.first()).toHaveAccessibleName(`Open E-0${ITEMS}`);
  expect(describeFindings('evidence-log-filtered', await axeFindings(page))).toEqual([]);
});

test('a working copy’s original is searched for among the originals, not picked from the whole log', async ({
  page,
  vault,
}) => {
  test.setTimeout(120_000);
  await openWithVault(page, vault);
  const { id: caseId } = await createCase(vault, {
    title: CASE_TITLE,
    dateReceived: todayIn('UTC', vault.clock),
    category: 'SE',
    subtype: 'transactional_sex',
  });
  for (let n = 1; n <= 40; n += 1) {
    await logItem(vault, { caseId, type: 'digital', description: n === 27 ? 'Phone of the witness' : `Phone ${n}` });
  }
  await openCaseFromList(page, CASE_TITLE);
  const panel = await openEvidenceTab(page);
  await panel.getByRole('button', { name: 'Log evidence' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log evidence' });
  await dialog.getByRole('combobox', { name: 'Original or working copy' }).selectOption({ label: 'Working copy' });
  const original = dialog.getByRole('combobox', { name: /^Made from the original/ });
  await original.fill('witness');
  const options = dialog.getByRole('listbox').getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveText('E-0027: Phone of the witness');
  await original.press('ArrowDown');
  await original.fill('E-00');
  await expect(options).toHaveCount(20);
  await original.fill('witness');
  await expect(original).toHaveAttribute('aria-expanded', 'true');
  await original.press('Enter');
  await expect(original).toHaveValue('E-0027: Phone of the witness');
  await expect(original).toHaveAttribute('aria-expanded', 'false');
  expect(describeFindings('evidence-form-original', await axeFindings(page))).toEqual([]);
});

test('a long log keeps its place after an edit, End loads to the last row, a focused row stays drawn', async ({
  page,
  vault,
}) => {
  test.setTimeout(180_000);
  await openWithVault(page, vault);
  const { id: caseId } = await createCase(vault, {
    title: CASE_TITLE,
    dateReceived: todayIn('UTC', vault.clock),
    category: 'SE',
    subtype: 'transactional_sex',
  });
  for (let n = 1; n <= 260; n += 1) {
    await logItem(vault, { caseId, type: 'physical', description: `Clothing bag ${n}` });
  }
  await openCaseFromList(page, CASE_TITLE);
  const panel = await openEvidenceTab(page);
  const table = panel.getByRole('table', { name: 'Evidence items of this case' });
  const scroller = panel.locator('.evidence-log-scroll');
  // Past the first page (100 rows), on the third.
  const far = table.getByRole('button', { name: 'Open E-0230' });
  await scrollUntilDrawn(page, scroller, far, 2000);
  await far.click();
  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit E-0230' });
  await dialog.getByRole('textbox', { name: 'Description' }).fill('Clothing bag 230, resealed');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '← Evidence log' }).click();

  await expect(far).toHaveAttribute('aria-current', 'true');
  await expect(far).toBeInViewport();
  await expect(far).toBeFocused();
  await expect(table.getByRole('row').filter({ has: page.getByRole('button', { name: 'Open E-0230' }) })).toContainText(
    'Clothing bag 230, resealed',
  );

  // Another order starts again from its first page (E-0260 to E-0161); End goes on loading to the last row.
  await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
  await panel.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Logged last to first' });
  const newest = table.getByRole('button', { name: 'Open E-0260' });
  await expect(table.getByRole('button', { name: /^Open E-/ }).first()).toHaveAccessibleName('Open E-0260');
  await newest.focus();
  await page.keyboard.press('End');
  const oldest = page.getByRole('button', { name: 'Open E-0001' });
  await expect(oldest).toBeFocused();
  await expect(oldest).toHaveAttribute('aria-current', 'true');
  await expect(table.locator('tr', { has: oldest })).toHaveAttribute('aria-rowindex', '261');

  // Scrolled away with the wheel, the focused row stays drawn and keeps focus.
  await scroller.hover();
  for (let turn = 0; turn < 20; turn += 1) await page.mouse.wheel(0, -3000);
  await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBe(0);
  await expect(newest).toBeVisible();
  await expect(oldest).toBeFocused();
  const indexes = await table
    .locator('tbody tr[aria-rowindex]')
    .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('aria-rowindex'))));
  expect(indexes.at(-1)).toBe(261);
  expect(indexes.length).toBeLessThan(60);
});

/**
 * The search sees through accents; the deadline filter reads the items' clocks as the deadlines screen does;
 * an item names the interviews it is linked to with their status and date.
 */
test('the log finds "ecole" in École, filters by deadline, and an item names its interviews, status and date', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const title = 'MINUSCA — a school notebook';
  const { id: caseId } = await createCase(vault, { title, dateReceived: todayIn('UTC', vault.clock) });
  const interviewOf = async (role: 'witness' | 'victim', scheduledAt?: string) => {
    const person = await call<{ id: string }>(vault, 'people.add', {
      caseId,
      profile: { role, sex: 'female', ageBand: 'adult', language: 'fr', confidentiality: 'confidential' },
    });
    return call<{ id: string }>(vault, 'interviews.plan', {
      caseId,
      personId: person.id,
      arrangements: { ...PLAIN_ARRANGEMENTS, ...(scheduledAt ? { scheduledAt } : {}) },
    });
  };
  const dated = await interviewOf('witness', '2026-03-10T12:30:00.000Z');
  const undated = await interviewOf('victim');
  await logItem(vault, { caseId, type: 'physical', description: 'Photo of the gate' });
  await logItem(vault, {
    caseId,
    type: 'documentary',
    description: 'Cahier de l’École Sainte-Thérèse',
    interviewIds: [dated.id, undated.id],
  });
  // A CCTV camera identified two days ago: its day to ask for the footage to be kept has run out.
  await logItem(vault, {
    caseId,
    type: 'photo_video',
    description: 'Footage of the gate',
    markers: ['cctv'],
    identifiedAt: new Date(vault.clock.now() - 48 * 3_600_000).toISOString(),
  });

  await openCaseFromList(page, title);
  const panel = await openEvidenceTab(page);
  const table = panel.getByRole('table', { name: 'Evidence items of this case' });
  const openButtons = table.getByRole('button', { name: /^Open E-/ });
  const search = panel.getByRole('searchbox', { name: 'Search' });
  await search.fill('ecole sainte-therese');
  await expect(openButtons).toHaveCount(1);
  await expect(openButtons.first()).toHaveAccessibleName('Open E-0002');

  // The deadline filter, in the deadlines screen's words, with the search and the other filters.
  await search.fill('');
  const count = panel.getByRole('status').filter({ hasText: /items?$/ });
  const deadlines = panel.getByRole('combobox', { name: 'Deadlines' });
  await deadlines.selectOption({ label: 'Overdue' });
  await expect(count).toHaveText('1 of 3 items');
  await expect(openButtons).toHaveCount(1);
  await expect(openButtons.first()).toHaveAccessibleName('Open E-0003');
  await deadlines.selectOption({ label: 'No open deadline' });
  await expect(count).toHaveText('2 of 3 items');
  await panel.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Documentary' });
  await expect(openButtons).toHaveCount(1);
  await expect(openButtons.first()).toHaveAccessibleName('Open E-0002');
  expect(describeFindings('evidence-log-deadline-filter', await axeFindings(page))).toEqual([]);

  const detail = await openItem(page, 'E-0002');
  const interviews = detail.locator('.linked-interviews').getByRole('listitem');
  // By code (V before W); the dated one in the mission's time, on the 24-hour clock, in one sentence:
  // the zone's brackets are the last words, no status in brackets after them.
  await expect(interviews).toHaveText([
    'Interview of V-01 (Planned)',
    /^Interview of W-01, planned for 10 Mar 2026, \d{2}:30 \([^)]+\)$/,
  ]);
  expect(describeFindings('evidence-item-interviews', await axeFindings(page))).toEqual([]);
});

test('in Arabic, an item names a planned interview in one sentence, its moment and zone kept whole', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const title = 'MINUSCA — a school notebook';
  // Planned for tomorrow, in UTC: the moment's zone in brackets, then nothing more in brackets.
  const tomorrow = new Date(vault.clock.now() + 24 * 3_600_000).toISOString();
  const { caseId, interviewId } = await seedPlannedInterview(vault, title, tomorrow);
  await logItem(vault, { caseId, type: 'documentary', description: 'Notebook', interviewIds: [interviewId] });

  const t = await openCaseInArabic(page, title);
  await page.getByRole('tab', { name: t('caseFile.view.tabs.evidence'), exact: true }).click();
  await page.getByRole('button', { name: t('evidence.list.openLabel', { number: 'E-0001' }), exact: true }).click();
  const linked = page.locator('.linked-interviews').getByRole('listitem');
  await expect(linked).toHaveCount(1);
  const [words] = await linked.allTextContents();
  // The sentence of a planned interview; its one bracket, the zone's, ends the moment: no status in brackets after it.
  expect(words).toMatch(new RegExp(`^${t('evidence.form.interviewOfCode', { code: 'W-01' })}، مقررة في `));
  expect(words!.match(/\(/g)).toHaveLength(1);
  expect(words).not.toMatch(/\)[\s\u200e\u200f\u2066-\u2069]*\(/);
  await page.screenshot({ path: test.info().outputPath('evidence-item-interviews-ar.png') });
  expect(describeFindings('evidence-item-interviews-ar', await axeFindings(page))).toEqual([]);
});
