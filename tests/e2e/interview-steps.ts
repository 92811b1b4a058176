import { expect, type Locator, type Page } from '@playwright/test';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import type { VaultHarness } from './fixtures.js';

/** Steps of the people and interview screens, driven through accessible names only. */

function caseTab(page: Page, name: 'Overview' | 'People' | 'Interviews' | 'Checklist' | 'Audit'): Locator {
  return page.getByRole('tab', { name, exact: true });
}

export async function openTab(
  page: Page,
  name: 'Overview' | 'People' | 'Interviews' | 'Checklist' | 'Audit',
): Promise<Locator> {
  await caseTab(page, name).click();
  return page.getByRole('tabpanel', { name });
}

/** Opens the case through the intake form with the fields it requires, and waits for its view. */
export async function openCaseThroughIntake(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New case' }).click();
  const dialog = page.getByRole('dialog', { name: 'New case' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Date received').fill('2026-03-02');
  await dialog.getByLabel('How it was reported').selectOption('hotline');
  await dialog.getByLabel('Entity or mission').fill('MINUSCA');
  await dialog.getByRole('button', { name: 'Open the case' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

export interface NewPerson {
  role: 'victim' | 'guardian' | 'witness' | 'subject' | 'interpreter' | 'support_person' | 'reporter';
  /** Selects by label, after the role is chosen. */
  selects?: Record<string, string>;
  /** Text inputs by label. */
  fills?: Record<string, string>;
  fullName?: string;
  birthDay?: string;
}

/** Adds a person from the People tab and returns the code the core gave, read off the detail page. */
export async function addPerson(page: Page, person: NewPerson): Promise<string> {
  const panel = await openTab(page, 'People');
  const back = panel.getByRole('button', { name: 'Back to people' });
  if (await back.isVisible()) await back.click();
  await panel.getByRole('button', { name: 'Add person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Role', { exact: true }).selectOption(person.role);
  for (const [label, value] of Object.entries(person.selects ?? {}))
    await dialog.getByLabel(label, { exact: true }).selectOption(value);
  for (const [label, value] of Object.entries(person.fills ?? {}))
    await dialog.getByLabel(label, { exact: true }).fill(value);
  if (person.fullName !== undefined || person.birthDay !== undefined) {
    await dialog.getByRole('checkbox', { name: "Record this person's identity now" }).check();
    if (person.fullName !== undefined) await dialog.getByLabel('Full name').fill(person.fullName);
    if (person.birthDay !== undefined) {
      await dialog.getByLabel('Date of birth known to').selectOption('day');
      await dialog.getByRole('textbox', { name: 'Date of birth', exact: true }).fill(person.birthDay);
    }
  }
  await dialog.getByRole('button', { name: 'Add the person' }).click();
  await expect(dialog).toHaveCount(0);
  const added = page.getByRole('status').filter({ hasText: /^Added as [A-Z]-\d{2}\. This code never changes\.$/ });
  await expect(added).toBeVisible();
  const code = /Added as ([A-Z]-\d{2})/.exec(await added.innerText())?.[1];
  if (!code) throw new Error('no code shown after adding a person');
  return code;
}

/** From the People tab, opens one person's detail by code. */
export async function openPerson(page: Page, code: string): Promise<void> {
  const panel = await openTab(page, 'People');
  // The tab keeps the person last opened: go back to the list first. Either shows once the tab has
  // loaded (the list a page at a time, the person's detail with its own reads): wait for one of them,
  // never decide on a panel still loading.
  const back = panel.getByRole('button', { name: 'Back to people' });
  const open = panel.getByRole('button', { name: `Open ${code}`, exact: true });
  await expect(back.or(open).first()).toBeVisible();
  if (await back.isVisible()) await back.click();
  await open.click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${code}`) })).toBeVisible();
}

export interface ConsentDecisionStep {
  by: 'The guardian (consent)' | 'The child (assent)' | 'The person themself';
  guardian?: string;
  purpose?: string;
  decision?: 'given' | 'refused' | 'withdrawn';
}

/** Records a consent decision from the open person's detail page. */
export async function recordConsent(page: Page, step: ConsentDecisionStep): Promise<void> {
  await page.getByRole('button', { name: 'Record a decision' }).click();
  const form = page.getByRole('form', { name: /^Record a consent decision for/ });
  await form.getByLabel('Purpose', { exact: true }).selectOption(step.purpose ?? 'interview');
  await form.getByLabel('Decision', { exact: true }).selectOption(step.decision ?? 'given');
  await form.getByLabel('Decided by').selectOption({ label: step.by });
  // The guardian is searched by code, unless the form opened with them chosen (the child's own).
  const guardian = form.getByRole('combobox', { name: 'Guardian', exact: true });
  if (step.guardian && (await guardian.inputValue()) !== step.guardian) {
    await guardian.fill(step.guardian);
    await form.getByRole('listbox', { name: 'Guardian' }).getByRole('option', { name: step.guardian }).click();
  }
  await form.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Recorded: / })).toBeVisible();
}

/** The open interview screen's notes editor. */
export function notesEditor(page: Page): Locator {
  return page.getByRole('textbox', { name: /^Interview notes of / });
}

export async function waitForSave(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved at / })).toBeVisible({ timeout: 10_000 });
}

/** How a test's interview is arranged when only its being planned matters (give it a `scheduledAt` to date it). */
export const PLAIN_ARRANGEMENTS = {
  place: { type: 'un_office', private: true },
  team: [{ name: 'Investigator Diallo', gender: 'male', role: 'lead', trainedInChildInterviewing: false }],
  genderPreference: { offered: true },
  supportPerson: { offered: true, present: false },
  language: 'fr',
  recorded: false,
} as const;

/**
 * A case with an adult witness and her planned interview (at `scheduledAt` when given), made through the
 * router: the state some tests start from.
 */
export async function seedPlannedInterview(
  vault: VaultHarness,
  title: string,
  scheduledAt?: string,
): Promise<{ caseId: string; interviewId: string }> {
  const { id: caseId } = await createCase(vault, { title });
  const witness = await call<{ id: string }>(vault, 'people.add', {
    caseId,
    profile: { role: 'witness', sex: 'female', ageBand: 'adult', language: 'fr', confidentiality: 'confidential' },
  });
  const interview = await call<{ id: string }>(vault, 'interviews.plan', {
    caseId,
    personId: witness.id,
    arrangements: { ...PLAIN_ARRANGEMENTS, ...(scheduledAt === undefined ? {} : { scheduledAt }) },
  });
  return { caseId, interviewId: interview.id };
}

/** From the case list, opens the case's only interview. */
export async function openSeededInterview(page: Page, title: string): Promise<Locator> {
  await openCaseFromList(page, title);
  const panel = await openTab(page, 'Interviews');
  await panel.getByRole('button', { name: /^Open the interview of W-01/ }).click();
  const screen = page.getByRole('article', { name: /^Interview of W-01/ });
  await expect(notesEditor(page)).toBeVisible();
  return screen;
}
