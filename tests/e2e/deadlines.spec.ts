import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_CLOCKS } from '../../shared/clocks/clock.js';
import { addWorkingDays } from '../../shared/clocks/working-days.js';
import type { ClockConfiguration } from '../../shared/contract/deadlines.js';
import { contract, type MethodName } from '../../shared/contract/index.js';
import { todayIn } from '../clock.js';
import { accessibleControls } from './accessibility.js';
import { call, createCase } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { screenshotsDir } from './paths.js';

/**
 * Deadlines across cases, case benchmarks and the clock settings, over the real router. The
 * browser and the mission both run on UTC here, so times typed and shown are UTC. "Now" is the
 * test clock's (vault.clock, the browser's too): the tests hold at any hour, 00:30 UTC included.
 */

const HOUR = 3_600_000;
const utcMinute = (ms: number): string => new Date(ms).toISOString().slice(0, 16);
const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const exactUtc = (ms: number) => ({ precision: 'exact' as const, from: utcMinute(ms), timeZone: 'UTC' });

async function goTo(page: Page, section: 'Cases' | 'Deadlines' | 'Settings'): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('button', { name: section, exact: true })
    .click();
}

function deadlineRow(page: Page, reference: string, deadline: string) {
  return page
    .getByRole('row')
    .filter({ hasText: reference })
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${deadline}`) }) });
}

test(
  'the deadlines view counts down an incident-started forensic examination, most ' +
    'urgent first, and closes it with the action taken',
  async ({ page, vault }, testInfo) => {
    await openWithVault(page, vault);
    const now = vault.clock.now();
    // Reported yesterday, the incident three days ago: the 72-hour window closed a few hours ago.
    const late = await createCase(vault, {
      title: 'Assault at the water point, reported by a partner',
      dateReceived: utcDay(now - 24 * HOUR),
      incidentDates: [exactUtc(now - 75 * HOUR)],
    });
    // Sixty hours ago: a sixth of the window left, due soon.
    const soon = await createCase(vault, {
      title: 'Assault near the market',
      dateReceived: utcDay(now),
      incidentDates: [exactUtc(now - 60 * HOUR)],
    });
    // Received on the day of the notification an hour ago: between 00:00 and 01:00 UTC that is
    // yesterday, and a case received "today" would refuse the notification as coming before it.
    const notifiedAt = now - HOUR;
    const fresh = await createCase(vault, {
      title: 'Assault last night, V-01 at the clinic',
      dateReceived: utcDay(notifiedAt),
      incidentDates: [exactUtc(now - 5 * HOUR)],
      urgent: true,
    });
    await call(vault, 'deadlines.recordMilestone', {
      caseId: fresh.id,
      milestone: 'tcc_notified',
      at: new Date(notifiedAt).toISOString(),
    });

    await goTo(page, 'Deadlines');
    await expect(page.getByRole('heading', { level: 1, name: 'Deadlines' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Deadlines of all cases, most urgent first' });
    await expect(table).toBeVisible();

    // Most urgent first: the two closed windows of the late case, then the due-soon ones.
    const rows = table.getByRole('row');
    await expect(rows.nth(1)).toContainText(late.reference);
    await expect(rows.nth(1)).toContainText('Overdue');
    await expect(rows.nth(1)).toContainText(/overdue by (2|3) h \d+ min/);
    await expect(page.getByText('Overdue: 2', { exact: true })).toBeVisible();
    await expect(deadlineRow(page, soon.reference, 'Forensic medical examination')).toContainText('Due soon');
    await expect(deadlineRow(page, soon.reference, 'Forensic medical examination')).toContainText(
      /1[12] h \d+ min left/,
    );

    const forensic = deadlineRow(page, fresh.reference, 'Forensic medical examination');
    await expect(forensic).toContainText(/Incident: \d+ \w+ \d{4}, \d{2}:\d{2} \(UTC\)/);
    // A 72-hour window is counted in hours: 67 hours left, give or take the minute the test takes.
    await expect(forensic).toContainText(/6[67] h \d+ min left/);
    await expect(forensic).toContainText('Open');
    await expect(forensic).toContainText('Binding');
    await forensic.getByText('How it was computed').click();
    await expect(forensic).toContainText('Due 72 hours after the incident.');
    await expect(forensic).toContainText('WHO/UNHCR, Clinical Management of Rape Survivors');
    await forensic.getByText('How it was computed').click();
    expect((await accessibleControls(page)).unnamed).toEqual([]);

    const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
    mkdirSync(target, { recursive: true });
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(target, 'deadlines.png'), animations: 'disabled', caret: 'hide' });

    await forensic.getByRole('button', { name: `Close… Forensic medical examination, ${fresh.reference}` }).click();
    const dialog = page.getByRole('dialog', { name: `Close “Forensic medical examination” — ${fresh.reference}` });
    await expect(dialog).toContainText('forensic medical examination by a qualified provider');
    await dialog.getByRole('button', { name: 'Close the deadline' }).click();
    // The field's own message (the error summary above the form repeats it as a link).
    await expect(dialog.getByText('Write the action taken.', { exact: true })).toBeVisible();
    expect((await accessibleControls(page)).unnamed).toEqual([]);
    await dialog.getByLabel('Action taken').fill('V-01 examined at the district hospital by a qualified provider.');
    await dialog.getByRole('button', { name: 'Close the deadline' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: `Closed: Forensic medical examination (${fresh.reference}).` }),
    ).toBeVisible();
    await expect(forensic).toHaveCount(0);

    await page.getByRole('checkbox', { name: 'Include closed deadlines' }).check();
    await expect(forensic).toContainText('Closed');
    await expect(forensic).toContainText(
      'Action taken: V-01 examined at the district hospital by a qualified provider.',
    );
    await expect(forensic.getByRole('button', { name: /^Close…/ })).toHaveCount(0);

    await page.getByLabel('Case', { exact: true }).selectOption({ label: late.reference });
    await expect(table.getByRole('row').filter({ hasText: fresh.reference })).toHaveCount(0);
    await expect(table.getByRole('row').filter({ hasText: late.reference }).first()).toBeVisible();
  },
);

test(
  'the deadlines view never polls: idle minutes ask the core nothing, so nothing ' + 'keeps an idle vault unlocked',
  async ({ page, vault }) => {
    // The page's clock is installed by the fixture: runFor moves it on without waiting.
    await openWithVault(page, vault);
    const now = vault.clock.now();
    await createCase(vault, {
      title: 'Assault last night',
      dateReceived: utcDay(now),
      incidentDates: [exactUtc(now - 5 * HOUR)],
    });
    await goTo(page, 'Deadlines');
    await expect(page.getByRole('rowheader', { name: /^Forensic medical examination/ })).toBeVisible();

    const before = vault.calls.length;
    // A poll every minute, as the view had, would have listed the deadlines three times by now.
    await page.clock.runFor(3 * 60_000 + 5_000);
    const idleCalls = vault.calls.slice(before) as MethodName[];
    expect(idleCalls.filter((name) => name === 'deadlines.list' || name === 'deadlines.page')).toEqual([]);
    expect(idleCalls.filter((name) => contract[name].touchesSession !== false)).toEqual([]);
  },
);

test.describe('a deadline falling due', () => {
  // The forensic examination window of an incident at 11:00 UTC on 10 March closes at 11:00 UTC on
  // the 13th: 30 s after this test's clock (the core's and the page's) starts.
  test.use({ clockStart: '2026-03-13T10:59:30.000Z' });

  test("reloads the deadlines view at once, by the core's deadlines.due event, without counting as activity", async ({
    page,
    vault,
  }) => {
    test.setTimeout(90_000);
    await openWithVault(page, vault);
    const theCase = await createCase(vault, {
      title: 'Assault at the water point',
      dateReceived: '2026-03-13',
      incidentDates: [{ precision: 'exact', from: '2026-03-10T11:00', timeZone: 'UTC' }],
    });
    await goTo(page, 'Deadlines');
    const row = deadlineRow(page, theCase.reference, 'Forensic medical examination');
    await expect(row).toContainText('Due soon');

    const before = vault.calls.length;
    const callsWhenDue = new Promise<string[]>((resolve) => {
      vault.ws.onEvent((event) => {
        if (event.name === 'deadlines.due') resolve(vault.calls.slice(before));
      });
    });
    // Until the core says so, the view asks nothing.
    expect((await callsWhenDue).filter((name) => name === 'deadlines.page')).toEqual([]);
    await expect
      .poll(() => vault.calls.slice(before).filter((name) => name === 'deadlines.page').length, { timeout: 2_000 })
      .toBeGreaterThan(0);
    await expect(row).toContainText('Overdue');
    expect(
      (vault.calls.slice(before) as MethodName[]).filter((name) => contract[name].touchesSession !== false),
    ).toEqual([]);
  });
});

test(
  'recording the notification of the contributing country starts the urgent NIO ' +
    'benchmark, shown on the case and the case list',
  async ({ page, vault }) => {
    await openWithVault(page, vault);
    const now = vault.clock.now();
    const theCase = await createCase(vault, {
      title: 'Contingent member, transactional sex alleged',
      dateReceived: utcDay(now),
      incidentDates: [exactUtc(now - 2 * HOUR)],
      urgent: true,
    });

    await goTo(page, 'Cases');
    const listRow = page.getByRole('row').filter({ hasText: theCase.reference });
    await expect(listRow).toBeVisible();
    await expect(listRow).not.toContainText('NIO appointment');
    // The list shows the case's most urgent open deadline: the incident's 72-hour windows.
    await expect(listRow.locator('.cell-deadline')).toHaveText(
      /^Next deadline:(Forensic exam|HIV PEP)(69|70) h \d+ min left$/,
    );
    await listRow.getByRole('button', { name: 'Contingent member, transactional sex alleged' }).click();

    const panel = page.getByRole('region', { name: 'Milestones and deadlines' });
    await expect(panel).toContainText("Times are on the mission's clock (UTC).");
    await expect(panel).toContainText('Not recorded');
    await panel.getByRole('button', { name: 'Record: Contributing country (TCC/PCC) notified' }).click();
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Recorded: Contributing country (TCC/PCC) notified.' }),
    ).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Correct: Contributing country (TCC/PCC) notified' })).toBeVisible();
    expect((await accessibleControls(page)).unnamed).toEqual([]);

    const benchmarks = page.getByRole('list', { name: 'Case benchmarks' });
    await expect(benchmarks).toContainText('NIO appointment');
    await expect(benchmarks).toContainText(/\d+ d \d+ h left/);
    await expect(benchmarks).toContainText('TCC investigation');

    // Five working days for an urgent case, counted on the mission's calendar, due at the end of the day.
    const nio = panel
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^National Investigation Officer appointed/ }) });
    await nio.getByText('How it was computed').click();
    await expect(nio).toContainText('Due 5 working days after the notification of the contributing country.');
    await expect(nio).toContainText('Shortened: the case is urgent.');
    // Recorded now (the form's default), so counted from today on the mission's (UTC) calendar.
    const due = addWorkingDays(todayIn('UTC', vault.clock), 5);
    await expect(nio).toContainText(`Due at ${due} 23:59 (UTC).`);

    // The toxicology clocks wait for the drug-facilitation condition.
    await expect(panel.getByRole('rowheader', { name: /^Toxicology: blood and urine/ })).toHaveCount(0);
    await panel.getByRole('checkbox', { name: 'Drug facilitation suspected' }).check();
    await expect(page.getByRole('status').filter({ hasText: 'the toxicology clocks are running' })).toBeVisible();
    const toxicology = panel
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Toxicology: blood and urine/ }) });
    await expect(toxicology).toContainText(/2[12] h \d+ min left/);

    await goTo(page, 'Cases');
    // Most urgent now: the toxicology window (about 22 hours), ahead of the incident's and the NIO's.
    await expect(page.getByRole('row').filter({ hasText: theCase.reference })).toContainText(
      /Toxicology \(blood\)\s*2[12] h \d+ min left/,
    );
  },
);

test(
  'the clock settings: a holiday moves a working-day deadline, a clock is edited ' +
    'with validation, and defaults come back',
  async ({ page, vault }) => {
    await openWithVault(page, vault);
    const notifiedAt = vault.clock.now() - 60_000;
    const theCase = await createCase(vault, {
      title: 'Urgent referral',
      dateReceived: utcDay(notifiedAt),
      urgent: true,
    });
    await call(vault, 'deadlines.recordMilestone', {
      caseId: theCase.id,
      milestone: 'tcc_notified',
      at: new Date(notifiedAt).toISOString(),
    });
    const holiday = addWorkingDays(utcDay(notifiedAt), 2);

    await goTo(page, 'Settings');
    const panel = page.getByRole('region', { name: 'Deadlines and clocks' });
    const clocks = panel.getByRole('table', { name: 'Clocks of this vault' });
    await expect(clocks.getByRole('row').filter({ hasText: 'National Investigation Officer appointed' })).toContainText(
      '10 working days',
    );
    await expect(clocks.getByRole('row').filter({ hasText: 'National Investigation Officer appointed' })).toContainText(
      '5 working days',
    );
    await expect(panel.getByText('No holidays listed.')).toBeVisible();
    expect((await accessibleControls(page)).unnamed).toEqual([]);

    await panel.getByLabel('Add a holiday').fill(holiday);
    await panel.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(
      panel.getByRole('listitem').filter({ has: page.locator(`time[datetime="${holiday}"]`) }),
    ).toBeVisible();
    await panel.getByRole('button', { name: 'Save the calendar' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Calendar saved. Open deadlines recomputed: 1.' }),
    ).toBeVisible();

    await goTo(page, 'Deadlines');
    const nio = deadlineRow(page, theCase.reference, 'National Investigation Officer appointed');
    await nio.getByText('How it was computed').click();
    await expect(nio).toContainText(`Weekend days (Saturday and Sunday) and holidays (${holiday}) are not counted.`);
    // Where the number comes from, in words for the investigator: no pointer into the handbook or the rules.
    await expect(nio).toContainText('Widely known practice, to be verified');
    await expect(nio).not.toContainText('domain.md');

    await goTo(page, 'Settings');
    await panel.getByRole('button', { name: 'Edit Forensic medical examination' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit clock: Forensic medical examination' });
    await dialog.getByRole('textbox', { name: 'Duration', exact: true }).fill('three days');
    await dialog.getByRole('button', { name: 'Save the clock' }).click();
    await expect(dialog.getByText('Enter a whole number from 0 to 87600.', { exact: true })).toBeVisible();
    expect((await accessibleControls(page)).unnamed).toEqual([]);
    await dialog.getByRole('textbox', { name: 'Duration', exact: true }).fill('120');
    await dialog.getByRole('button', { name: 'Save the clock' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(
      page.getByRole('status').filter({ hasText: 'Clock saved. Open deadlines recomputed: 0.' }),
    ).toBeVisible();
    await expect(clocks.getByRole('row').filter({ hasText: 'Forensic medical examination' })).toContainText(
      '120 hours',
    );
    // The source the form showed in words and left as it was stays the shipped one, worded as shipped.
    const forensicRow = clocks.getByRole('row').filter({ hasText: 'Forensic medical examination' });
    await expect(forensicRow).toContainText('WHO; WHO/UNHCR, Clinical Management of Rape Survivors');
    await expect(forensicRow).not.toContainText('domain.md');
    const saved = (await call<ClockConfiguration>(vault, 'clocks.get', {})).clocks.find(
      (clock) => clock.id === 'forensic_exam',
    );
    expect(saved?.source).toBe(DEFAULT_CLOCKS.find((clock) => clock.id === 'forensic_exam')?.source);

    await panel.getByRole('button', { name: 'Reset to defaults' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reset the clocks to their defaults?' });
    await confirm.getByRole('button', { name: 'Reset to defaults' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Shipped clocks and calendar restored. Open deadlines recomputed: 1.' }),
    ).toBeVisible();
    await expect(clocks.getByRole('row').filter({ hasText: 'Forensic medical examination' })).toContainText('72 hours');
    await expect(panel.getByText('No holidays listed.')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Reset to defaults' })).toBeDisabled();
  },
);
