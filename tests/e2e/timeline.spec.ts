import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { todayIn } from '../clock.js';
import { accessibleControls } from './accessibility.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { expect, test, type VaultHarness } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { screenshotsDir } from './paths.js';

/**
 * The case chronology over the real router: events derived from the intake, status history,
 * an interview, an evidence item and its hand-over, merged in the defined order, drawn to scale
 * and listed as a table; a manual event added, corrected and removed through the UI.
 */

const HOUR = 3_600_000;
const TITLE = 'Transactional sex alleged near the water point';

async function caseWithHistory(vault: VaultHarness): Promise<{ id: string; reference: string }> {
  const now = vault.clock.now();
  const theCase = await createCase(vault, {
    title: TITLE,
    dateReceived: todayIn('UTC', vault.clock),
    incidentDates: [
      { precision: 'range', from: '2025-06', to: '2025-08', timeZone: 'UTC' },
      { precision: 'exact', from: '2025-09-14T22:30', timeZone: 'UTC' },
      { precision: 'unknown' },
    ],
  });
  await call(vault, 'cases.changeStatus', {
    caseId: theCase.id,
    to: 'under_investigation',
    reason: 'Credible allegation, referred for investigation.',
  });
  const victim = await call<{ id: string }>(vault, 'people.add', {
    caseId: theCase.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr', confidentiality: 'confidential' },
  });
  await call(vault, 'interviews.plan', {
    caseId: theCase.id,
    personId: victim.id,
    arrangements: {
      scheduledAt: new Date(now + 24 * HOUR).toISOString(),
      timeZone: 'UTC',
      place: { type: 'un_office', private: true },
      team: [],
      genderPreference: { offered: true },
      supportPerson: { offered: true, present: false },
      language: 'fr',
      recorded: false,
    },
  });
  const item = await call<{ id: string }>(vault, 'evidence.create', {
    caseId: theCase.id,
    type: 'physical',
    description: 'Dress in a sealed bag',
    collectedAt: new Date(now - 2 * HOUR).toISOString(),
  });
  await call(vault, 'custody.add', {
    itemId: item.id,
    kind: 'handed_over',
    at: new Date(now - HOUR).toISOString(),
    from: 'Investigator A',
    to: 'Evidence clerk B',
    purpose: 'Into the evidence store',
  });
  return theCase;
}

const DERIVED_ORDER = [
  'Alleged incident 1 / 3',
  'Alleged incident 2 / 3',
  'E-0001 collected (physical)',
  'E-0001 handed over',
  'Case opened: Preliminary assessment',
  'Status: Under investigation',
  'Interview of V-01 (planned)',
];

function titlesOf(table: Locator): Promise<string[]> {
  return table.locator('.timeline-event-title').allTextContents();
}

async function openTimeline(page: Page): Promise<Locator> {
  await openCaseFromList(page, TITLE);
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  return page.getByRole('tabpanel', { name: 'Timeline' });
}

test(
  'the chronology merges derived events in order, draws uncertain dates as spans, ' +
    'keeps undated events apart and zooms',
  async ({ page, vault }) => {
    await openWithVault(page, vault);
    await caseWithHistory(vault);
    const panel = await openTimeline(page);

    const chart = panel.getByRole('group', { name: 'Chronology drawn to scale, axis in UTC' });
    await expect(chart).toBeVisible();
    const marks = chart.getByRole('button');
    await expect(marks).toHaveCount(DERIVED_ORDER.length);
    // Drawn in chronological order, whatever lane each mark is on.
    const names = await marks.evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('aria-label') ?? ''),
    );
    expect(names.map((name) => DERIVED_ORDER.find((title) => name.startsWith(title)))).toEqual(DERIVED_ORDER);

    // "June to August 2025" is a span three months wide; an exact time is a point.
    const range = chart.getByRole('button', {
      name: /^Alleged incident 1 \/ 3, between June 2025 and August 2025, Incident, Reported by a source$/,
    });
    await expect(range).toHaveClass(/tl-range/);
    await expect(range).toHaveClass(/tl-basis-reported_by_source/);
    expect(Number(await range.locator('rect.tl-span').getAttribute('width'))).toBeGreaterThan(40);
    const exact = chart.getByRole('button', { name: /^Alleged incident 2 \/ 3, 14 Sept? 2025, 22:30 \(UTC\)/ });
    await expect(exact).toHaveClass(/tl-point/);
    await expect(exact.locator('rect.tl-span')).toHaveCount(0);
    await expect(chart.getByRole('button', { name: /^E-0001 handed over, .*Custody, Established$/ })).toHaveClass(
      /tl-basis-established/,
    );

    const undated = panel.getByRole('region', { name: 'Date unknown' });
    await expect(undated).toContainText('Alleged incident 3 / 3');
    await expect(chart.getByRole('button', { name: /^Alleged incident 3 \/ 3/ })).toHaveCount(0);
    await expect(panel.getByRole('complementary', { name: 'How the order is defined' })).toContainText(
      'earliest moment they could have happened',
    );
    expect((await accessibleControls(page)).unnamed).toEqual([]);

    // Keyboard: one tab stop, arrows between events, Enter shows one, + and 0 zoom and fit.
    await range.focus();
    await page.keyboard.press('ArrowRight');
    await expect(exact).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(exact).toHaveAttribute('aria-pressed', 'true');
    await expect(panel.getByRole('heading', { level: 3, name: 'Alleged incident 2 / 3' })).toBeVisible();
    await expect(panel.getByRole('region', { name: 'Alleged incident 2 / 3' })).toContainText('Reported by a source');

    await panel.getByRole('button', { name: 'Fit all' }).click();
    await panel.getByRole('button', { name: 'Zoom in' }).click();
    await panel.getByRole('button', { name: 'Zoom in' }).click();
    await expect(panel.getByRole('button', { name: /^← Earlier events not shown: \d$/ })).toBeVisible();
    await expect(panel.getByRole('button', { name: /^Later events not shown: \d →$/ })).toBeVisible();
    // The view moves on; the keys work from anywhere in the chart, here from the button just used.
    await panel.getByRole('button', { name: /^Later events not shown/ }).click();
    await page.keyboard.press('0');
    await expect(marks).toHaveCount(DERIVED_ORDER.length);
    await expect(panel.getByRole('button', { name: /^← Earlier events not shown/ })).toHaveCount(0);
  },
);

test(
  'the table view lists the chronology as stated, and a manual event is added, ' +
    'corrected and removed with a reason',
  async ({ page, vault }, testInfo) => {
    await openWithVault(page, vault);
    await caseWithHistory(vault);
    const panel = await openTimeline(page);

    await panel.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(panel.getByRole('button', { name: 'Table', exact: true })).toHaveAttribute('aria-pressed', 'true');
    const table = panel.getByRole('table', { name: 'Chronology of the case, in the order described below' });
    await expect(table).toBeVisible();
    expect(await titlesOf(table)).toEqual(DERIVED_ORDER);
    expect((await accessibleControls(page)).unnamed).toEqual([]);
    const rangeRow = table.getByRole('row').filter({ hasText: 'Alleged incident 1 / 3' });
    await expect(rangeRow).toContainText('between June 2025 and August 2025');
    await expect(rangeRow).toContainText('Between two dates');
    await expect(rangeRow).toContainText('From the intake');
    await expect(table.getByRole('row').filter({ hasText: 'E-0001 handed over' })).toContainText(
      'Investigator A → Evidence clerk B',
    );
    await expect(table.getByRole('row').filter({ hasText: 'E-0001 handed over' })).toContainText(
      'From the chain of custody',
    );

    await panel.getByRole('button', { name: 'Add event' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an event to the timeline' });
    await dialog.getByRole('button', { name: 'Add the event' }).click();
    await expect(dialog.getByText('This is required.').first()).toBeVisible();
    expect((await accessibleControls(page)).unnamed).toEqual([]);
    await dialog.getByLabel('Precision').selectOption('month');
    await dialog.getByLabel('Month', { exact: true }).fill('2025-07');
    await dialog.getByLabel('Kind of event').selectOption('investigative_action');
    await dialog.getByLabel('Title').fill('Site visit: the team saw the water point');
    await dialog.getByLabel('Description').fill('Layout and lighting noted; V-01 not present.');
    await dialog.getByRole('radio', { name: 'Established' }).check();
    // The evidence is searched, not listed whole: its number finds it, Enter links it.
    const evidence = dialog.getByRole('combobox', { name: 'Link an evidence item' });
    await evidence.fill('E-0001');
    await expect(dialog.getByRole('option', { name: 'E-0001: Dress in a sealed bag' })).toBeVisible();
    await evidence.press('Enter');
    await expect(dialog.getByRole('list', { name: 'Evidence linked to this event' })).toContainText(
      'E-0001: Dress in a sealed bag',
    );
    // So are the interviews: the interviewee's code finds theirs, and the one chosen is listed to unlink.
    const interview = dialog.getByRole('combobox', { name: 'Link an interview' });
    await interview.fill('v1');
    await dialog.getByRole('option', { name: 'Interview of V-01 (Planned)' }).click();
    await expect(dialog.getByRole('list', { name: 'Interviews linked to this event' })).toContainText(
      'Interview of V-01 (Planned)',
    );
    await dialog.getByRole('button', { name: 'Add the event' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Event added: Site visit: the team saw the water point.' }),
    ).toBeVisible();

    // July 2025 starts after the range that begins in June and before 14 September. The table reads
    // the chronology again after the change is shown: its rows are awaited, not read at once.
    await expect
      .poll(() => titlesOf(table))
      .toEqual([DERIVED_ORDER[0], 'Site visit: the team saw the water point', ...DERIVED_ORDER.slice(1)]);
    const manual = table.getByRole('row').filter({ hasText: 'Site visit: the team saw the water point' });
    await expect(manual).toContainText('July 2025');
    await expect(manual).toContainText('Month');
    await expect(manual).toContainText('Investigative action');
    await expect(manual).toContainText('E-0001');

    await manual.getByRole('button', { name: 'Edit Site visit: the team saw the water point' }).click();
    const edit = page.getByRole('dialog', { name: 'Correct an event' });
    await expect(edit.getByLabel('Title')).toHaveValue('Site visit: the team saw the water point');
    await expect(edit.getByRole('button', { name: 'Unlink E-0001' })).toBeVisible();
    await expect(edit.getByRole('button', { name: /^Unlink interview of V-01/i })).toBeVisible();
    await edit.getByRole('radio', { name: 'Reported by a source' }).check();
    await edit.getByRole('button', { name: 'Save the correction' }).click();
    await expect(edit).toHaveCount(0);
    await expect(manual).toContainText('Reported by a source');

    // The chart shows the manual event too; this is the README's picture.
    await panel.getByRole('button', { name: 'Chart', exact: true }).click();
    const chart = panel.getByRole('group', { name: 'Chronology drawn to scale, axis in UTC' });
    await chart.getByRole('button', { name: /^Site visit: the team saw the water point/ }).click();
    await expect(panel.getByRole('region', { name: 'Site visit: the team saw the water point' })).toContainText(
      'Written by the team',
    );
    const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
    mkdirSync(target, { recursive: true });
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      document.querySelector('[role="tablist"]')?.scrollIntoView({ block: 'start' });
    });
    await page.screenshot({ path: join(target, 'timeline.png'), animations: 'disabled', caret: 'hide' });

    await panel.getByRole('button', { name: 'Table', exact: true }).click();
    await manual.getByRole('button', { name: 'Remove Site visit: the team saw the water point' }).click();
    const remove = page.getByRole('dialog', { name: 'Remove “Site visit: the team saw the water point”' });
    await remove.getByRole('button', { name: 'Remove the event' }).click();
    await expect(remove.getByText('Write why the event is removed.', { exact: true })).toBeVisible();
    await remove.getByLabel('Reason').fill('Entered in the wrong case.');
    await remove.getByRole('button', { name: 'Remove the event' }).click();
    await expect(remove).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Event removed: Site visit: the team saw the water point.' }),
    ).toBeVisible();
    await expect.poll(() => titlesOf(table)).toEqual(DERIVED_ORDER);
  },
);
