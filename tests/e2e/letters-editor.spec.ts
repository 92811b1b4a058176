import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxParagraphs, docxPart } from '../unit/documents-render/read-outputs.js';
import { describeFindings, axeFindings } from './accessibility.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import type { Locator, Page } from '@playwright/test';
import { expect, test, VIEWPORT, type VaultHarness } from './fixtures.js';
import { caretAtEnd, openWithVault } from './helpers.js';
import { screenshotsDir } from './paths.js';

const CASE_TITLE = 'MINUSMA — a police adviser reported by a market trader';
const REFERRAL = 'Referral to a Member State (through OLA)';
const EDIT = ' The legal office adds this sentence under reference ';

/** A UN police officer (an expert on mission) with a substantiated finding: the referral applies (A/72/751 ¶46). */
async function referralCase(vault: VaultHarness): Promise<{ id: string; reference: string }> {
  const created = await createCase(vault, { title: CASE_TITLE });
  await call(vault, 'people.add', {
    caseId: created.id,
    profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'en' },
    identity: { fullName: 'Ottilie Brandvold', confidentiality: 'strictly_confidential' },
  });
  const subject = await call<{ id: string }>(vault, 'people.add', {
    caseId: created.id,
    profile: { role: 'subject', personnelCategory: 'police_unpol', nationality: 'URY', function: 'Police adviser' },
    identity: { fullName: 'Leopold Haverkamp' },
  });
  await call(vault, 'cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
  const { dateReceived } = await call<{ dateReceived: string }>(vault, 'cases.get', { caseId: created.id });
  await call(vault, 'findings.record', {
    personId: subject.id,
    outcome: 'substantiated',
    decidingEntity: 'oios',
    decidedOn: dateReceived,
    reportReference: 'OIOS-0042/26',
  });
  return created;
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** From the Templates page, the referral's template in the document view: its editing area, once loaded. */
async function openReferralTemplate(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  await page.getByRole('table').getByRole('button', { name: REFERRAL }).click();
  const area = page.getByRole('textbox', { name: 'Letter text in English' });
  await expect(area.getByRole('img', { name: 'Merge field: Case reference' }).first()).toBeVisible();
  return area;
}

/** The first paragraph of prose that every letter keeps (a top-level one, outside any condition). */
async function proseParagraph(area: Locator): Promise<Locator> {
  const paragraphs = area.locator(':scope > p');
  const index = await paragraphs.evaluateAll((elements) =>
    elements.findIndex((element) => (element.textContent ?? '').trim().length > 80),
  );
  expect(index).toBeGreaterThanOrEqual(0);
  return paragraphs.nth(index);
}

test('a legal officer edits a paragraph as a document, previews it, saves a version and makes the letter', async ({
  page,
  vault,
}, testInfo) => {
  test.setTimeout(180_000);
  await openWithVault(page, vault);
  const created = await referralCase(vault);
  const expected = `${EDIT.trim()} ${created.reference}.`;

  // The document view by default: no JSON in sight, the letter's text with its merge fields as chips.
  const area = await openReferralTemplate(page);
  await expect(area).toBeVisible();
  await expect(page.getByLabel('Template text in English (JSON)')).toHaveCount(0);
  await expect(area.getByRole('img', { name: 'Merge field: Case reference' }).first()).toBeVisible();
  // A conditional section says its condition in words, and the condition is chosen by its words too:
  // the picker shows the catalogue's labels (never a path such as `case.urgent`) and keeps the path.
  await expect(area.getByText(/This section is kept only when .+ is given\./).first()).toBeVisible();
  const picker = area.getByLabel('Kept only when this is given').first();
  await expect(picker).toBeEnabled();
  const chosen = picker.locator('option:checked');
  await expect(chosen).not.toHaveText(/^[a-z]+(\.[A-Za-z]+)+$/);
  const firstSection = area.locator('section.editor-conditional').first();
  // (The sentence gives the label without its bracketed example, as a chip does.)
  const words = (await chosen.textContent())!.replace(/\s*\([^()]*\)$/, '');
  await expect(firstSection.locator('.editor-section-words')).toContainText(`“${words}”`);
  const offered = await picker.locator('option').allTextContents();
  expect(offered).toContain('Letter reference');
  expect(offered.filter((text) => /^[a-z]+(\.[A-Za-z]+)+$/.test(text))).toEqual([]);
  expect(await picker.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.getAttribute('label')))).toEqual(
    expect.arrayContaining(['The case', 'This letter']),
  );
  // So do list items and table rows that repeat or depend on a value.
  await expect(
    area
      .locator('.repeat-note')
      .filter({ hasText: /^For each .+:$/ })
      .first(),
  ).toBeVisible();
  await expect(
    area
      .locator('.repeat-note')
      .filter({ hasText: /^Only when .+ is given:$/ })
      .first(),
  ).toBeVisible();
  const preview = page.getByRole('article', { name: /Letter preview/ });
  await expect(preview).toContainText('United Nations');
  await expect(page.getByText('No problem found.')).toBeVisible();

  // Anything the CSP refuses (an inline style written as an attribute, a <style> element) is reported here.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
  });

  // The end of the first paragraph of prose that every letter keeps.
  const paragraph = await proseParagraph(area);
  await caretAtEnd(paragraph);
  await page.keyboard.type(EDIT);
  // `{{` opens the catalogue's fields; the arrow keys and Enter choose one, and it becomes a chip.
  await page.keyboard.type('{{case.refer');
  const suggestions = page.getByRole('listbox', { name: 'Merge fields' });
  await expect(suggestions.getByRole('option').first()).toContainText('case.reference');
  await expect(area).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(suggestions).toBeHidden();
  await page.keyboard.type('.');
  await expect(paragraph.getByRole('img', { name: 'Merge field: Case reference' }).last()).toBeVisible();
  await expect(paragraph).toContainText(`${EDIT.trim()} Case reference.`);
  await expect(paragraph).not.toContainText('{{');

  // The preview is the core's rendering of the unsaved draft.
  await expect(page.getByText('Preview of your unsaved changes.')).toBeVisible();
  await expect(preview).toContainText(expected);

  // A condition left unchosen: its problem is named beside its section, and no saving.
  const condition = area.getByLabel('Kept only when this is given').first();
  const before = await condition.inputValue();
  await condition.selectOption({ label: 'Choose a field…' });
  await expect(area.locator('.block-problem').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as a new version' })).toBeDisabled();
  await condition.selectOption(before);
  await expect(page.getByText('No problem found.')).toBeVisible();

  // axe's failing findings (serious, critical, and headings out of order: the letter's headings are in the page).
  expect(describeFindings('visual template editor', await axeFindings(page))).toEqual([]);
  const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(violations).toEqual([]);
  expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);

  await page.mouse.move(VIEWPORT.width - 10, VIEWPORT.height - 10);
  const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  mkdirSync(target, { recursive: true });
  await paragraph.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(target, 'letter-visual-editor.png'), animations: 'disabled', caret: 'hide' });

  // Saved as version 2; the JSON is still there behind the advanced view, with the tag as written.
  await page.getByRole('button', { name: 'Save as a new version' }).click();
  await expect(page.getByText(/^Version 2 · to: Member State/)).toBeVisible();
  await page.getByRole('button', { name: 'Advanced (JSON)' }).click();
  expect(await page.getByLabel('Template text in English (JSON)').inputValue()).toContain(`${EDIT}{{case.reference}}.`);
  await page.getByRole('button', { name: 'Back to the templates' }).click();

  // The letter made from it carries the edit, in the PDF and in the DOCX.
  await openCaseFromList(page, CASE_TITLE);
  await page.getByRole('tab', { name: 'Letters' }).click();
  await page.getByRole('button', { name: 'New letter' }).click();
  const dialog = page.getByRole('dialog', { name: 'New letter' });
  await dialog.getByLabel('Template').selectOption({ label: REFERRAL });
  await dialog.getByLabel('Language').selectOption({ label: 'English' });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('article', { name: /Letter preview/ })).toContainText(expected);
  await dialog.getByRole('button', { name: 'Make the letter' }).click();
  await expect(dialog).toBeHidden();

  const register = page.getByRole('table', { name: 'Letter register' });
  const exportDialog = page.getByRole('dialog', { name: `Export: ${REFERRAL}` });
  for (const format of ['pdf', 'docx'] as const) {
    await register
      .getByRole('button', { name: /^Export the letter/ })
      .first()
      .click();
    await exportDialog.getByLabel('File format').selectOption(format);
    await exportDialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(exportDialog.getByText('The letter was exported.')).toBeVisible();
    await exportDialog.getByRole('button', { name: 'Close' }).click();
  }
  const [pdf, docx] = vault.files.exports.map((file) => file.path);
  expect(flat(execFileSync('pdftotext', [pdf!, '-'], { encoding: 'utf8' }))).toContain(expected);
  const paragraphsOfDocx = docxParagraphs(docxPart(readFileSync(docx!), 'word/document.xml')).map(flat);
  expect(paragraphsOfDocx.some((text) => text.includes(expected))).toBe(true);
});

type Json = { [key: string]: unknown } | unknown[] | string | number | boolean | null;
/** Every object in a JSON tree, for finding a block wherever the editor put it. */
const objects = (value: Json): Record<string, unknown>[] =>
  Array.isArray(value)
    ? value.flatMap((item) => objects(item as Json))
    : value && typeof value === 'object'
      ? [value, ...Object.values(value).flatMap((item) => objects(item as Json))]
      : [];

test('lists, conditional sections and tables are made with the toolbar and the keyboard alone', async ({
  page,
  vault,
}) => {
  test.setTimeout(120_000);
  await openWithVault(page, vault);
  await referralCase(vault);
  const area = await openReferralTemplate(page);
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  const paragraph = await proseParagraph(area);

  // The toolbar is one Tab stop (the WAI-ARIA toolbar pattern): the arrow keys, Home and End move
  // between its tools, round from one end to the other; Tab leaves it, Shift+Tab comes back to the
  // tool last used.
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
  const bold = toolbar.getByRole('button', { name: 'Bold' });
  const italic = toolbar.getByRole('button', { name: 'Italic' });
  const lastTool = toolbar.getByRole('button', { name: 'Insert a table' });
  await expect(bold).toHaveAttribute('tabindex', '0');
  await bold.focus();
  await page.keyboard.press('ArrowRight');
  await expect(italic).toBeFocused();
  await page.keyboard.press('End');
  await expect(lastTool).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(bold).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(lastTool).toBeFocused();
  await page.keyboard.press('Home');
  await expect(bold).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(area).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(italic).toBeFocused();
  await expect(toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
  await expect(italic).toHaveAttribute('tabindex', '0');

  await caretAtEnd(paragraph);

  // A list: made from a new paragraph, Enter for the next item, Enter on an empty item ends it.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Item one');
  await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
  await expect(toolbar.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Item two');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('After the list');

  // A conditional section around it: its condition is asked for, then said in words.
  await toolbar.getByRole('button', { name: 'Keep only when…' }).click();
  const section = area.getByRole('region', { name: 'Choose what this section depends on.' });
  await expect(section).toContainText('After the list');
  await expect(page.getByRole('button', { name: 'Save as a new version' })).toBeDisabled();
  await section.getByLabel('Kept only when this is given').selectOption({ label: 'Letter reference' });
  await expect(area.getByRole('region', { name: /kept only when “Letter reference” is given/ })).toBeVisible();
  await expect(page.getByText('No problem found.')).toBeVisible();

  // A table inside it: Tab goes from cell to cell, and out of the table from the last one.
  await area.getByText('After the list').click();
  await page.keyboard.press('End');
  await toolbar.getByRole('button', { name: 'Insert a table' }).click();
  for (const text of ['Header A', 'Header B', 'Cell A', 'Cell B']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  }
  // Focus left the text for the next control (no row was added: the JSON below has one).
  expect(await area.evaluate((element) => document.activeElement === element)).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.closest('table') ?? null)).toBeNull();
  await expect(page.getByText('No problem found.')).toBeVisible();

  // The header, folded away under its summary, is a line of its own.
  await page.getByText('Title, header and footer').click();
  await page.getByLabel('Header, right').fill('Ref. {{case.reference}}');

  // The template the document view made, as the advanced view shows it.
  await page.getByRole('button', { name: 'Advanced (JSON)' }).click();
  const json = JSON.parse(await page.getByLabel('Template text in English (JSON)').inputValue()) as Json;
  expect(json).toMatchObject({ header: { right: 'Ref. {{case.reference}}' } });
  const blocks = objects(json);
  const list = blocks.find((block) => block['kind'] === 'list' && JSON.stringify(block).includes('Item one'));
  expect(list).toMatchObject({
    ordered: false,
    items: [{ runs: [{ text: 'Item one' }] }, { runs: [{ text: 'Item two' }] }],
  });
  const condition = blocks.find((block) => block['kind'] === 'if' && block['path'] === 'letter.reference');
  expect(JSON.stringify(condition)).toContain('After the list');
  expect(condition?.['then']).toContainEqual({
    kind: 'table',
    columns: [
      { header: 'Header A', widthPercent: 50 },
      { header: 'Header B', widthPercent: 50 },
    ],
    rows: [{ cells: [[{ text: 'Cell A' }], [{ text: 'Cell B' }]] }],
  });
  await expect(page.getByRole('button', { name: 'Save as a new version' })).toBeEnabled();
});

/**
 * Switches the app's language while a page stays open. No screen does that today (the language
 * is chosen in the settings, which replace the page), so the test reaches the app's i18next
 * through React: it is in the dependencies of the hooks of every component that translates.
 */
async function switchAppLanguage(page: Page, language: 'en' | 'fr'): Promise<void> {
  await page.evaluate(async (wanted) => {
    type Hook = { memoizedState: unknown; next: Hook | null };
    type Fiber = { memoizedState: unknown; return: Fiber | null };
    type I18n = { changeLanguage: (language: string) => Promise<unknown>; getFixedT: unknown };
    const isI18n = (value: unknown): value is I18n =>
      typeof value === 'object' && value !== null && 'changeLanguage' in value && 'getFixedT' in value;
    const depsOf = (state: unknown): unknown[] => {
      if (Array.isArray(state) && Array.isArray(state[1])) return state[1] as unknown[];
      const deps = (state as { deps?: unknown } | null)?.deps;
      return Array.isArray(deps) ? deps : [];
    };
    const element = document.querySelector('.template-editor')!;
    const key = Object.keys(element).find((name) => name.startsWith('__reactFiber$'))!;
    for (let fiber = (element as unknown as Record<string, Fiber>)[key] ?? null; fiber; fiber = fiber.return) {
      for (let hook = fiber.memoizedState as Hook | null; hook && typeof hook === 'object'; hook = hook.next) {
        const i18n = depsOf(hook.memoizedState).find(isI18n);
        if (i18n) {
          await i18n.changeLanguage(wanted);
          return;
        }
        if (!('next' in hook)) break;
      }
    }
    throw new Error('no i18next instance reached from the template editor');
  }, language);
}

test('the editor is in the app’s language, and changes with it while open, keeping the edits', async ({
  page,
  vault,
}) => {
  test.setTimeout(120_000);
  await openWithVault(page, vault);
  await referralCase(vault);
  const area = await openReferralTemplate(page);

  // An unsaved edit, which the change of language must keep.
  await caretAtEnd(await proseParagraph(area));
  await page.keyboard.type(' Words not yet saved.');
  await expect(page.getByText('Preview of your unsaved changes.')).toBeVisible();

  await switchAppLanguage(page, 'fr');
  const zone = page.getByRole('textbox', { name: /^Texte de la lettre en / });
  await expect(page.getByRole('toolbar', { name: 'Mise en forme' })).toBeVisible();
  // The chips, the sections' sentences and the condition picker: the catalogue's words in French.
  await expect(zone.getByRole('img', { name: 'Champ de fusion : Référence du dossier' }).first()).toBeVisible();
  await expect(zone.getByText(/^Cette section n’est gardée que si .+ est renseigné\.$/).first()).toBeVisible();
  const picker = zone.getByLabel('Gardée seulement si ceci est renseigné').first();
  const offered = await picker.locator('option').allTextContents();
  expect(offered).toContain('Référence de la lettre');
  expect(offered).not.toContain('Letter reference');
  await expect(zone).toContainText('Words not yet saved.');
  await expect(page.getByRole('button', { name: 'Enregistrer une nouvelle version' })).toBeEnabled();
});
