import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue } from './catalogue.js';
import { test } from './fixtures.js';
import { screenshotsDir } from './paths.js';
import { screenshotInto, walkMainScreens } from './screen-walk.js';

/** The screens the README shows in Arabic, by the walk's names for them. */
const README_SCREENS = new Set([
  'cases list',
  'case overview',
  'people',
  'person',
  'interview with notes',
  'evidence item and custody',
  'letters register',
  'template editor',
  'timeline chart',
  'deadlines',
  'settings',
  'unlock',
]);

/**
 * Issue 15: the main screens in Arabic, right to left, at 1280×800 for the README. They go to
 * docs/screenshots/ar/ only when asked (CASEFILE_SCREENSHOTS=1), so a routine run never rewrites tracked files;
 * the walk itself (names and axe in Arabic) is run by accessibility.spec.ts, so this one runs only when asked.
 */
test('the main screens in Arabic, for the README', async ({ page, vault }) => {
  test.skip(process.env.CASEFILE_SCREENSHOTS !== '1', 'pictures for the README, made when asked');
  test.setTimeout(360_000);
  const target = join(screenshotsDir, 'ar');
  mkdirSync(target, { recursive: true });
  await walkMainScreens(page, vault, await catalogue('ar'), 'ar', async (screen) => {
    if (!README_SCREENS.has(screen)) return;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(1270, 790);
    await screenshotInto(page, target, screen);
  });
});
