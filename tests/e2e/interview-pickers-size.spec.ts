import { createEvidence } from '../../electron/core/evidence/evidence-changes.js';
import { planInterview } from '../../electron/core/interviews/interview-changes.js';
import { addPerson } from '../../electron/core/people/person-changes.js';
import { contract } from '../../shared/contract/index.js';
import type { CaseFileContext } from '../../electron/core/kernel/context.js';
import { openCaseAtSize } from './case-at-size.js';
import { openEvidenceTab, openItem } from './evidence-steps.js';
import { expect, test } from './fixtures.js';
import { openTab } from './interview-steps.js';

const TITLE = 'Allegations around the river port';
/** Each witness interviewed once, an hour apart: more interviews than one page of a list holds. */
const WITNESSES = 300;
/** More interpreters than one page holds, the first ones not yet vetted: only the last are offered. */
const INTERPRETERS = 230;
const UNVETTED = 210;
const START = Date.parse('2026-02-02T08:00:00.000Z');

test.use({ clockStart: '2026-06-30T09:00:00.000Z' });

/**
 * A case of 300 interviews and 230 interpreters (210 not vetted), one support person; W-01's
 * interview with I-230 interpreting and P-01 present; an item linked to two interviews.
 */
function loadCase(ctx: CaseFileContext, caseId: string): void {
  const add = (profile: Record<string, unknown>) =>
    addPerson(ctx, contract['people.add'].input.parse({ caseId, profile }));
  const interpreters = Array.from({ length: INTERPRETERS }, (_, index) =>
    add({ role: 'interpreter', languages: ['fr'], vetting: { vetted: index >= UNVETTED } }),
  );
  const support = add({ role: 'support_person', kind: 'psychosocial_worker', language: 'fr' });
  const witnesses = Array.from({ length: WITNESSES }, () =>
    add({ role: 'witness', sex: 'male', ageBand: 'adult', language: 'sg' }),
  );
  const interviews = witnesses.map((witness, index) =>
    planInterview(
      ctx,
      contract['interviews.plan'].input.parse({
        caseId,
        personId: witness.id,
        arrangements: {
          scheduledAt: new Date(START + index * 3_600_000).toISOString(),
          place: { type: 'un_office', private: true },
          team: [{ name: 'Investigator Diallo', gender: 'male', role: 'lead', trainedInChildInterviewing: false }],
          genderPreference: { offered: true },
          supportPerson: { offered: true, present: index === 0, ...(index === 0 ? { personId: support.id } : {}) },
          ...(index === 0 ? { interpreterPersonId: interpreters.at(-1)!.id } : {}),
          language: 'sg',
          recorded: false,
        },
      }),
    ),
  );
  createEvidence(
    ctx,
    contract['evidence.create'].input.parse({
      caseId,
      type: 'documentary',
      description: 'Written statement handed over after the interview',
      interviewIds: [interviews.at(-1)!.id, interviews[0]!.id],
    }),
  );
}

test('300 interviews, 230 interpreters: the evidence and interview forms search them, never read them all', async ({
  page,
  vault,
}) => {
  test.setTimeout(240_000);
  await openCaseAtSize(page, vault, TITLE, loadCase);
  const before = vault.calls.length;

  // The item names its interviews by the interviewees' codes, read for those two alone.
  await openEvidenceTab(page);
  const item = await openItem(page, 'E-0001');
  const linkedTo = item.locator('.fact').filter({ hasText: 'Interviews' });
  await expect(linkedTo).toContainText('Interview of W-01');
  await expect(linkedTo).toContainText(`Interview of W-${WITNESSES}`);

  // Editing it: those linked are listed; another is searched by the interviewee's code.
  await item.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit E-0001' });
  const linked = edit.getByRole('list', { name: 'Interviews linked' });
  await expect(linked.getByRole('listitem')).toHaveCount(2);
  const search = edit.getByRole('combobox', { name: 'Add an interview' });
  await search.press('ArrowDown');
  const options = edit.getByRole('listbox', { name: 'Add an interview' }).getByRole('option');
  // A few at a time, by date; the one already linked (W-01's, the first) is not offered again.
  await expect(options.first()).toHaveText(/^Interview of W-02, planned for .* \([^)]+\)$/);
  expect(await options.count()).toBeLessThanOrEqual(20);
  await search.fill('W-250');
  await expect(options).toHaveText([/^Interview of W-250, planned for .* \([^)]+\)$/]);
  await options.first().click();
  await expect(linked.getByRole('listitem')).toHaveCount(3);
  await linked.getByRole('button', { name: 'Remove Interview of W-01' }).click();
  await expect(linked.getByRole('listitem')).toHaveCount(2);
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(linkedTo).toContainText('Interview of W-250');
  await expect(linkedTo).not.toContainText('Interview of W-01');

  // Planning an interview: the interpreter is searched among the 230, the vetted ones past the
  // first page of 200 offered; the support person by code.
  const interviews = await openTab(page, 'Interviews');
  await interviews.getByRole('button', { name: 'Plan interview' }).click();
  const plan = page.getByRole('dialog', { name: 'Plan an interview' });
  const interpreter = plan.getByRole('combobox', { name: 'Interpreter', exact: true });
  await interpreter.press('ArrowDown');
  const offered = plan.getByRole('listbox', { name: 'Interpreter' }).getByRole('option');
  await expect(offered.first()).toHaveText(`I-${UNVETTED + 1} — French (fr)`);
  await expect(offered).toHaveCount(INTERPRETERS - UNVETTED);
  await interpreter.fill('I-5');
  await expect(plan.getByText('No vetted interpreter of this case has that code.')).toBeVisible();
  await interpreter.fill(`I-${INTERPRETERS}`);
  await offered.first().click();
  await expect(interpreter).toHaveValue(`I-${INTERPRETERS} — French (fr)`);
  const support = plan.getByRole('combobox', { name: 'Support person', exact: true });
  await support.fill('P-01');
  // Focus has left the interpreter box: it still names the one chosen, as the support box does.
  await expect(interpreter).toHaveValue(`I-${INTERPRETERS} — French (fr)`);
  await plan.getByRole('listbox', { name: 'Support person' }).getByRole('option', { name: 'P-01' }).click();
  await interpreter.focus();
  await expect(support).toHaveValue('P-01');
  await plan.getByRole('button', { name: 'Cancel' }).click();

  // W-01's interview opens its arrangements with its interpreter and support person named.
  await interviews.getByRole('button', { name: /^Open the interview of W-01\b/ }).click();
  await page.getByRole('button', { name: 'Edit arrangements' }).click();
  const arrangements = page.getByRole('dialog', { name: 'Arrangements of the interview of W-01' });
  await expect(arrangements.getByRole('combobox', { name: 'Interpreter', exact: true })).toHaveValue(
    `I-${INTERPRETERS}`,
  );
  await expect(arrangements.getByRole('combobox', { name: 'Support person', exact: true })).toHaveValue('P-01');

  const asked = vault.calls.slice(before);
  expect(asked).not.toContain('interviews.list');
  expect(asked).not.toContain('people.list');
});
