import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { TFunction } from 'i18next';
import type { CaseTab } from '../../renderer/case/case-tabs.js';
import { call, createCase } from './cases-fixtures.js';
import type { UiLanguage } from './catalogue.js';
import type { VaultHarness } from './fixtures.js';
import { PASSPHRASE } from './helpers.js';

/**
 * Every main screen of the app, reached as a user reaches it (names from the renderer's own
 * catalogue, so the same walk runs in English and French), with `check` called on each. The
 * vault holds a small realistic case file, seeded through the router with fixed past instants.
 */

/** Called on each screen once it is drawn; `minimum` is how many named controls it must at least offer. */
export type ScreenCheck = (screen: string, minimum: number) => Promise<void>;

const CASE_OPEN = 'Mission Alpha — transactional sex alleged at a distribution site';
const CASE_CLOSED = 'Mission Bravo — exploitative relationship, closed';

const DAY = 86_400_000;

/**
 * Instants days before the test clock's now (whole minutes, UTC), so the case file reads the same
 * whatever CASEFILE_TEST_NOW or TZ the run has: days apart, no rule about "today" is ever close.
 */
function daysBefore(
  vault: VaultHarness,
  days: number,
): { instant: string; minute: string; day: string; month: string } {
  const instant = new Date(Math.floor((vault.clock.now() - days * DAY) / 60_000) * 60_000).toISOString();
  return { instant, minute: instant.slice(0, 16), day: instant.slice(0, 10), month: instant.slice(0, 7) };
}

/**
 * The open case, closed case, people, consent, interview with notes, evidence with a file and custody, an event and a
 * letter.
 */
async function seedCaseFile(vault: VaultHarness): Promise<void> {
  const open = await createCase(vault, {
    title: CASE_OPEN,
    dateReceived: daysBefore(vault, 10).day,
    incidentDates: [{ precision: 'exact', from: daysBefore(vault, 12).minute, timeZone: 'UTC' }],
    category: 'SE',
    subtype: 'transactional_sex',
    allegedExchange: ['goods'],
    urgent: true,
  });
  await call(vault, 'cases.changeStatus', {
    caseId: open.id,
    to: 'under_investigation',
    reason: 'Credible allegation.',
  });
  const guardian = await call<{ id: string }>(vault, 'people.add', {
    caseId: open.id,
    profile: { role: 'guardian', relationship: 'parent', language: 'fr' },
  });
  const victim = await call<{ id: string }>(vault, 'people.add', {
    caseId: open.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'minor', language: 'fr', guardianPersonId: guardian.id },
    identity: { fullName: 'Victim Fullname', confidentiality: 'strictly_confidential' },
  });
  await call(vault, 'consents.record', {
    personId: victim.id,
    purpose: 'interview',
    decision: 'given',
    decidedAt: daysBefore(vault, 9).instant,
    by: 'guardian',
    guardianPersonId: guardian.id,
  });
  const witness = await call<{ id: string }>(vault, 'people.add', {
    caseId: open.id,
    profile: { role: 'witness', sex: 'male', ageBand: 'adult', language: 'sg' },
  });
  await call(vault, 'people.add', {
    caseId: open.id,
    profile: {
      role: 'subject',
      personnelCategory: 'military_mc',
      nationality: 'FRA',
      unitOrContingent: 'Contingent 3',
    },
  });
  const interview = await call<{ id: string }>(vault, 'interviews.plan', {
    caseId: open.id,
    personId: witness.id,
    arrangements: {
      scheduledAt: daysBefore(vault, 8).instant,
      timeZone: 'UTC',
      place: { type: 'un_office', private: true },
      team: [{ name: 'Investigator Diallo', gender: 'male', role: 'lead', trainedInChildInterviewing: false }],
      genderPreference: { offered: true },
      supportPerson: { offered: true, present: false },
      language: 'sg',
      recorded: false,
    },
  });
  await call(vault, 'interviews.saveNotes', {
    interviewId: interview.id,
    baseRevision: 0,
    notes: {
      blocks: [
        { kind: 'heading', runs: [{ text: 'Account' }] },
        {
          kind: 'paragraph',
          runs: [{ text: 'W-01 saw V-01 near the site ' }, { text: 'after dark', bold: true }, { text: '.' }],
        },
        { kind: 'bullet', runs: [{ text: 'first meeting at the water point' }] },
      ],
    },
  });
  const item = await call<{ id: string }>(vault, 'evidence.create', {
    caseId: open.id,
    type: 'documentary',
    description: 'Handwritten note given by V-01 to the reporter',
    collectedAt: daysBefore(vault, 9.5).instant,
    timeZone: 'UTC',
    collectedBy: 'Investigator Mbeki',
    storageLocation: 'Evidence locker 2',
  });
  await call(vault, 'custody.add', {
    itemId: item.id,
    kind: 'sealed',
    at: daysBefore(vault, 9.4).instant,
    persons: ['Investigator Mbeki'],
    purpose: 'Sealed for transport',
    sealNumber: 'SEAL-0042',
  });
  await call(vault, 'timeline.add', {
    caseId: open.id,
    event: {
      date: { precision: 'range', from: daysBefore(vault, 80).month, to: daysBefore(vault, 40).month },
      kind: 'incident',
      title: 'Meetings at the market',
      basis: 'reported_by_source',
    },
  });
  // The letter the case calls for: its subject is a contingent member, whose country is notified now.
  await call(vault, 'letters.generate', {
    caseId: open.id,
    templateId: 'tcc_notification',
    language: 'en',
    formats: ['pdf'],
  });

  // A closed case whose closure letter is made but not delivered: the "Record delivery" screen.
  const closed = await createCase(vault, {
    title: CASE_CLOSED,
    dateReceived: daysBefore(vault, 20).day,
    category: 'SE',
    subtype: 'exploitative_relationship',
  });
  const closedVictim = await call<{ id: string }>(vault, 'people.add', {
    caseId: closed.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
  });
  await call(vault, 'cases.changeStatus', {
    caseId: closed.id,
    to: 'under_investigation',
    reason: 'Credible allegation.',
  });
  await call(vault, 'cases.changeStatus', {
    caseId: closed.id,
    to: 'not_substantiated',
    reason: 'No corroboration.',
    closureGround: 'insufficient_evidence',
  });
  await call(vault, 'letters.generate', {
    caseId: closed.id,
    templateId: 'closure_not_substantiated',
    language: 'fr',
    victimId: closedVictim.id,
    formats: ['pdf'],
    details: { advocate: { name: 'Victims’ rights advocate, Bambari', phone: '+236 70 00 00 01' } },
  });
}

/** Stands for a value in a catalogue sentence, to find the words before it whatever the language's order. */
const SLOT = '\u0001';

/** The words of a sentence before its first value (see SLOT), as a regular expression matching them. */
const startOf = (sentence: string): string => sentence.split(SLOT)[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Drives the walk; `t` gives the names of the language the UI is in, `shown` how the page shows the case file's
 * own words (as stored, unless a test language rewrites every text it draws).
 */
export async function walkMainScreens(
  page: Page,
  vault: VaultHarness,
  t: TFunction,
  language: UiLanguage,
  check: ScreenCheck,
  shown: (text: string) => string = (text) => text,
): Promise<void> {
  const button = (name: string, scope: Page | Locator = page) => scope.getByRole('button', { name, exact: true });
  const nav = (key: 'shell.cases' | 'deadlines.nav' | 'caseFile.search.nav' | 'letters.nav' | 'shell.settings') =>
    button(t(key), page.getByRole('navigation', { name: t('shell.navigation') })).click();
  const tab = async (key: `caseFile.view.tabs.${CaseTab}`) => {
    await page.getByRole('tab', { name: t(key), exact: true }).click();
    return page.getByRole('tabpanel', { name: t(key) });
  };
  const cancel = (dialog: Locator) => button(t('common.cancel'), dialog).click();

  // Preferences live in the vault, so before one exists the app starts in English: answer the
  // first reading of the settings with this language to draw the screens before the vault in it.
  vault.overrides.set('settings.get', async () => {
    const stored = await vault.ws.settings();
    return { ok: true, value: { ...stored, language } };
  });
  await page.reload();

  // Creating the vault: a weak passphrase with its feedback, then refused, then created.
  await expect(page.getByRole('heading', { level: 1, name: t('create.heading') })).toBeVisible();
  await page.getByLabel(t('create.passphraseLabel'), { exact: true }).fill('password');
  await expect(page.getByRole('meter', { name: t('strength.label') })).toHaveAttribute(
    'aria-valuetext',
    t('strength.levels.0'),
  );
  await check('create vault', 5);
  await button(t('common.showPassphrase')).click();
  await check('create vault, passphrase shown', 5);
  await page.getByLabel(t('create.passphraseLabel'), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(t('create.confirmLabel')).fill(`${PASSPHRASE}x`);
  await page.getByLabel(t('create.confirmLabel')).press('Tab');
  await expect(page.getByText(t('create.mismatch'))).toBeVisible();
  await check('create vault, passphrases differ', 5);
  await page.getByLabel(t('create.confirmLabel')).fill(PASSPHRASE);
  await button(t('create.submit')).click();
  await expect(page.getByRole('heading', { level: 1, name: t('recovery.heading') })).toBeVisible({ timeout: 30_000 });
  await check('recovery key', 2);
  await page.getByRole('checkbox', { name: t('recovery.confirm') }).check();
  await button(t('recovery.continue')).click();
  vault.overrides.delete('settings.get');
  expect((await vault.dispatch('settings.update', { language })).ok).toBe(true);

  // The cases list, empty, then the intake form: plain, unfolded and refused.
  await expect(page.getByRole('heading', { name: t('cases.emptyHeading') })).toBeVisible();
  await check('cases, empty', 4);
  await button(t('cases.newCase')).click();
  const intake = page.getByRole('dialog', { name: t('cases.create.heading') });
  await check('intake dialog', 6);
  await intake
    .getByRole('group', { name: t('caseFile.intake.incidentDate', { number: 1 }) })
    .getByLabel(t('caseFile.date.precision'))
    .selectOption('range');
  await button(t('caseFile.intake.addIncidentDate'), intake).click();
  await intake
    .getByRole('group', { name: t('caseFile.intake.incidentDate', { number: 2 }) })
    .getByLabel(t('caseFile.date.precision'))
    .selectOption('exact');
  await intake.getByRole('checkbox', { name: t('caseFile.fields.paternityClaimed') }).check();
  await check('intake dialog, unfolded', 30);
  await button(t('cases.create.submit'), intake).click();
  await expect(intake.locator('[aria-invalid="true"]').first()).toBeFocused();
  await check('intake dialog, refused', 30);
  await cancel(intake);

  await seedCaseFile(vault);
  await nav('shell.cases');
  await expect(page.getByRole('row', { name: new RegExp(shown(CASE_OPEN)) })).toBeVisible();
  await check('cases list', 8);
  await page.locator('.filter-summary').click();
  await check('cases list, status filter open', 12);
  await page.keyboard.press('Escape');

  // The open case, tab by tab.
  await button(shown(CASE_OPEN)).click();
  await expect(page.getByRole('heading', { level: 1, name: shown(CASE_OPEN) })).toBeVisible();
  await check('case overview', 10);
  await button(t('caseFile.status.change')).click();
  const status = page.getByRole('dialog', { name: t('caseFile.status.dialogHeading') });
  await status.getByLabel(t('caseFile.status.newStatus')).selectOption('closed_other');
  await check('change status dialog', 4);
  await cancel(status);
  await button(t('caseFile.archive.archive')).click();
  const archive = page.getByRole('dialog', { name: t('caseFile.archive.archiveHeading') });
  await check('archive dialog', 3);
  await cancel(archive);

  let panel = await tab('caseFile.view.tabs.people');
  await expect(panel.getByRole('row')).toHaveCount(5);
  await check('people', 8);
  await button(t('people.tab.add'), panel).click();
  const addPerson = page.getByRole('dialog', { name: t('people.add.heading') });
  await addPerson.getByLabel(t('people.fields.role'), { exact: true }).selectOption('victim');
  await check('add person dialog', 6);
  await cancel(addPerson);
  await button(t('people.table.openLabel', { code: 'V-01' }), panel).click();
  await expect(page.getByRole('heading', { level: 2, name: /^V-01/ })).toBeVisible();
  await check('person', 6);
  await button(t('people.identity.reveal')).click();
  const reveal = page.getByRole('form', { name: t('people.identity.revealForm') });
  await reveal.getByLabel(t('people.identity.reasonLabel')).fill('To arrange a safe contact through the guardian.');
  await button(t('people.identity.revealSubmit'), reveal).click();
  await expect(page.getByText(shown('Victim Fullname'))).toBeVisible();
  await check('person, identity revealed', 6);
  await button(t('people.consents.record')).click();
  const consent = page.getByRole('form', { name: t('people.consents.form.label', { code: 'V-01' }) });
  await expect(consent).toBeVisible();
  await check('person, consent form', 8);
  await cancel(consent);

  panel = await tab('caseFile.view.tabs.interviews');
  await check('interviews', 4);
  await button(t('interviews.tab.plan'), panel).click();
  const plan = page.getByRole('dialog', { name: t('interviews.plan.heading') });
  await check('plan interview dialog', 12);
  await cancel(plan);
  await panel
    .getByRole('button', {
      name: new RegExp(`^${startOf(t('interviews.table.openLabel', { code: 'W-01', when: SLOT }))}`),
    })
    .click();
  await expect(page.getByRole('textbox', { name: t('interviews.notes.editorLabel', { code: 'W-01' }) })).toContainText(
    'after dark',
  );
  await check('interview with notes', 8);

  panel = await tab('caseFile.view.tabs.evidence');
  await expect(panel.getByRole('heading', { level: 2, name: t('evidence.tab.heading') })).toBeVisible();
  await check('evidence log', 4);
  await button(t('evidence.tab.log'), panel).click();
  const logItem = page.getByRole('dialog', { name: t('evidence.form.createTitle') });
  await check('log evidence dialog', 10);
  await cancel(logItem);
  await button(t('evidence.list.openLabel', { number: 'E-0001' }), panel).click();
  const custody = page.getByRole('region', { name: t('evidence.custody.heading') });
  await expect(custody).toContainText('SEAL-0042');
  await check('evidence item and custody', 6);
  await button(t('evidence.custody.recordButton'), custody).click();
  const custodyDialog = page.getByRole('dialog', { name: t('evidence.custody.recordTitle', { number: 'E-0001' }) });
  await custodyDialog
    .getByRole('combobox', { name: t('evidence.custody.fields.kind'), exact: true })
    .selectOption('sealed');
  await button(t('evidence.custody.record'), custodyDialog).click();
  await check('record custody dialog, refused', 8);
  await cancel(custodyDialog);

  panel = await tab('caseFile.view.tabs.letters');
  await expect(panel.getByRole('table', { name: t('letters.tab.caption') })).toBeVisible();
  await check('letters register', 4);
  await panel
    .getByRole('button', {
      name: new RegExp(`^${startOf(t('letters.export.buttonFor', { kind: SLOT, date: SLOT }))}`),
    })
    .click();
  const exportLetter = page.getByRole('dialog');
  await expect(exportLetter).toBeVisible();
  await check('export letter dialog', 3);
  await page.keyboard.press('Escape');
  await expect(exportLetter).toHaveCount(0);
  await button(t('letters.tab.new'), panel).click();
  const letter = page.getByRole('dialog', { name: t('letters.new.title') });
  await button(t('letters.new.preview'), letter).click();
  await expect(
    letter.getByRole('article', {
      name: new RegExp(t('letters.preview.label', { version: 1 }).replace(/[()]/g, '\\$&')),
    }),
  ).toBeVisible();
  await check('new letter dialog with preview', 8);
  // The preview scrolls, and the keyboard can reach it and scroll it.
  const previewRegion = letter.getByRole('region', { name: t('letters.preview.region') });
  await tabTo(page, previewRegion);
  await page.keyboard.press('PageDown');
  await expect.poll(() => previewRegion.evaluate((element) => element.scrollTop)).toBeGreaterThan(0);
  await cancel(letter);

  panel = await tab('caseFile.view.tabs.timeline');
  await expect(panel.getByRole('heading', { name: t('timeline.heading') })).toBeVisible();
  await check('timeline chart', 6);
  await button(t('timeline.views.table'), panel).click();
  await check('timeline table', 6);
  await button(t('timeline.add'), panel).click();
  const event = page.getByRole('dialog', { name: t('timeline.dialog.addHeading') });
  await check('timeline event dialog', 8);
  await cancel(event);

  panel = await tab('caseFile.view.tabs.checklist');
  await expect(panel.getByRole('heading', { name: t('caseFile.checklist.heading') })).toBeVisible();
  await check('checklist', 6);
  panel = await tab('caseFile.view.tabs.audit');
  await button(t('caseFile.audit.verify'), panel).click();
  await expect(
    panel.getByRole('status').filter({
      hasText: new RegExp(startOf(t('caseFile.audit.verifiedOk', { n: SLOT }))),
    }),
  ).toBeVisible();
  await check('audit', 6);

  // The closed case: its closure letter waits for a delivery record.
  await nav('shell.cases');
  await button(shown(CASE_CLOSED)).click();
  panel = await tab('caseFile.view.tabs.letters');
  await expect(panel.getByRole('table', { name: t('letters.tab.caption') })).toBeVisible();
  await check('letters of a closed case', 4);
  await button(
    `${t('letters.delivery.button')} ${t('letters.delivery.buttonSuffix', { code: 'V-01' })}`,
    panel,
  ).click();
  const delivery = page.getByRole('dialog', { name: t('letters.delivery.title', { code: 'V-01' }) });
  await check('record delivery dialog', 6);
  await cancel(delivery);

  await nav('deadlines.nav');
  await expect(page.getByRole('table', { name: t('deadlines.caption') })).toBeVisible();
  await check('deadlines', 4);
  await page
    .getByRole('table', { name: t('deadlines.caption') })
    .getByRole('button', { name: new RegExp(`^${t('deadlines.close')}`) })
    .first()
    .click();
  const closeDeadline = page.getByRole('dialog');
  await check('close deadline dialog', 4);
  await cancel(closeDeadline);

  await nav('caseFile.search.nav');
  const search = page.getByRole('searchbox', { name: t('caseFile.search.label') });
  await search.fill('distribution');
  await search.press('Enter');
  await expect(page.locator('mark').first()).toBeVisible();
  await check('search results', 5);

  await nav('letters.nav');
  await expect(page.getByRole('heading', { level: 1, name: t('letters.templates.heading') })).toBeVisible();
  await check('templates', 8);
  // A template previewed on a case it applies to: the notification, on the open case (a contingent member).
  await page
    .getByRole('table')
    .getByRole('button', { name: t('labels.letterKind.tcc_notification') })
    .click();
  // The case is searched for; the Down arrow offers the cases changed last without typing.
  const previewCase = page.getByRole('combobox', { name: t('letters.editor.previewCase') });
  await previewCase.focus();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('option', { name: new RegExp(shown(CASE_OPEN)) }).click();
  await expect(page.getByText(t('letters.editor.noProblems'))).toBeVisible();
  await expect(
    page.getByRole('article', {
      name: new RegExp(t('letters.preview.label', { version: 1 }).replace(/[()]/g, '\\$&')),
    }),
  ).toBeVisible();
  await check('template editor', 5);

  await nav('shell.settings');
  await expect(page.getByRole('heading', { level: 1, name: t('settings.heading') })).toBeVisible();
  await check('settings', 6);
  await page
    .getByRole('button', { name: new RegExp(`^${startOf(t('deadlines.settings.editLabel', { clock: SLOT }))}`) })
    .first()
    .click();
  const clock = page.getByRole('dialog');
  await check('clock dialog', 4);
  await cancel(clock);

  // Quick capture, from anywhere: the form, then what it logged.
  await button(t('evidence.quickCapture.button')).click();
  const capture = page.getByRole('dialog', { name: t('evidence.quickCapture.title') });
  await check('quick capture', 4);
  await capture
    .getByRole('textbox', { name: t('evidence.quickCapture.description'), exact: true })
    .fill('Second note, V-01');
  await button(t('evidence.quickCapture.save'), capture).click();
  await expect(capture.getByRole('status')).toBeVisible();
  await check('quick capture, saved', 2);
  await button(t('evidence.quickCapture.close'), capture).click();

  await button(t('shell.lock')).click();
  await expect(page.getByRole('heading', { level: 1, name: t('unlock.heading') })).toBeVisible();
  await check('unlock', 3);
  await button(t('unlock.useRecoveryKey')).click();
  await expect(page.getByLabel(t('unlock.recoveryKeyLabel'))).toBeVisible();
  await check('unlock with the recovery key', 3);
}

/** Presses Tab until `target` has focus, as a keyboard user moves through the page. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** A picture of the screen as checked, for a person to look at (never compared automatically). */
export async function screenshotInto(page: Page, dir: string, screen: string): Promise<void> {
  // Made again each time: another run of Playwright may empty the results folder meanwhile.
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${screen.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
  writeFileSync(file, await page.screenshot({ animations: 'disabled', caret: 'hide' }));
}
