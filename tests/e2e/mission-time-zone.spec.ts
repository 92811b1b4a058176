import { call } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault, PASSPHRASE } from './helpers.js';

/**
 * A team in Nairobi (UTC+3, no clock changes) at 01:00 on 10 March, when UTC still says 9 March:
 * the vault created on this computer works on its zone, the intake's "today" is Nairobi's, and a
 * notification made now is not refused as coming before the allegation was received.
 */
test.use({ browserTimeZone: 'Africa/Nairobi', clockStart: '2026-03-09T22:00:00.000Z' });

test('a vault created in Nairobi at 01:00 receives a case "today" and records the notification made now', async ({
  page,
  vault,
}) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  await expect(
    page.getByText('Deadlines count days in this computer’s time zone, Africa/Nairobi, taken as the mission’s.'),
  ).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create the vault' }).click();
  await page.getByRole('checkbox', { name: /I have written down the recovery key/ }).check();
  await page.getByRole('button', { name: 'Continue to Casefile' }).click();
  expect((await call<{ calendar: { timeZone: string } }>(vault, 'clocks.get', {})).calendar.timeZone).toBe(
    'Africa/Nairobi',
  );

  // The intake proposes today on the mission's calendar: 10 March, where a UTC computer would say the 9th.
  await page.getByRole('button', { name: 'New case' }).click();
  const intake = page.getByRole('dialog', { name: 'New case' });
  await intake.getByLabel('Title').fill('Contingent member, allegation reported at the night clinic');
  await intake.getByLabel('How it was reported').selectOption('hotline');
  await intake.getByLabel('Entity or mission').fill('MONUSCO');
  await intake.getByRole('checkbox', { name: /urgent/i }).check();
  await intake.getByRole('button', { name: 'Open the case' }).click();
  await expect(intake).toHaveCount(0);
  const { items } = await call<{ items: { reference: string; dateReceived: string }[] }>(vault, 'cases.list', {});
  expect(items.map((item) => item.dateReceived)).toEqual(['2026-03-10']);
  // Its reference is of the year on the mission's calendar too.
  expect(items[0]?.reference).toMatch(/^CF-2026-/);

  // Recorded at the form's default, now: 01:00 on the 10th in Nairobi, the day the allegation came in.
  const panel = page.getByRole('region', { name: 'Milestones and deadlines' });
  await expect(panel).toContainText("Times are on the mission's clock (Africa/Nairobi).");
  await panel.getByRole('button', { name: 'Record: Contributing country (TCC/PCC) notified' }).click();
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Recorded: Contributing country (TCC/PCC) notified.' }),
  ).toBeVisible();

  // Five working days from Tuesday 10 March, to the end of Tuesday 17 March in Nairobi.
  const nio = panel
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^National Investigation Officer appointed/ }) });
  await nio.getByText('How it was computed').click();
  await expect(nio).toContainText('Due at 2026-03-17 23:59 (Africa/Nairobi).');
});

test.describe('a laptop still on UTC, for a mission set to Nairobi', () => {
  test.use({ browserTimeZone: 'UTC' });

  test("the intake proposes the mission's today, not the computer's", async ({ page, vault }) => {
    await openWithVault(page, vault);
    await call(vault, 'clocks.update', {
      calendar: { weekendDays: ['saturday', 'sunday'], holidays: [], timeZone: 'Africa/Nairobi' },
    });
    // As after changing it in Settings: the case list reads the calendar when it is shown.
    await page.reload();
    await page.getByRole('button', { name: 'New case' }).click();
    const intake = page.getByRole('dialog', { name: 'New case' });
    await intake.getByLabel('Title').fill('Allegation reported at the night clinic');
    await intake.getByLabel('How it was reported').selectOption('hotline');
    await intake.getByLabel('Entity or mission').fill('MONUSCO');
    await intake.getByRole('button', { name: 'Open the case' }).click();
    await expect(intake).toHaveCount(0);
    const { items } = await call<{ items: { dateReceived: string }[] }>(vault, 'cases.list', {});
    expect(items.map((item) => item.dateReceived)).toEqual(['2026-03-10']);
    // Every time on screen reads on the mission's clock, its zone named: opened at 01:00 in Nairobi, where the
    // computer's clock says 22:00 the evening before.
    const overview = page.getByRole('tabpanel', { name: 'Overview' });
    await expect(overview).toContainText(/10 Mar 2026, 01:\d{2} \(Africa\/Nairobi\)/);
    await expect(overview).not.toContainText('9 Mar 2026');
  });
});
