import { catalogue } from './catalogue.js';
import { expect, test } from './fixtures.js';
import { cutOrOverflowingText, installPseudoLocale, pseudo, pseudoCatalogue } from './pseudo-locale.js';
import { walkMainScreens } from './screen-walk.js';

/**
 * Issue 15: the main screens in a pseudo-locale (English accented and about 40% longer, built at run time,
 * never one of the app's languages) show no text cut off or running out of its box, so a longer language
 * than English (French, Arabic) is not cut either.
 */
test('every main screen in a pseudo-locale 40% longer than English: no text cut or running out', async ({
  page,
  vault,
}) => {
  test.setTimeout(360_000);
  const t = pseudoCatalogue(await catalogue('en'));
  await installPseudoLocale(page);
  const problems: string[] = [];
  await walkMainScreens(
    page,
    vault,
    t,
    'en',
    async (screen) => {
      for (const problem of await cutOrOverflowingText(page)) problems.push(`${screen}: ${problem}`);
    },
    pseudo,
  );
  // Every screen's findings at once, so one run shows all there is to fix.
  expect(problems).toEqual([]);
});

test('the pseudo-locale is longer, keeps codes and placeholders, and the page is drawn in it', async ({ page }) => {
  const english = await catalogue('en');
  const t = pseudoCatalogue(english);
  expect(pseudo('Record delivery to {{code}} <0>now</0>, V-01')).toBe(
    'Réèçóòřđ đéèľíìṽéèřýÿ ţťóò {{code}} <0>ñňóòŵ</0>, V-01',
  );
  const words = ['cases.newCase', 'shell.settings', 'evidence.tab.log', 'settings.autoLockLabel'] as const;
  const longer = words.map((key) => t(key).length / english(key).length);
  for (const ratio of longer) expect(ratio).toBeGreaterThanOrEqual(1.35);

  await installPseudoLocale(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: t('create.heading') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: english('create.heading') })).toHaveCount(0);
});

test('the checker finds text cut off and a button label running out (it can fail)', async ({ page }) => {
  await page.evaluate(() => {
    const make = (tag: string, text: string, style: Partial<CSSStyleDeclaration>) => {
      const element = document.createElement(tag);
      element.textContent = text;
      Object.assign(element.style, style);
      return element;
    };
    document.body.replaceChildren(
      make('div', 'A title far too long for its narrow box', {
        width: '60px',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
      }),
      make('div', 'Cut on purpose, with an ellipsis', {
        width: '60px',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
      }),
      make('button', 'Record the delivery', { width: '40px', whiteSpace: 'nowrap' }),
      make('p', 'Wraps as it should in a narrow box', { width: '60px' }),
    );
  });
  expect(await cutOrOverflowingText(page)).toEqual([
    expect.stringMatching(/^cut: div "A title far too long for its narrow box" \(\d+×\d+ in 60×\d+\)$/),
    'runs out of its box: button "Record the delivery"',
  ]);
});
