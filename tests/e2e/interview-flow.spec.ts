import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test, VIEWPORT } from './fixtures.js';
import type { InterviewRecord } from '../../shared/contract/interviews.js';
import { todayIn } from '../clock.js';
import { accessibleControls } from './accessibility.js';
import { call } from './cases-fixtures.js';
import { openWithVault, unlockWithPassphrase } from './helpers.js';
import {
  addPerson,
  notesEditor,
  openCaseThroughIntake,
  openPerson,
  openSeededInterview,
  openTab,
  recordConsent,
  seedPlannedInterview,
  waitForSave,
} from './interview-steps.js';
import { screenshotsDir } from './paths.js';

const CASE_TITLE = 'Mission Bravo, report received in March';
/** The victim's name: it may be seen in her own identity panel, and nowhere else. */
const VICTIM_NAME = 'Amina Zéphyrine Kolingba';

test(
  'a 15-year-old victim: consent refused then given, conducted, signed, amended; ' +
    'her name stays in her identity panel',
  async ({ page, vault }, testInfo) => {
    test.setTimeout(180_000);
    const shots = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
    mkdirSync(shots, { recursive: true });
    // The screen of interest at the top of a 1280×800 window, as the user would see it.
    const shoot = async (name: string, top: Locator) => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      // No hover highlight left on the last button clicked.
      await page.mouse.move(VIEWPORT.width - 10, VIEWPORT.height - 10);
      await top.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(shots, `${name}.png`), animations: 'disabled', caret: 'hide' });
    };
    const nameIsNowhere = async () => expect(page.locator('body')).not.toContainText(VICTIM_NAME);

    await openWithVault(page, vault);
    await openCaseThroughIntake(page, CASE_TITLE);

    // 1. The victim, 15 at the report (incident date unknown), gets V-01; her name goes to the identity.
    const victim = await addPerson(page, {
      role: 'victim',
      selects: { Sex: 'female', 'Age band': 'minor' },
      fills: { Language: 'fr' },
      fullName: VICTIM_NAME,
      birthDay: '2011-01-10',
    });
    expect(victim).toBe('V-01');
    const detail = page.getByRole('article', { name: /^V-01/ });
    await expect(detail.getByText('Minor', { exact: true })).toBeVisible();
    await expect(detail).toContainText('Recorded: Full name and Date of birth. Hidden until revealed.');
    await nameIsNowhere();

    // The list shows the code, the minor and the sex; never the name.
    await page.getByRole('button', { name: 'Back to people' }).click();
    const people = page.getByRole('tabpanel', { name: 'People' });
    const row = people.getByRole('row', { name: /V-01/ });
    await expect(row).toContainText('Victim');
    await expect(row).toContainText('Minor (under 18)');
    await expect(row).toContainText('Female');
    await expect(row).toContainText('French (fr)');
    await expect(row).toContainText('Identity recorded');
    await nameIsNowhere();

    // 2. Her interview is planned with a do-no-harm assessment and a trained woman interviewer.
    const interviews = await openTab(page, 'Interviews');
    await interviews.getByRole('button', { name: 'Plan interview' }).click();
    const plan = page.getByRole('dialog', { name: 'Plan an interview' });
    // The case's first interviewee is chosen: the interviewee is searched by code, never listed whole.
    await expect(plan.getByRole('combobox', { name: 'Interviewee' })).toHaveValue('V-01 — Victim');
    const scheduled = plan.getByRole('group', { name: 'Scheduled for' });
    // Today on the browser's calendar (UTC), at 09:00.
    await scheduled.getByLabel('Day').fill(todayIn('UTC', vault.clock));
    await scheduled.getByLabel('Time', { exact: true }).fill('09:00');
    await plan.getByLabel('Type of place').selectOption('ngo_premises');
    const member = plan.getByRole('group', { name: 'Team member 1' });
    await member.getByLabel('Name').fill('Investigator Okafor');
    await member.getByLabel('Gender').selectOption('female');
    await member.getByRole('checkbox', { name: 'Trained in interviewing children' }).check();
    await plan.getByRole('checkbox', { name: 'Choice of interviewer gender offered' }).check();
    await plan.getByRole('checkbox', { name: 'Support person offered' }).check();
    await plan.getByLabel('Language of the interview').fill('sg');
    // Nothing is pre-ticked or pre-chosen: the investigator records the assessment made an hour ago.
    const withRisk = plan.getByRole('checkbox', { name: 'Record the do-no-harm risk assessment' });
    await expect(withRisk).not.toBeChecked();
    await withRisk.check();
    await expect(plan.getByLabel('Level of risk')).toHaveValue('');
    await expect(plan.getByLabel('Conclusion')).toHaveValue('');
    const assessedAt = new Date(vault.clock.now() - 60 * 60_000).toISOString();
    const assessed = plan.getByRole('group', { name: 'Assessed on' });
    await assessed.getByLabel('Day').fill(assessedAt.slice(0, 10));
    await assessed.getByLabel('Time', { exact: true }).fill(assessedAt.slice(11, 16));
    await plan.getByLabel('Level of risk').selectOption('medium');
    await plan
      .getByLabel('Risks identified')
      .fill('Being seen entering the premises; retaliation by the subject’s unit.');
    await plan.getByLabel('Measures taken').fill('Interview at the NGO office, after hours.');
    await plan.getByLabel('Conclusion').selectOption('yes');
    await plan.getByRole('button', { name: 'Plan the interview' }).click();
    await expect(plan).toHaveCount(0);

    const screen = page.getByRole('article', { name: /^Interview of V-01/ });
    await expect(screen.getByRole('heading', { level: 2 })).toContainText('Planned');
    await expect(screen).toContainText('Investigator Okafor — Woman, Lead interviewer');
    await nameIsNowhere();

    // 3. Rich-text notes, autosaved: a heading, bold and italic runs, a bulleted list.
    const editor = notesEditor(page);
    await editor.click();
    await page.getByRole('button', { name: 'Heading' }).click();
    await page.keyboard.type('Account');
    // Enter ends a heading: the next line is a paragraph again.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Heading' })).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.type('V-01 said the man was ');
    await page.keyboard.press('ControlOrMeta+B');
    await page.keyboard.type('in uniform');
    await page.keyboard.press('ControlOrMeta+B');
    await page.keyboard.type(' and ');
    await page.keyboard.press('ControlOrMeta+I');
    await page.keyboard.type('spoke French');
    await page.keyboard.press('ControlOrMeta+I');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('first meeting at the water point');
    await page.keyboard.press('Enter');
    await page.keyboard.type('food given twice');
    await waitForSave(page);
    await expect(editor.locator('h4')).toHaveText('Account');
    await expect(editor.locator('b')).toHaveText('in uniform');
    await expect(editor.locator('i')).toHaveText('spoke French');
    await expect(editor.locator('ul > li')).toHaveText(['first meeting at the water point', 'food given twice']);

    // 4. Marked conducted without any consent: refused, with the rule's own words.
    await screen.getByRole('button', { name: 'Mark conducted' }).click();
    await screen.getByRole('button', { name: 'Record as conducted' }).click();
    const refusal = screen.getByRole('alert');
    await expect(refusal).toContainText("Not allowed. The case file's principles refuse this step:");
    await expect(refusal).toContainText("R4: V-01 was interviewed without the guardian's consent recorded before it.");
    await expect(refusal).toContainText("R4: V-01 was interviewed without the child's own assent recorded before it.");
    await expect(screen.getByRole('heading', { level: 2 })).toContainText('Planned');
    expect(vault.calls).toContain('interviews.markConducted');
    await nameIsNowhere();

    // 5. The guardian is added and linked; the guardian consents and the child assents.
    const guardian = await addPerson(page, { role: 'guardian', selects: { 'Relationship to the child': 'parent' } });
    expect(guardian).toBe('G-01');
    await openPerson(page, 'V-01');
    await page.getByRole('button', { name: 'Edit profile' }).click();
    const profileForm = page.getByRole('form', { name: 'Edit profile' });
    await profileForm.getByRole('combobox', { name: 'Guardian', exact: true }).fill('G-01');
    await profileForm.getByRole('option', { name: 'G-01 — Parent' }).click();
    await page.getByRole('button', { name: 'Save the profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeAttached();
    await expect(page.getByText(/^V-01 is a minor\. Before an interview, both the guardian's consent/)).toBeVisible();
    await recordConsent(page, { by: 'The guardian (consent)', guardian: 'G-01' });
    await recordConsent(page, { by: 'The child (assent)' });
    const inForce = page.getByRole('table', { name: 'Consent in force for each purpose, for V-01' });
    const interviewRow = inForce.getByRole('row', { name: /^Interview/ });
    await expect(interviewRow.getByRole('cell')).toHaveText(['Given', 'Given']);
    const history = page.getByRole('table', { name: 'Every consent decision for V-01, oldest first' });
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history).toContainText('Guardian G-01');
    await expect(history).toContainText('The child (assent)');

    // The identity is shown only on request, with a reason, and hidden again.
    await page.getByRole('button', { name: 'Reveal identity' }).click();
    await page.getByLabel('Reason for revealing').fill('To arrange a safe contact with the guardian.');
    await page.getByRole('button', { name: 'Reveal', exact: true }).click();
    const identity = page.getByRole('region', { name: /^Identity/ });
    await expect(identity).toContainText(VICTIM_NAME);
    await expect(identity).toContainText('10 Jan 2011');
    await page.getByRole('button', { name: 'Hide identity' }).click();
    await nameIsNowhere();
    await shoot('person', page.getByRole('article', { name: /^V-01/ }));

    // 6. Now allowed: conducted, then signed; the notes become read-only version 1.
    await openTab(page, 'Interviews');
    await page.getByRole('button', { name: /^Open the interview of V-01/ }).click();
    await expect(notesEditor(page).locator('b')).toHaveText('in uniform');
    await screen.getByRole('button', { name: 'Mark conducted' }).click();
    await screen.getByRole('button', { name: 'Record as conducted' }).click();
    await expect(screen.getByRole('heading', { level: 2 })).toContainText('Conducted');
    await expect(screen.getByRole('alert')).toHaveCount(0);
    await notesEditor(page).click();
    await page.keyboard.press('ControlOrMeta+End');
    // Enter on an empty item leaves the list.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('She asked for the interview to stop at 11:40.');
    await expect(notesEditor(page).locator('p').last()).toHaveText('She asked for the interview to stop at 11:40.');
    await waitForSave(page);
    await nameIsNowhere();
    await shoot('interview', screen);

    await screen.getByRole('button', { name: 'Sign', exact: true }).click();
    await screen.getByRole('button', { name: 'Sign the record' }).click();
    await expect(screen.getByRole('heading', { level: 2 })).toContainText('Signed');
    await expect(notesEditor(page)).toHaveCount(0);
    await expect(screen.getByText(/^Version 1 — signed/)).toBeVisible();
    await expect(screen.getByRole('document', { name: /^Version 1/ })).toContainText(
      'She asked for the interview to stop at 11:40.',
    );
    await expect(screen.getByRole('document', { name: /^Version 1/ }).locator('b')).toHaveText('in uniform');

    // 7. An amendment needs a reason; both versions stay readable.
    await screen.getByRole('button', { name: 'Amend' }).click();
    await screen.getByRole('button', { name: 'Save the amendment' }).click();
    await expect(screen.getByText('Write the reason for the amendment.', { exact: true })).toBeVisible();
    const amendEditor = screen.getByRole('textbox', { name: 'Amended notes' });
    await amendEditor.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Correction read back to her: the second meeting was at the market.');
    await screen
      .getByLabel('Reason for the amendment')
      .fill('The interviewee corrected a place when the notes were read back.');
    await screen.getByRole('button', { name: 'Save the amendment' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Version 2 saved.' })).toBeVisible();
    const v2 = screen.getByRole('document', { name: /^Version 2 — amendment of/ });
    await expect(v2).toContainText('the second meeting was at the market');
    await expect(screen).toContainText('Reason: The interviewee corrected a place when the notes were read back.');
    await screen.getByText(/^Version 1 — signed/).click();
    const v1 = screen.getByRole('document', { name: /^Version 1 — signed/ });
    await expect(v1).toBeVisible();
    await expect(v1).toContainText('She asked for the interview to stop at 11:40.');
    await expect(v1).not.toContainText('the second meeting was at the market');
    await nameIsNowhere();

    // The list counts the versions.
    await page.getByRole('button', { name: 'Back to interviews' }).click();
    const interviewRowInList = page.getByRole('tabpanel', { name: 'Interviews' }).getByRole('row', { name: /V-01/ });
    await expect(interviewRowInList).toContainText('Signed');
    await expect(interviewRowInList.getByRole('cell').nth(3)).toHaveText('2');

    // 8. The checklist shows findings with their fixes; the audit lists every action.
    const checklist = await openTab(page, 'Checklist');
    await expect(checklist.getByRole('heading', { name: 'Principles checklist' })).toBeVisible();
    await expect(checklist).toContainText('V-01');
    await expect(checklist).toContainText('What to do:');
    await nameIsNowhere();

    const audit = await openTab(page, 'Audit');
    for (const action of [
      'Case opened',
      'Person added',
      'Person’s profile edited',
      'Identity revealed',
      'Consent decision recorded',
      'Interview planned',
      'Interview notes saved',
      'Interview marked conducted',
      'Interview signed',
      'Interview amended',
    ]) {
      await expect(audit.getByRole('cell', { name: new RegExp(`^${action}`) }).first()).toBeVisible();
    }
    await nameIsNowhere();

    // 9. The case list shows the victim by code only.
    await page.getByRole('button', { name: '← All cases' }).click();
    const caseRow = page.getByRole('row', { name: new RegExp(CASE_TITLE) });
    await expect(caseRow).toContainText('V-01');
    await nameIsNowhere();
  },
);

test('notes typed just before Lock are saved, and come back after unlocking', async ({ page, vault }) => {
  const title = 'Mission Charlie, notes and lock';
  await openWithVault(page, vault);
  const { interviewId } = await seedPlannedInterview(vault, title);
  await openSeededInterview(page, title);

  await notesEditor(page).click();
  await page.keyboard.type('W-01 saw the vehicle at dusk.');
  // No pause for the autosave: the lock comes at once.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unlock your vault' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('W-01 saw the vehicle');

  await unlockWithPassphrase(page);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible({ timeout: 30_000 });
  const stored = await call<InterviewRecord>(vault, 'interviews.get', { interviewId });
  expect(stored.notes).toEqual({ blocks: [{ kind: 'paragraph', runs: [{ text: 'W-01 saw the vehicle at dusk.' }] }] });
  await openSeededInterview(page, title);
  await expect(notesEditor(page)).toHaveText('W-01 saw the vehicle at dusk.');
});

test('a save from another window is never overwritten: the editor stops and says so', async ({ page, vault }) => {
  const title = 'Mission Delta, two windows';
  await openWithVault(page, vault);
  const { interviewId } = await seedPlannedInterview(vault, title);
  await openSeededInterview(page, title);

  await notesEditor(page).click();
  await page.keyboard.type('First draft.');
  await waitForSave(page);

  // Another window saves on top of the revision this one last saw.
  const current = await call<InterviewRecord>(vault, 'interviews.get', { interviewId });
  const elsewhere = { blocks: [{ kind: 'paragraph' as const, runs: [{ text: 'Written in the other window.' }] }] };
  await call(vault, 'interviews.saveNotes', { interviewId, notes: elsewhere, baseRevision: current.notesRevision });

  await notesEditor(page).click();
  await page.keyboard.type(' More.');
  const conflict = page.getByRole('alert');
  await expect(conflict).toContainText('These notes were changed in another window since you opened them');
  expect((await call<InterviewRecord>(vault, 'interviews.get', { interviewId })).notes).toEqual(elsewhere);

  await conflict.getByRole('button', { name: 'Reload the saved notes' }).click();
  await expect(notesEditor(page)).toHaveText('Written in the other window.');
  await notesEditor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Then more.');
  await waitForSave(page);
  expect((await call<InterviewRecord>(vault, 'interviews.get', { interviewId })).notes).toEqual({
    blocks: [{ kind: 'paragraph', runs: [{ text: 'Written in the other window. Then more.' }] }],
  });
});

test('pasted content enters the notes as plain text only; every control is named', async ({ page, vault }) => {
  const title = 'Mission Echo, pasted text';
  await openWithVault(page, vault);
  const { interviewId } = await seedPlannedInterview(vault, title);
  const screen = await openSeededInterview(page, title);

  await notesEditor(page).click();
  await notesEditor(page).evaluate((editor) => {
    const data = new DataTransfer();
    data.setData('text/html', '<img src="x" id="pasted-image"><a href="https://example.org">a link</a><b>bold</b>');
    data.setData('text/plain', 'a link bold');
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(notesEditor(page)).toHaveText('a link bold');
  await expect(notesEditor(page).locator('img, a, b')).toHaveCount(0);
  await waitForSave(page);
  expect((await call<InterviewRecord>(vault, 'interviews.get', { interviewId })).notes).toEqual({
    blocks: [{ kind: 'paragraph', runs: [{ text: 'a link bold' }] }],
  });

  await screen.getByRole('button', { name: 'Mark conducted' }).click();
  expect((await accessibleControls(page)).unnamed).toEqual([]);
  await screen.getByRole('button', { name: 'Edit arrangements' }).click();
  await expect(page.getByRole('dialog', { name: 'Arrangements of the interview of W-01' })).toBeVisible();
  expect((await accessibleControls(page)).unnamed).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Back to interviews' }).click();
  await openTab(page, 'People');
  await page.getByRole('button', { name: 'Open W-01' }).click();
  await page.getByRole('button', { name: 'Record a decision' }).click();
  await page.getByRole('button', { name: 'Edit profile' }).click();
  expect((await accessibleControls(page)).unnamed).toEqual([]);
});
