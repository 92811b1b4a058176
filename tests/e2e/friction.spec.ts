import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { PersonSummary } from '../../shared/contract/people.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { logItem, openEvidenceTab, openItem } from './evidence-steps.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { openTab } from './interview-steps.js';
import { repoRoot } from './paths.js';

/**
 * Simple things take a few actions (issue 8, item 8): a child's guardian is added from the consent
 * form, a refusal opens the form that fixes it, the next person is added without going back, an
 * interview is planned without a pre-ticked assessment turning into an error, the cases list shows
 * each case's most urgent deadline, and a closed case's evidence tells what became of its clocks.
 */

const HOUR = 3_600_000;
const utcMinute = (ms: number): string => new Date(ms).toISOString().slice(0, 16);
const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const exactUtc = (ms: number) => ({ precision: 'exact' as const, from: utcMinute(ms), timeZone: 'UTC' });

/** The changed screens, for a person to look at (`.tmp/forms/`). */
const shotsDir = join(repoRoot, '.tmp', 'forms');
async function shoot(page: Page, name: string, top?: Locator, block: ScrollLogicalPosition = 'start'): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  if (top) await top.evaluate((element, where) => element.scrollIntoView({ block: where }), block);
  await page.screenshot({ path: join(shotsDir, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

/** Presses a button with the keyboard, as someone who does not use a mouse would. */
async function press(button: Locator): Promise<void> {
  await button.focus();
  await button.press('Enter');
}

/** A case with a 15-year-old victim, V-01, and her interview planned after a do-no-harm assessment. */
async function childVictimWithInterview(page: Page, vault: Parameters<typeof createCase>[0]) {
  const now = vault.clock.now();
  const theCase = await createCase(vault, {
    title: 'Girl of 15, reported by a teacher',
    dateReceived: utcDay(now - 2 * HOUR),
  });
  const victim = await call<PersonSummary>(vault, 'people.add', {
    caseId: theCase.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'minor', language: 'fr', confidentiality: 'confidential' },
  });
  await call(vault, 'interviews.plan', {
    caseId: theCase.id,
    personId: victim.id,
    arrangements: {
      timeZone: 'UTC',
      place: { type: 'ngo_premises', private: true },
      team: [{ name: 'Investigator Okafor', gender: 'female', role: 'lead', trainedInChildInterviewing: true }],
      genderPreference: { offered: true },
      supportPerson: { offered: true, present: true },
      language: 'fr',
      recorded: false,
      riskAssessment: {
        assessedAt: new Date(now - HOUR).toISOString(),
        level: 'medium',
        risks: 'Being seen at the office.',
        mitigations: '',
        proceed: true,
      },
    },
  });
  await openCaseFromList(page, 'Girl of 15, reported by a teacher');
  return { theCase, victim };
}

async function markConducted(page: Page): Promise<Locator> {
  const interviews = await openTab(page, 'Interviews');
  await interviews.getByRole('button', { name: /^Open the interview of V-01/ }).click();
  const screen = page.getByRole('article', { name: /^Interview of V-01/ });
  await screen.getByRole('button', { name: 'Mark conducted' }).click();
  await screen.getByRole('button', { name: 'Record as conducted' }).click();
  return screen;
}

test("a refused interview links to the consent form; the child's guardian is added from there and chosen", async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const { theCase, victim } = await childVictimWithInterview(page, vault);

  // 1. Refused: each missing decision has its own link.
  let screen = await markConducted(page);
  const fixes = screen.getByRole('list', { name: 'Forms that fix this' });
  await expect(fixes.getByRole('button')).toHaveText([
    'Record the guardian’s consent for V-01',
    'Record V-01’s assent',
  ]);
  await shoot(page, 'refusal-with-fixes', screen.getByRole('alert'), 'center');

  // 2. The link opens V-01's consents with the form ready for the guardian's consent to the interview.
  await press(fixes.getByRole('button', { name: 'Record the guardian’s consent for V-01' }));
  await expect(page.getByRole('tab', { name: 'People', exact: true })).toHaveAttribute('aria-selected', 'true');
  const form = page.getByRole('form', { name: 'Record a consent decision for V-01' });
  await expect(form.getByLabel('Purpose', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Purpose', { exact: true })).toHaveValue('interview');
  await expect(form.getByLabel('Decided by')).toHaveValue('guardian');
  const guardianChoice = form.getByRole('combobox', { name: 'Guardian', exact: true });
  await expect(guardianChoice).toHaveAccessibleDescription('No guardian is recorded in this case yet: add one here.');
  await shoot(page, 'consent-form-no-guardian', form);

  // 3. No guardian yet: added from the form itself, then chosen in it.
  await press(form.getByRole('button', { name: 'Add guardian' }));
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await expect(dialog.getByLabel('Role', { exact: true })).toHaveValue('guardian');
  await dialog.getByLabel('Relationship to the child', { exact: true }).selectOption('parent');
  await shoot(page, 'add-guardian-dialog');
  await press(dialog.getByRole('button', { name: 'Add the person' }));
  await expect(dialog).toHaveCount(0);
  await expect(guardianChoice).toHaveValue('G-01');
  await shoot(page, 'consent-form-guardian-added', form);
  await press(form.getByRole('button', { name: 'Record the decision' }));
  await expect(page.getByRole('status').filter({ hasText: /^Recorded: / })).toBeVisible();

  // The guardian is on record as V-01's guardian (R4), and gave the consent.
  const people = await call<{ items: PersonSummary[] }>(vault, 'people.list', { caseId: theCase.id });
  const guardian = people.items.find((person) => person.code === 'G-01');
  const child = people.items.find((person) => person.id === victim.id);
  expect(child?.profile.role === 'victim' && child.profile.guardianPersonId).toBe(guardian?.id);
  const consents = await call<{
    items: { by: string; guardianPersonId?: string; purpose: string; decision: string }[];
  }>(vault, 'consents.list', {
    caseId: theCase.id,
    personId: victim.id,
  });
  expect(consents.items).toEqual([
    expect.objectContaining({
      purpose: 'interview',
      decision: 'given',
      by: 'guardian',
      guardianPersonId: guardian?.id,
    }),
  ]);

  // 4. Still refused for the assent alone; its link records it as the child's.
  screen = await markConducted(page);
  await expect(screen.getByRole('list', { name: 'Forms that fix this' }).getByRole('button')).toHaveText([
    'Record V-01’s assent',
  ]);
  await press(screen.getByRole('button', { name: 'Record V-01’s assent' }));
  await expect(form.getByLabel('Decided by')).toHaveValue('self');
  await expect(form.getByLabel('Decided by').locator('option:checked')).toHaveText('The child (assent)');
  await press(form.getByRole('button', { name: 'Record the decision' }));
  await expect(page.getByRole('status').filter({ hasText: /^Recorded: / })).toBeVisible();

  screen = await markConducted(page);
  await expect(screen.getByRole('heading', { level: 2 })).toContainText('Conducted');
  await expect(screen.getByRole('alert')).toHaveCount(0);
});

test('after adding a person, the next one is added from the person shown, without going back', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  await createCase(vault, { title: 'Several people to record', dateReceived: utcDay(vault.clock.now()) });
  await openCaseFromList(page, 'Several people to record');
  const panel = await openTab(page, 'People');

  await press(panel.getByRole('button', { name: 'Add person' }));
  let dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Role', { exact: true }).selectOption('witness');
  await press(dialog.getByRole('button', { name: 'Add the person' }));
  await expect(page.getByRole('status').filter({ hasText: 'Added as W-01. This code never changes.' })).toBeVisible();
  await shoot(page, 'person-added-toolbar');

  // The detail of W-01 is shown; "Add person" is right there.
  await press(page.getByRole('article', { name: /^W-01/ }).getByRole('button', { name: 'Add person' }));
  dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Role', { exact: true }).selectOption('witness');
  await press(dialog.getByRole('button', { name: 'Add the person' }));
  await expect(page.getByRole('status').filter({ hasText: 'Added as W-02. This code never changes.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^W-02/ })).toBeVisible();
  expect(vault.calls.filter((name) => name === 'people.add')).toHaveLength(2);
});

test('an interview is planned as the form opens: no do-no-harm assessment is pre-ticked into an error', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const theCase = await createCase(vault, { title: 'A witness to hear', dateReceived: utcDay(vault.clock.now()) });
  await call(vault, 'people.add', {
    caseId: theCase.id,
    profile: { role: 'witness', sex: 'male', ageBand: 'adult', language: 'fr', confidentiality: 'confidential' },
  });
  await openCaseFromList(page, 'A witness to hear');
  const interviews = await openTab(page, 'Interviews');
  await press(interviews.getByRole('button', { name: 'Plan interview' }));
  const plan = page.getByRole('dialog', { name: 'Plan an interview' });
  await expect(plan.getByRole('checkbox', { name: 'Record the do-no-harm risk assessment' })).not.toBeChecked();
  await press(plan.getByRole('button', { name: 'Plan the interview' }));
  await expect(plan).toHaveCount(0);
  const { items } = await call<{ items: { riskAssessment?: unknown }[] }>(vault, 'interviews.list', {
    caseId: theCase.id,
  });
  expect(items).toHaveLength(1);
  expect(items[0]?.riskAssessment).toBeUndefined();

  // Ticked, it asks for what was assessed; nothing is chosen in its place.
  await page
    .getByRole('article', { name: /^Interview of W-01/ })
    .getByRole('button', { name: 'Edit arrangements' })
    .click();
  const edit = page.getByRole('dialog', { name: /^Arrangements of the interview of W-01/ });
  await edit.getByRole('checkbox', { name: 'Record the do-no-harm risk assessment' }).check();
  await press(edit.getByRole('button', { name: 'Save the arrangements' }));
  await expect(edit.getByLabel('Level of risk')).toHaveAccessibleDescription(/Choose the level of risk you assessed\./);
  await expect(edit.getByLabel('Conclusion')).toHaveAccessibleDescription(/Choose what the assessment concluded\./);
  await expect(edit.getByRole('group', { name: 'Assessed on' }).getByLabel('Day')).toHaveAccessibleDescription(
    /Enter the day and time the risks were assessed\./,
  );
  await shoot(page, 'do-no-harm-ticked', edit.getByRole('group', { name: 'Do no harm' }));
});

test("the cases list shows each case's most urgent open deadline with its urgency; a closed case shows none", async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const now = vault.clock.now();
  await createCase(vault, {
    title: 'Incident four days ago',
    dateReceived: utcDay(now - 80 * HOUR),
    incidentDates: [exactUtc(now - 80 * HOUR)],
  });
  await createCase(vault, {
    title: 'Incident last night',
    dateReceived: utcDay(now - 5 * HOUR),
    incidentDates: [exactUtc(now - 5 * HOUR)],
  });
  const closed = await createCase(vault, {
    title: 'Closed after the victim declined',
    dateReceived: utcDay(now - 5 * HOUR),
    incidentDates: [exactUtc(now - 5 * HOUR)],
  });
  await call(vault, 'cases.changeStatus', {
    caseId: closed.id,
    to: 'closed_other',
    reason: 'The victim declined to take part.',
    closureGround: 'victim_declined_to_participate',
  });

  await page.reload();
  const table = page.getByRole('table');
  const deadline = (title: string) => table.getByRole('row').filter({ hasText: title }).locator('.cell-deadline');
  await expect(deadline('Incident four days ago')).toHaveText(
    /^Next deadline:(Forensic exam|HIV PEP)overdue by 8 h \d+ minOverdue$/,
  );
  await expect(deadline('Incident four days ago').locator('.benchmark-overdue')).toBeVisible();
  await expect(deadline('Incident last night')).toHaveText(
    /^Next deadline:(Forensic exam|HIV PEP)6[67] h \d+ min left$/,
  );
  await expect(deadline('Closed after the victim declined')).toHaveCount(0);
  await expect(table.getByRole('row').filter({ hasText: 'Closed after the victim declined' })).not.toContainText(
    / left|overdue/,
  );
  await shoot(page, 'cases-list-next-deadline');
});

test('a closed case’s overview and evidence tell what became of each deadline, and count nothing down', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const now = vault.clock.now();
  const theCase = await createCase(vault, {
    title: 'Closed with a sample logged',
    dateReceived: utcDay(now - 10 * HOUR),
    incidentDates: [exactUtc(now - 10 * HOUR)],
  });
  await logItem(vault, {
    caseId: theCase.id,
    type: 'biological',
    description: 'Swab taken at the clinic',
    collectedAt: new Date(now - 8 * HOUR).toISOString(),
  });
  const { items } = await call<{ items: { id: string; clockId: string }[] }>(vault, 'deadlines.list', {
    caseId: theCase.id,
  });
  const pep = items.find((item) => item.clockId === 'hiv_pep');
  await call(vault, 'deadlines.close', {
    deadlineId: pep?.id,
    action: 'PEP started at the clinic',
    at: new Date(now - 7 * HOUR).toISOString(),
  });
  await call(vault, 'cases.changeStatus', {
    caseId: theCase.id,
    to: 'closed_other',
    reason: 'The victim declined to take part.',
    closureGround: 'victim_declined_to_participate',
  });

  await openCaseFromList(page, 'Closed with a sample logged');
  await expect(page.getByRole('list', { name: 'Case benchmarks' })).toHaveCount(0);
  // The overview tells the same outcomes, with no table of countdowns.
  const overview = page.getByRole('region', { name: 'Milestones and deadlines' });
  await expect(overview.getByRole('listitem').filter({ hasText: 'HIV post-exposure prophylaxis' })).toContainText(
    'Action taken: PEP started at the clinic',
  );
  await expect(overview.getByRole('listitem').filter({ hasText: 'Forensic medical examination' })).toContainText(
    'stopped when the case was closed',
  );
  await expect(overview.getByRole('table')).toHaveCount(0);
  await expect(overview).not.toContainText(/ left|overdue/);
  await openEvidenceTab(page);
  const detail = await openItem(page, 'E-0001');
  const deadlines = detail.getByRole('region', { name: 'Deadlines' });
  await expect(deadlines.getByRole('listitem').filter({ hasText: 'HIV post-exposure prophylaxis' })).toContainText(
    /HIV post-exposure prophylaxis: done on \d+ \w+ \d{4}, \d{2}:\d{2}/,
  );
  await expect(deadlines.getByRole('listitem').filter({ hasText: 'HIV post-exposure prophylaxis' })).toContainText(
    'Action taken: PEP started at the clinic',
  );
  await expect(deadlines.getByRole('listitem').filter({ hasText: 'Forensic medical examination' })).toContainText(
    /Forensic medical examination: stopped when the case was closed on \d+ \w+ \d{4}, \d{2}:\d{2}, before it fell due/,
  );
  await expect(deadlines).not.toContainText(/ left|overdue/);
  await shoot(page, 'closed-case-evidence-deadlines', deadlines);

  // Days later nothing has started counting: the outcomes stay as they were.
  await page.clock.fastForward(100 * HOUR);
  await expect(deadlines).not.toContainText(/ left|overdue/);
  await expect(deadlines.getByRole('listitem').filter({ hasText: 'Forensic medical examination' })).toContainText(
    'stopped when the case was closed',
  );
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(overview).toContainText('stopped when the case was closed');
  await expect(overview).not.toContainText(/ left|overdue/);
});
