import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { todayIn } from '../clock.js';
import { accessibleControls, axeFindings, describeFindings } from './accessibility.js';
import { call, createCase, openCaseFromList } from './cases-fixtures.js';
import { expect, test } from './fixtures.js';
import { openWithVault } from './helpers.js';
import { screenshotsDir } from './paths.js';

/**
 * A case with a thousand dated events: the chart draws a bounded number of marks, dense periods as
 * clusters that say how many events they hold and when, and a cluster opens its period from the keyboard.
 */

const DAY = 86_400_000;
const TITLE = 'Repeated visits to the distribution site reported';
const DENSE = 700;
const SPREAD = 300;

const utcMinute = (ms: number) => new Date(ms).toISOString().slice(0, 16);

test('a thousand events are drawn as a bounded number of marks, and a cluster opens its period', async ({
  page,
  vault,
}, testInfo) => {
  test.setTimeout(120_000);
  await openWithVault(page, vault);
  const now = vault.clock.now();
  const theCase = await createCase(vault, { title: TITLE, dateReceived: todayIn('UTC', vault.clock) });
  // A busy fortnight of patrol log entries two hundred days ago, then entries every day or so since.
  const denseStart = now - 200 * DAY;
  const dates = [
    ...Array.from({ length: DENSE }, (_, index) => denseStart + index * 29 * 60_000),
    ...Array.from({ length: SPREAD }, (_, index) => denseStart + 20 * DAY + index * 0.55 * DAY),
  ];
  for (const [index, at] of dates.entries())
    await call(vault, 'timeline.add', {
      caseId: theCase.id,
      event: {
        date: { precision: 'exact', from: utcMinute(at), timeZone: 'UTC' },
        kind: 'investigative_action',
        title: `Patrol log entry ${index + 1}`,
        basis: 'established',
      },
    });

  await openCaseFromList(page, TITLE);
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'Timeline' });
  const chart = panel.getByRole('group', { name: 'Chronology drawn to scale, axis in UTC' });
  await expect(chart).toBeVisible();

  const marks = chart.getByRole('button');
  const drawn = await marks.count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(200);
  const clusters = chart.locator('.tl-cluster');
  expect(await clusters.count()).toBeGreaterThan(0);
  // No event lost: the clusters' counts and the single marks add up to every dated event.
  const sizes = await clusters.evaluateAll((elements) =>
    elements.map((element) => Number(element.getAttribute('data-cluster-size'))),
  );
  const singles = drawn - sizes.length;
  const datedCount = (await call<{ dated: unknown[] }>(vault, 'timeline.list', { caseId: theCase.id })).dated.length;
  expect(singles + sizes.reduce((sum, size) => sum + size, 0)).toBe(datedCount);

  // A cluster says in words how many events it holds and when; Enter shows its period closer.
  const first = clusters.first();
  await expect(first).toHaveAttribute('aria-label', /^\d+ events, .+: press to see them closer$/);
  expect((await accessibleControls(page)).unnamed).toEqual([]);
  expect(describeFindings('timeline with clusters', await axeFindings(page))).toEqual([]);

  const target = process.env.CASEFILE_SCREENSHOTS === '1' ? screenshotsDir : testInfo.outputPath('screenshots');
  mkdirSync(target, { recursive: true });
  await page.evaluate(() => document.querySelector('[role="tablist"]')?.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(target, 'timeline-clusters.png'), animations: 'disabled', caret: 'hide' });

  const size = Number(await first.getAttribute('data-cluster-size'));
  await first.focus();
  await page.keyboard.press('Enter');
  // Zoomed to the cluster's period: its events are now spread out, the rest are off to one side.
  await expect(panel.getByRole('button', { name: /^Later events not shown: \d+/ })).toBeVisible();
  const inView = await chart.getByRole('button').count();
  expect(inView).toBeLessThan(200);
  expect(inView).toBeGreaterThan(1);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  expect(focused).toMatch(/^(Patrol log entry \d+, |\d+ events, )/);
  const closer = await chart
    .locator('.tl-cluster')
    .evaluateAll((elements) => elements.map((element) => Number(element.getAttribute('data-cluster-size'))));
  expect(Math.max(0, ...closer)).toBeLessThan(size);
});

test('a cluster of events on one same day, which no zoom can pull apart, lists them instead', async ({
  page,
  vault,
}) => {
  await openWithVault(page, vault);
  const theCase = await createCase(vault, { title: TITLE, dateReceived: todayIn('UTC', vault.clock) });
  const day = new Date(vault.clock.now() - 90 * DAY).toISOString().slice(0, 10);
  for (let index = 0; index < 60; index++)
    await call(vault, 'timeline.add', {
      caseId: theCase.id,
      event: {
        date: { precision: 'day', from: day, timeZone: 'UTC' },
        kind: 'victim_contact',
        title: `Call log entry ${index + 1}`,
        basis: 'reported_by_source',
      },
    });

  await openCaseFromList(page, TITLE);
  await page.getByRole('tab', { name: 'Timeline', exact: true }).click();
  const panel = page.getByRole('tabpanel', { name: 'Timeline' });
  const chart = panel.getByRole('group', { name: 'Chronology drawn to scale, axis in UTC' });
  const cluster = chart.locator('.tl-cluster');
  await expect(cluster).toHaveCount(1);
  await expect(cluster).toHaveAttribute('data-cluster-size', '60');

  await cluster.focus();
  await page.keyboard.press('Enter');
  const list = panel.getByRole('region', { name: /^60 events, .+, all at the same time on the chart$/ });
  await expect(list.getByRole('button', { name: /^Call log entry \d+$/ })).toHaveCount(60);
  expect(describeFindings('timeline cluster list', await axeFindings(page))).toEqual([]);
  await list.getByRole('button', { name: 'Call log entry 7', exact: true }).click();
  await expect(panel.getByRole('region', { name: 'Call log entry 7' })).toBeVisible();
  await list.getByRole('button', { name: 'Close the list' }).click();
  await expect(list).toHaveCount(0);
});
