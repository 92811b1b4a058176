import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { accessibleControls, axeFindings, describeFindings } from './accessibility.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { catalogue, UI_LANGUAGES } from './catalogue.js';
import { expect, test } from './fixtures.js';
import { PASSPHRASE, openWithVault } from './helpers.js';
import { repoRoot } from './paths.js';
import { screenshotInto, tabTo, walkMainScreens } from './screen-walk.js';

/**
 * Every main screen, walked in each language of the UI: each operable element has an accessible
 * name (Chromium's own tree), and axe-core finds nothing critical or serious (contrast, names,
 * labels, scrollable regions, ARIA…) nor a heading out of order.
 */
for (const language of UI_LANGUAGES) {
  test(`every main screen in ${language}: named controls, and no serious axe-core finding`, async ({ page, vault }) => {
    test.setTimeout(360_000);
    const t = await catalogue(language);
    // Pictures of each screen as checked, to look at (the contrast must still look good).
    const shots = join(repoRoot, '.tmp', 'accessibility-screens', language);
    const seen: Record<string, string[]> = {};
    const problems: string[] = [];
    const check = async (screen: string, minimum: number) => {
      const { named, unnamed } = await accessibleControls(page);
      if (unnamed.length > 0) problems.push(`${screen}: controls without a name: ${unnamed.join(', ')}`);
      if (named.length < minimum)
        problems.push(`${screen}: ${named.length} named controls, expected at least ${minimum}`);
      seen[screen] = named;
      problems.push(...describeFindings(screen, await axeFindings(page)));
      await screenshotInto(page, shots, screen);
    };

    await walkMainScreens(page, vault, t, language, check);

    // Every finding of every screen at once, so one run shows all there is to fix.
    expect(problems).toEqual([]);
    // The names the checks saw are the ones the UI meant.
    expect(seen['settings']).toEqual(
      expect.arrayContaining([
        `spinbutton "${t('settings.autoLockLabel')}"`,
        `checkbox "${t('settings.contentProtectionLabel')}"`,
        `combobox "${t('settings.languageLabel')}"`,
        `button "${t('shell.lock')}"`,
      ]),
    );
    expect(seen['create vault']).toEqual(
      expect.arrayContaining([`meter "${t('strength.label')}"`, `textbox "${t('create.confirmLabel')}"`]),
    );
    expect(seen['case overview']).toEqual(
      expect.arrayContaining([
        `tab "${t('caseFile.view.tabs.overview')}"`,
        `tab "${t('caseFile.view.tabs.checklist')}"`,
        `button "${t('caseFile.status.change')}"`,
        `button "${t('caseFile.overview.edit')}"`,
      ]),
    );
  });
}

test('the checker reports a control without a name (it can fail)', async ({ page }) => {
  await page.evaluate(() => {
    const unnamed = document.createElement('button');
    unnamed.className = 'planted';
    document.body.append(unnamed);
  });
  expect((await accessibleControls(page)).unnamed).toEqual(['button']);
});

test(
  'axe-core reports what the tester found: faint text, a name without its visible ' +
    'words, an unreachable scroll region, a skipped heading (it can fail)',
  async ({ page }) => {
    await page.evaluate(() => {
      // Styles through the CSSOM: the page's CSP refuses style attributes written as markup.
      const make = (tag: string, text: string, style: Partial<CSSStyleDeclaration> = {}) => {
        const element = document.createElement(tag);
        element.textContent = text;
        Object.assign(element.style, style);
        return element;
      };
      const mismatch = make('button', 'Record delivery');
      mismatch.setAttribute('aria-label', 'Record the delivery of the closure letter to V-01');
      const scroller = make('div', '', { maxHeight: '40px', overflow: 'auto' });
      scroller.append(...['Dear Sir,', 'Further to…', 'Yours,', 'Signed'].map((line) => make('p', line)));
      const planted = document.createElement('main');
      planted.append(
        make('h1', 'Planted'),
        make('p', 'Faint text at 4.1:1', { color: '#6b7686', backgroundColor: '#eef3f9' }),
        mismatch,
        scroller,
        make('h3', 'Skipped a level'),
      );
      document.body.replaceChildren(planted);
    });
    expect((await axeFindings(page)).map((finding) => finding.rule).sort()).toEqual([
      'color-contrast',
      'heading-order',
      'label-content-name-mismatch',
      'scrollable-region-focusable',
    ]);
  },
);

/** Tabs through the page until focus leaves it; returns what each stop looked like. */
async function tabStops(page: Page) {
  const stops: { control: string; outline: string }[] = [];
  for (let step = 0; step < 20; step += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const label = (element as HTMLInputElement).labels?.[0]?.textContent;
      // The name a screen reader gives: decorations hidden from it (icons, a shortcut's keys) left out.
      const shown = element.cloneNode(true) as HTMLElement;
      shown.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      const name = element.getAttribute('aria-label') ?? label ?? shown.textContent ?? '';
      return {
        control: `${element.tagName.toLowerCase()} ${name.trim()}`.trim(),
        outline: getComputedStyle(element).outlineStyle,
      };
    });
    if (stop === null || stops.some((seen) => seen.control === stop.control)) break;
    stops.push(stop);
  }
  return stops;
}

test('the keyboard reaches every control, and focus is visible on each', async ({ page, vault }) => {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
  // The strength check runs deferred (and its word lists load lazily): on a loaded machine the
  // button is still disabled, so out of the tab order, for a moment after the last keystroke.
  await expect(page.getByRole('button', { name: 'Create the vault' })).toBeEnabled();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const createStops = await tabStops(page);
  expect(createStops.map((stop) => stop.control)).toEqual([
    'input Passphrase',
    'button Show the passphrase',
    'input Repeat the passphrase',
    'button Create the vault',
    'button Restore from a backup…',
  ]);
  expect(createStops.filter((stop) => stop.outline === 'none')).toEqual([]);

  await openWithVault(page, vault);
  await page.locator('.sidebar-brand').click();
  const shellStops = await tabStops(page);
  // The sidebar in reading order (its sections, quick capture, then the lock), then the page.
  expect(shellStops.map((stop) => stop.control)).toEqual([
    'button Cases',
    'button Deadlines',
    'button Statistics',
    'button Search',
    'button Templates',
    'button Identity & contacts',
    'button Settings',
    'button Quick capture',
    'button Lock',
    'button New case',
    'button Receive a case…',
  ]);
  expect(shellStops.filter((stop) => stop.outline === 'none')).toEqual([]);
});

test(
  'focus returns to the control that opened a dialog, or to the heading of its ' + 'region when that control is gone',
  async ({ page, vault }) => {
    test.setTimeout(120_000);
    await openWithVault(page, vault);
    await createCase(vault, {
      title: 'Mission Alpha, report of March',
      dateReceived: new Date(vault.clock.now() - 86_400_000).toISOString().slice(0, 10),
    });
    await page.getByRole('button', { name: 'Cases', exact: true }).click();

    // Escape, then Cancel: back on "New case".
    const newCase = page.getByRole('button', { name: 'New case' });
    await tabTo(page, newCase);
    await page.keyboard.press('Enter');
    const intake = page.getByRole('dialog', { name: 'New case' });
    await expect(intake.getByLabel('Title')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(intake).toHaveCount(0);
    await expect(newCase).toBeFocused();
    await page.keyboard.press('Enter');
    await tabTo(page, intake.getByRole('button', { name: 'Cancel' }));
    await page.keyboard.press('Enter');
    await expect(newCase).toBeFocused();

    // Submitted: the status changes and focus is back on "Change status".
    await openCaseFromList(page, 'Mission Alpha, report of March');
    const changeStatus = page.getByRole('button', { name: 'Change status' });
    await tabTo(page, changeStatus);
    await page.keyboard.press('Enter');
    const statusDialog = page.getByRole('dialog', { name: 'Change the status' });
    await statusDialog.getByLabel('New status').selectOption('under_investigation');
    await statusDialog.getByLabel('Reason').fill('Credible allegation.');
    await tabTo(page, statusDialog.getByRole('button', { name: 'Change status' }));
    await page.keyboard.press('Enter');
    await expect(statusDialog).toHaveCount(0);
    await expect(page.getByRole('tabpanel', { name: 'Overview' })).toContainText('Under investigation');
    await expect(changeStatus).toBeFocused();

    // Submitted, and the view moves on to the person added: focus on that person's heading.
    await page.getByRole('tab', { name: 'People' }).click();
    const addPerson = page.getByRole('button', { name: 'Add person' });
    await tabTo(page, addPerson);
    await page.keyboard.press('Enter');
    const personDialog = page.getByRole('dialog', { name: 'Add a person' });
    await personDialog.getByLabel('Role', { exact: true }).selectOption('witness');
    await personDialog.getByLabel('Sex', { exact: true }).selectOption('female');
    await personDialog.getByLabel('Age band', { exact: true }).selectOption('adult');
    await tabTo(page, personDialog.getByRole('button', { name: 'Add the person' }));
    await page.keyboard.press('Enter');
    await expect(personDialog).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: /^W-01/ })).toBeFocused();

    // Quick capture by its shortcut from a tab: Escape returns to that tab.
    const overviewTab = page.getByRole('tab', { name: 'Overview' });
    await overviewTab.click();
    await expect(overviewTab).toBeFocused();
    await page.keyboard.press('Control+Shift+E');
    const capture = page.getByRole('dialog', { name: 'Quick capture' });
    await expect(capture).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(capture).toHaveCount(0);
    await expect(overviewTab).toBeFocused();
  },
);

test('a skip link is the first stop of the keyboard, shows itself, and takes focus to the main content', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  // Out of sight until reached.
  expect((await skip.boundingBox())!.y + (await skip.boundingBox())!.height).toBeLessThanOrEqual(0);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  const shown = (await skip.boundingBox())!;
  expect(shown.y).toBeGreaterThanOrEqual(0);
  expect(shown.height).toBeGreaterThan(20);
  await page.screenshot({ path: join(repoRoot, '.tmp', 'accessibility-screens', 'skip-link.png') });

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/index\.html$/);
  // The next Tab is in the page, past the navigation.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New case' })).toBeFocused();

  // Back from the navigation's first item, Shift+Tab reaches it again.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name: 'Cases' }).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(skip).toBeFocused();
});

test(
  'a refused form puts its summary at the top, links each field, takes focus to ' +
    'the first, and follows the corrections',
  async ({ page, vault }) => {
    test.setTimeout(120_000);
    await openWithVault(page, vault);

    // The intake form, sent empty with Enter from its first field.
    await page.getByRole('button', { name: 'New case' }).click();
    const intake = page.getByRole('dialog', { name: 'New case' });
    const title = intake.getByLabel('Title');
    await expect(title).toBeFocused();
    await page.keyboard.press('Enter');
    const summary = intake.getByRole('alert').filter({ hasText: 'Fields to correct' });
    await expect(summary).toContainText('Fields to correct: 3');
    await expect(title).toBeFocused();
    await page.screenshot({ path: join(repoRoot, '.tmp', 'accessibility-screens', 'error-summary.png') });
    // Above every field, and each of its links names the field and what is wrong.
    const [summaryBox, titleBox] = [(await summary.boundingBox())!, (await title.boundingBox())!];
    expect(summaryBox.y).toBeLessThan(titleBox.y);
    const links = summary.getByRole('link');
    await expect(links).toHaveText([
      'Title: Enter a title.',
      'How it was reported: Choose one of the options.',
      'Entity or mission: This is required.',
    ]);
    // A link takes the keyboard to its field.
    await links.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect(intake.getByLabel('How it was reported')).toBeFocused();
    // Corrected fields leave the summary; when none is left, it goes.
    await title.fill('Mission Alpha, report of March');
    await expect(summary).toContainText('Fields to correct: 2');
    await expect(links).toHaveCount(2);
    await intake.getByLabel('How it was reported').selectOption('hotline');
    await intake.getByLabel('Entity or mission').fill('MINUSCA');
    await expect(summary).toHaveCount(0);
    await page.keyboard.press('Escape');

    // A dialog's form refused by its own check: the custody event without the seal number.
    const yesterday = new Date(vault.clock.now() - 86_400_000);
    const { id: caseId } = await createCase(vault, {
      title: 'Mission Bravo',
      dateReceived: yesterday.toISOString().slice(0, 10),
    });
    await call(vault, 'evidence.create', {
      caseId,
      type: 'physical',
      description: 'Dress in a paper bag',
      collectedAt: yesterday.toISOString(),
      timeZone: 'UTC',
    });
    await openCaseFromList(page, 'Mission Bravo');
    await page.getByRole('tab', { name: 'Evidence', exact: true }).click();
    await page.getByRole('button', { name: 'Open E-0001', exact: true }).click();
    await page.getByRole('button', { name: 'Record custody event' }).click();
    const custody = page.getByRole('dialog', { name: 'Record a custody event for E-0001' });
    await custody.getByRole('combobox', { name: 'Event', exact: true }).selectOption('sealed');
    await custody.getByRole('textbox', { name: 'Purpose', exact: true }).fill('Sealed for transport');
    await custody.getByRole('button', { name: 'Record event' }).click();
    const custodySummary = custody.getByRole('alert').filter({ hasText: 'Fields to correct' });
    await expect(custodySummary.getByRole('link')).toHaveText([
      /^Seal number: Enter the number of the seal applied\./,
      /^Persons who acted or witnessed: /,
    ]);
    await expect(custody.getByRole('textbox', { name: 'Seal number', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');

    // A form that is not a dialog's own: the New letter's closure letter without its victim.
    await call(vault, 'cases.changeStatus', { caseId, to: 'under_investigation', reason: 'Credible allegation.' });
    await call(vault, 'cases.changeStatus', {
      caseId,
      to: 'not_substantiated',
      reason: 'No corroboration.',
      closureGround: 'insufficient_evidence',
    });
    await call(vault, 'people.add', {
      caseId,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    });
    await call(vault, 'people.add', {
      caseId,
      profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'fr' },
    });
    await openCaseFromList(page, 'Mission Bravo');
    await page.getByRole('tab', { name: 'Letters' }).click();
    await page.getByRole('button', { name: 'New letter' }).click();
    const letter = page.getByRole('dialog', { name: 'New letter' });
    await letter.getByLabel('Template').selectOption({ label: 'Closure letter to a victim: not substantiated' });
    await letter.getByRole('button', { name: 'Make the letter' }).click();
    // The victim, and the victims' rights advocate a closure letter must give (issue 11).
    await expect(letter.getByRole('alert').filter({ hasText: 'Fields to correct: 2' }).getByRole('link')).toHaveText([
      /^Victim: Choose the victim the letter is for\./,
      /^Advocate’s name: Name the victims’ rights advocate\./,
    ]);
    await expect(letter.getByRole('combobox', { name: 'Victim', exact: true })).toBeFocused();
    expect(vault.calls).not.toContain('letters.generate');
  },
);
