import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { axeFindings, describeFindings } from './accessibility.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { addFileThroughApi, writeRandomFile } from './evidence-steps.js';
import { expect, openVaultHarness, showApp, test, type VaultHarness } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { screenshotsDir } from './paths.js';

// A case handed over between two laptops, each its own vault and window: the investigator sends it
// from the case for her colleague's contact, the legal officer receives it from the cases list,
// sees who signed it and what it brings, and imports it. A changed file is refused in words.

const TITLE = 'Mission Alpha, report of March';

/** Tabs (never clicks) until `target` has the focus: the keyboard-only path. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the control was never reached with Tab');
}

/** Two vaults that hold each other's contact card: the receiver verified the sender, not the other way. */
async function exchangeCards(sender: VaultHarness, receiver: VaultHarness): Promise<void> {
  const senderCard = (await call<{ card: string }>(sender, 'identity.show', {})).card;
  const receiverCard = (await call<{ card: string }>(receiver, 'identity.show', {})).card;
  await call(sender, 'contacts.add', { card: receiverCard, name: 'Legal officer, OLA' });
  const back = await call<{ id: string }>(receiver, 'contacts.add', { card: senderCard, name: 'Investigator One' });
  await call(receiver, 'contacts.verify', { id: back.id });
}

test('a case goes from one vault to another in a bundle; a changed file is refused', async ({
  page,
  vault,
  context,
  server,
  browserErrors,
  clock,
}, testInfo) => {
  test.setTimeout(180_000);
  const shots = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  mkdirSync(shots, { recursive: true });
  const { harness: sender, close } = openVaultHarness(clock);
  const senderPage = await context.newPage();
  const stopSender = await showApp(senderPage, sender, server, browserErrors);
  try {
    await openWithVault(senderPage, sender);
    await openWithVault(page, vault);
    await exchangeCards(sender, vault);
    const theCase = await createCase(sender);
    const item = await call<{ id: string }>(sender, 'evidence.create', {
      caseId: theCase.id,
      type: 'photo_video',
      description: 'CCTV export from the water point camera',
      collectedAt: new Date(clock.now() - 3_600_000).toISOString(),
      storageLocation: 'Evidence locker 3',
    });
    const source = join(sender.files.dir, 'camera-export.mp4');
    writeRandomFile(source, 2);
    await addFileThroughApi(sender, item.id, source);

    // The investigator sends the case from its overview; her colleague is marked "Not verified" in words.
    await openCaseFromList(senderPage, TITLE);
    await senderPage.getByRole('button', { name: 'Send this case…' }).click();
    const send = senderPage.getByRole('dialog', { name: `Send case ${theCase.reference}` });
    const colleague = send.getByRole('checkbox', { name: 'Legal officer, OLA Not verified' });
    await colleague.check();
    await expect(send).toContainText('You have not verified Legal officer, OLA');
    await send.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(send.getByRole('alert')).toContainText('Confirm that you send the file to a colleague');
    expect(sender.files.exports).toEqual([]);
    await send.getByRole('checkbox', { name: 'Send it anyway to a colleague I have not verified' }).check();
    expect(describeFindings('bundle-send', await axeFindings(senderPage))).toEqual([]);
    await senderPage.screenshot({ path: join(shots, 'bundle-send.png'), animations: 'disabled', caret: 'hide' });
    await send.getByRole('button', { name: 'Choose where to save…' }).click();
    const file = `${theCase.reference}.casefile`;
    await expect(send.getByRole('status')).toContainText(`The case was written to ${file} (`);
    await expect(send).toContainText('Not verified: Legal officer, OLA.');
    // Carried over on a USB stick: the sender's export folder is free for the next bundle.
    const written = join(vault.files.dir, file);
    renameSync(sender.files.exports[0]!.path, written);
    await send.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Cases', exact: true }).click();
    const receive = page.getByRole('dialog', { name: 'Receive a case' });
    // A file changed on the way: keyboard only, refused in words, nothing written.
    const damaged = join(vault.files.dir, 'damaged.casefile');
    copyFileSync(written, damaged);
    const bytes = readFileSync(damaged);
    bytes[bytes.length - 200] = bytes[bytes.length - 200]! ^ 0x01;
    writeFileSync(damaged, bytes);
    vault.files.toAdd = [damaged];
    await tabTo(page, page.getByRole('button', { name: 'Receive a case…' }).first());
    await page.keyboard.press('Enter');
    await tabTo(page, receive.getByRole('button', { name: 'Choose the file and check it…' }));
    await page.keyboard.press('Enter');
    await expect(receive.getByRole('alert')).toContainText('This bundle is damaged or was changed after it was made');
    await page.keyboard.press('Escape');
    await expect(receive).toBeHidden();
    expect(await call<{ items: unknown[] }>(vault, 'cases.list', {})).toMatchObject({ items: [] });

    // The legal officer receives the whole file: who signed it, what it brings, then Import.
    vault.files.toAdd = [written];
    await page.getByRole('button', { name: 'Receive a case…' }).first().click();
    await receive.getByRole('button', { name: 'Choose the file and check it…' }).click();
    await expect(receive).toContainText(`What case ${theCase.reference} brings`);
    await expect(receive).toContainText('Investigator One');
    await expect(receive).toContainText('Verified contact');
    await expect(receive).toContainText(`Case ${theCase.reference} is new to this vault`);
    await expect(receive).toContainText('Evidence files: 1 (');
    expect(describeFindings('bundle-preview', await axeFindings(page))).toEqual([]);
    vault.files.toAdd = []; // the import reads the file the preview checked: no second dialog
    await receive.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(receive.getByRole('status')).toContainText(`Case ${theCase.reference} was imported`);
    await receive.getByRole('button', { name: `Open case ${theCase.reference}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

    // Both sides change the summary and the evidence item's status; the sender alone its storage place.
    // The second bundle shows each differing field in words, side by side, and merges the one-sided change.
    await call(sender, 'cases.update', { caseId: theCase.id, changes: { summary: 'V-01 named S-02 as well.' } });
    await call(vault, 'cases.update', { caseId: theCase.id, changes: { summary: 'Referred to OIOS on 4 March.' } });
    // A structured detail: the location's description, changed on both sides, shows part by part.
    await call(sender, 'cases.update', { caseId: theCase.id, changes: { location: { text: 'Market of PK5' } } });
    await call(vault, 'cases.update', { caseId: theCase.id, changes: { location: { text: 'Near the water point' } } });
    await call(sender, 'evidence.update', {
      itemId: item.id,
      changes: { status: 'at_lab', storageLocation: 'Forensic lab, Entebbe' },
    });
    await call(vault, 'evidence.update', { itemId: item.id, changes: { status: 'in_storage' } });
    const [colleagueContact] = (await call<{ items: { id: string }[] }>(sender, 'contacts.list', {})).items;
    const again = await call<{ job: { jobId: string } }>(sender, 'bundles.export', {
      caseId: theCase.id,
      audience: { kind: 'contacts', contactIds: [colleagueContact!.id] },
    });
    await expect
      .poll(async () => (await call<{ state: string }>(sender, 'jobs.get', { jobId: again.job.jobId })).state)
      .toBe('done');
    await page.getByRole('button', { name: 'Cases', exact: true }).click();
    vault.files.toAdd = [sender.files.exports[1]!.path];
    await page.getByRole('button', { name: 'Receive a case…' }).first().click();
    await receive.getByRole('button', { name: 'Choose the file and check it…' }).click();
    const conflict = receive.getByRole('group', { name: `Case ${theCase.reference}` });
    const summary = conflict.getByRole('row', { name: /^Summary/ });
    await expect(summary).toContainText('Referred to OIOS on 4 March.');
    await expect(summary).toContainText('V-01 named S-02 as well.');
    await expect(summary).toContainText('Changed on both sides: mine is kept (your choice)');
    await expect(conflict.getByRole('radio', { name: 'Keep mine' })).toBeChecked();
    // A place's description is sensitive (shown elsewhere only when asked): said to differ, never printed.
    await expect(conflict.getByRole('row', { name: /^Location: Description/ })).toContainText(
      'Not shown here (sensitive): open the record to compare'.repeat(2) +
        'Changed on both sides: mine is kept (your choice)',
    );
    await expect(conflict).not.toContainText('Market of PK5');
    await expect(conflict).not.toContainText('Near the water point');
    // A status is shown by its label, the one-sided change as taken; never a column's name or a code.
    const itemConflict = receive.getByRole('group', { name: 'Evidence item E-0001' });
    await expect(itemConflict.getByRole('row', { name: /^Status/ })).toContainText(
      'In secure storageAt the labChanged on both sides: mine is kept (your choice)',
    );
    await expect(itemConflict.getByRole('row', { name: /^Where it is kept/ })).toContainText(
      'Evidence locker 3Forensic lab, EntebbeChanged only in the file: theirs is taken',
    );
    await expect(receive.getByRole('columnheader', { name: 'Kept as here' })).toBeVisible();
    for (const raw of ['in_storage', 'at_lab', 'storage_location', 'updated_at', item.id]) {
      await expect(receive).not.toContainText(raw);
    }
    expect(describeFindings('bundle-conflict', await axeFindings(page))).toEqual([]);
    await conflict.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'bundle-conflict.png'), animations: 'disabled', caret: 'hide' });
    await conflict.getByRole('radio', { name: 'Take theirs where both changed it' }).check();
    // The column follows the choice, for that record only; a field changed only in the file is taken either way.
    await expect(summary).toContainText('Changed on both sides: theirs is taken (your choice)');
    await expect(itemConflict.getByRole('row', { name: /^Status/ })).toContainText('mine is kept (your choice)');
    await receive.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(receive.getByRole('status')).toContainText(`Case ${theCase.reference} was imported`);
    const after = await call<{ summary: string }>(vault, 'cases.get', { caseId: theCase.id });
    expect(after.summary).toBe('V-01 named S-02 as well.');
    // The item's conflict kept mine (the status), and took the storage place only the sender changed.
    expect(await call(vault, 'evidence.get', { itemId: item.id })).toMatchObject({
      status: 'in_storage',
      storageLocation: 'Forensic lab, Entebbe',
    });
    await receive.getByRole('button', { name: 'Close' }).click();
  } finally {
    stopSender();
    await senderPage.close();
    close();
  }
});

test('a second unverified colleague asks for the confirmation again; the hint says what goes', async ({
  page,
  vault,
  clock,
}) => {
  const colleagues = [openVaultHarness(clock), openVaultHarness(clock)];
  try {
    await openWithVault(page, vault);
    for (const [index, { harness }] of colleagues.entries()) {
      expect((await harness.dispatch('vault.create', { passphrase: 'colleague vault words here' })).ok).toBe(true);
      const { card } = await call<{ card: string }>(harness, 'identity.show', {});
      await call(vault, 'contacts.add', { card, name: `Colleague ${index + 1}` });
    }
    const theCase = await createCase(vault);
    await openCaseFromList(page, TITLE);
    await page.getByRole('button', { name: 'Send this case…' }).click();
    const send = page.getByRole('dialog', { name: `Send case ${theCase.reference}` });
    await send.getByRole('checkbox', { name: 'Colleague 1 Not verified' }).check();
    const confirm = send.getByRole('checkbox', { name: 'Send it anyway to a colleague I have not verified' });
    await confirm.check();
    // The confirmation was given for Colleague 1 only: ticking Colleague 2 takes it back.
    await send.getByRole('checkbox', { name: 'Colleague 2 Not verified' }).check();
    await expect(send).toContainText('You have not verified Colleague 1 and Colleague 2');
    await expect(confirm).not.toBeChecked();
    await send.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(send.getByRole('alert')).toContainText('Confirm that you send the file to a colleague');
    expect(vault.files.exports).toEqual([]);
    // Without identities: what stays and what goes as written, said plainly.
    await expect(send).toContainText('names of the evidence files');
    await expect(send).toContainText('notes, descriptions and other text you wrote go as written');
  } finally {
    colleagues.forEach(({ close }) => close());
  }
});
