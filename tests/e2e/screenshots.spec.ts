import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runVaultFlow } from '../flows/vault-flow.js';
import { expect, test } from './fixtures.js';
import { PASSPHRASE, WRONG_PASSPHRASE } from './helpers.js';
import { screenshotsDir } from './paths.js';

/**
 * Pictures of each screen at 1280×800. They go to docs/screenshots/ only when asked
 * (CASEFILE_SCREENSHOTS=1), so a routine run never rewrites tracked files.
 */
test('screens at 1280×800', async ({ page }, testInfo) => {
  const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  mkdirSync(target, { recursive: true });
  const shoot = async (name: string) => {
    // Let the caret blink and the focus ring settle in a stable frame.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(target, `${name}.png`), animations: 'disabled', caret: 'hide' });
  };

  await runVaultFlow(page, {
    passphrase: PASSPHRASE,
    wrongPassphrase: WRONG_PASSPHRASE,
    capture: async (screen) => {
      if (screen === 'create-vault') {
        // Show the form mid-way: a strong passphrase typed, the feedback visible.
        await expect(page.getByText('This passphrase is strong enough.')).toBeVisible();
      }
      await shoot(screen);
    },
  });

  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await shoot('settings');
});
