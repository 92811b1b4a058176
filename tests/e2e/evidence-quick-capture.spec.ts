import { hoursAgo, todayIn, type TestClock } from '../clock.js';
import { createCase, openCaseFromList } from './cases-fixtures.js';
import { openEvidenceTab } from './evidence-steps.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';

const CASE_TITLE = 'MINUSCA — rape reported within hours at a clinic';

/** `YYYY-MM-DDTHH:mm` in UTC, `minutesAgo` before the test clock's now: an incident time as the intake records it. */
function utcWallTime(clock: TestClock, minutesAgo: number): string {
  return hoursAgo(minutesAgo / 60, clock).slice(0, 16);
}

test(
  'Ctrl+Shift+E from any screen logs a biological item in a few keystrokes and ' + 'shows its 72-hour countdowns',
  async ({ page, vault }) => {
    test.setTimeout(90_000);
    // The page's clock (installed by the fixture) runs in real time but can be moved ahead, to see the countdowns move.
    await openWithVault(page, vault);
    // Reported the same day: the incident was 20 minutes ago, so the 72-hour windows are open.
    await createCase(vault, {
      title: CASE_TITLE,
      dateReceived: todayIn('UTC', vault.clock),
      incidentDates: [{ precision: 'exact', from: utcWallTime(vault.clock, 20), timeZone: 'UTC' }],
    });
    const other = await createCase(vault, { title: 'UNMISS — exploitative relationship alleged' });
    await openCaseFromList(page, CASE_TITLE);
    const tab = await openEvidenceTab(page);

    // From inside another field, the shortcut still opens the form, starting in the description.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Cases' }).focus();
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Quick capture' });
    await expect(dialog).toBeVisible();
    const description = dialog.getByRole('textbox', { name: 'Short description', exact: true });
    await expect(description).toBeFocused();
    const caseChoice = dialog.getByRole('combobox', { name: 'Case', exact: true });
    await expect(caseChoice).toHaveValue(new RegExp(CASE_TITLE));

    // The type is one Shift+Tab back; the description is typed and Enter saves.
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('combobox', { name: 'Type', exact: true })).toBeFocused();
    await dialog.getByRole('combobox', { name: 'Type', exact: true }).selectOption('biological');
    await description.focus();
    await page.keyboard.type('Swabs taken at the clinic, V-01');
    await page.keyboard.press('Enter');

    await expect(dialog.getByRole('status').filter({ hasText: /^E-0001 logged in CF-\d{4}-\d{4}\.$/ })).toBeVisible();
    const countdowns = dialog.getByRole('listitem');
    await expect(countdowns.first()).toBeVisible();
    // Started 20 minutes ago: 71 h 40 min left, give or take the minute the test takes.
    const forensic = countdowns.filter({ hasText: /^Forensic/ });
    await expect(forensic).toHaveCount(1);
    await expect(forensic).toContainText(/: 71 h (3\d|4\d) min left/);
    // The 120-hour window is past the 72 hours counted in hours: it reads in days.
    await expect(countdowns.filter({ hasText: /: 4 d 23 h left/ })).toHaveCount(1);

    // The countdown is live: two minutes on, it reads two minutes less, with nothing asked of the core.
    const minutesLeft = async () => Number(/71 h (\d+) min/.exec((await forensic.textContent()) ?? '')?.[1]);
    const before = await minutesLeft();
    await page.clock.fastForward('02:00');
    await expect.poll(minutesLeft).toBeLessThanOrEqual(before - 2);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
    // The open case's log shows the item at once.
    const row = tab.getByRole('row', { name: /^Open E-0001 / });
    await expect(row).toContainText('Biological');
    await expect(row).toContainText('Swabs taken at the clinic, V-01');
    await expect(row).toContainText('Evidentiary original');
    await expect(row).toContainText('Collected');

    // Another case is searched for among all of them by words of its title: Enter takes the match.
    await page.keyboard.press('Control+Shift+E');
    await expect(description).toBeFocused();
    await caseChoice.fill('exploitative');
    await expect(dialog.getByRole('listbox', { name: 'Case' }).getByRole('option')).toHaveText([
      `${other.reference} — UNMISS — exploitative relationship alleged`,
    ]);
    await page.keyboard.press('Enter');
    await expect(caseChoice).toHaveValue(new RegExp(`^${other.reference} — UNMISS`));
    await description.fill('Phone handed over by the witness');
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status').filter({ hasText: `E-0001 logged in ${other.reference}.` })).toBeVisible();
  },
);

test('what is typed in the case box is kept on a machine too slow to run its timers on time', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  await createCase(vault, { title: 'MINUSCA — allegation reported by a nurse' });
  const other = await createCase(vault, { title: 'UNMISS — exploitative relationship alleged' });
  // A laptop under load: the page's timers wait until the test lets them run, the core still answers.
  await page.clock.pauseAt(vault.clock.now() + 1_000);

  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: 'Quick capture' });
  // The form starts in the description at once, without waiting on a timer.
  await expect(dialog.getByRole('textbox', { name: 'Short description', exact: true })).toBeFocused();
  const caseChoice = dialog.getByRole('combobox', { name: 'Case', exact: true });
  await caseChoice.fill('exploitative');
  const options = dialog.getByRole('listbox', { name: 'Case' }).getByRole('option');
  await expect(options).toHaveText([`${other.reference} — UNMISS — exploitative relationship alleged`]);

  // The late timers run: the text typed and the matches it found stay where they are.
  await page.clock.runFor(1_000);
  await expect(caseChoice).toBeFocused();
  await expect(caseChoice).toHaveValue('exploitative');
  await expect(options).toHaveText([`${other.reference} — UNMISS — exploitative relationship alleged`]);
  await page.keyboard.press('Enter');
  await expect(caseChoice).toHaveValue(new RegExp(`^${other.reference} — UNMISS`));
  await page.clock.resume();
});
