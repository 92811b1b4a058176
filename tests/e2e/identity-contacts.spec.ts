import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ageRecipientOf, x25519PublicOf } from '../../electron/core/kernel/identity/age-keys.js';
import { ed25519PublicOf } from '../../electron/core/kernel/identity/ed25519.js';
import { describeFindings, axeFindings } from './accessibility.js';
import { call } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { screenshotsDir } from './paths.js';

/** A colleague's contact card, as their own vault would give it. */
function colleagueCard(): string {
  return JSON.stringify({
    casefileContact: 1,
    name: 'Legal officer, OLA',
    recipient: ageRecipientOf(x25519PublicOf(randomBytes(32))),
    signingKey: ed25519PublicOf(randomBytes(32)).toString('base64'),
  });
}

test('an investigator shows her recipient, adds a colleague from a card and verifies the safety number', async ({
  page,
  vault,
}, testInfo) => {
  test.setTimeout(90_000);
  await openWithVault(page, vault);
  await page.getByRole('button', { name: 'Identity & contacts', exact: true }).click();
  const mine = page.getByRole('article', { name: 'This vault' });
  const identity = await call<{ recipient: string; signingFingerprint: string }>(vault, 'identity.show', {});
  await expect(mine).toContainText(identity.recipient);
  await expect(mine).toContainText(identity.signingFingerprint);
  await expect(mine.getByRole('img', { name: "QR code of this vault's recipient" })).toBeVisible();

  await expect(mine.getByLabel('Public signing key (PEM)')).toHaveValue(/-----BEGIN PUBLIC KEY-----/);

  // The secret age identity leaves only after a warning; cancelled, nothing is written.
  await mine.getByRole('button', { name: 'Save the secret age identity to a file…' }).click();
  const warning = page.getByRole('dialog', { name: "Save this vault's secret key?" });
  await expect(warning).toContainText('whoever holds the file can open every case bundle');
  await warning.getByRole('button', { name: 'Cancel' }).click();
  expect(vault.files.exports).toEqual([]);
  await mine.getByRole('button', { name: 'Save the secret age identity to a file…' }).click();
  await warning.getByRole('button', { name: 'Save the secret key' }).click();
  await expect(mine.getByRole('status')).toContainText('The age identity was saved.');
  // The reference age tool reads the file and finds this vault's recipient.
  const saved = vault.files.exports[0]!.path;
  expect(execFileSync('age-keygen', ['-y', saved]).toString().trim()).toBe(identity.recipient);

  const contacts = page.getByRole('article', { name: 'Contacts' });
  await expect(contacts).toContainText('No contacts yet.');
  // A malformed recipient is refused in words, and nothing is added.
  await contacts.getByLabel('Name', { exact: true }).fill('Someone');
  await contacts.getByLabel('Recipient (age1…)').fill('age1notarecipient');
  await contacts.getByLabel('Public signing key').fill('not a key');
  await contacts.getByRole('button', { name: 'Add colleague' }).click();
  await expect(contacts.getByRole('alert')).toContainText('This is not an age recipient.');

  await contacts.getByLabel('Recipient (age1…)').fill('');
  await contacts.getByLabel('Public signing key').fill('');
  await contacts.getByLabel('Name', { exact: true }).fill('');
  await contacts.getByLabel('Contact card').fill(colleagueCard());
  await contacts.getByRole('button', { name: 'Add colleague' }).click();
  await expect(contacts.getByRole('status')).toContainText('Legal officer, OLA was added to your contacts');
  const row = contacts.getByRole('row', { name: /Legal officer, OLA/ });
  await expect(row).toContainText('Not verified');

  const findings = describeFindings('identity', await axeFindings(page));
  expect(findings).toEqual([]);

  await row.getByRole('button', { name: 'Compare and verify Legal officer, OLA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verify Legal officer, OLA' });
  const [listed] = (await call<{ items: { safetyNumber: string }[] }>(vault, 'contacts.list', {})).items;
  await expect(dialog).toContainText(listed!.safetyNumber);
  await expect(dialog).toContainText(identity.signingFingerprint);
  expect(describeFindings('identity-verify', await axeFindings(page))).toEqual([]);

  const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  mkdirSync(target, { recursive: true });
  await page.screenshot({ path: join(target, 'identity-verify.png'), animations: 'disabled', caret: 'hide' });

  await dialog.getByRole('button', { name: 'The numbers match: mark verified' }).click();
  await expect(contacts.getByRole('status')).toContainText('Legal officer, OLA is verified.');
  await expect(row).toContainText('Verified');
  await expect(row).not.toContainText('Not verified');
  await page.screenshot({ path: join(target, 'identity-contacts.png'), animations: 'disabled', caret: 'hide' });
});
