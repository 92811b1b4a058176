import i18next from 'i18next';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartMark } from '../../../shared/contract/timeline.js';
import { clusterPeriod } from '../../../renderer/timeline/cluster-period.js';
import { displayLocale } from '../../../renderer/components/format-dates.js';
import { resources } from '../../../renderer/i18n/index.js';
import { TimelineChart } from '../../../renderer/timeline/TimelineChart.js';
import { TEST_START_MS } from '../../clock.js';

// The period's words are the costly part of a cluster's text (Intl's formatRange): counted here.
vi.mock('../../../renderer/timeline/cluster-period.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../renderer/timeline/cluster-period.js')>();
  return { clusterPeriod: vi.fn(actual.clusterPeriod) };
});
// The "now" line reads the test's clock, not the wall clock.
vi.mock('../../../renderer/deadlines/use-now.js', async () => {
  const { TEST_START_MS: now } = await import('../../clock.js');
  return { useNow: () => now };
});

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const TIME_ZONE = 'Africa/Kinshasa';

const clusterAt = (x0: number, lane: number, earliest: number, count: number): ChartMark => ({
  x0,
  x1: x0 + 30,
  lane,
  point: false,
  continuesBefore: false,
  continuesAfter: false,
  earliest,
  end: earliest + 2 * DAY_MS,
  count,
  firstId: `event-${lane}-${x0}`,
  entry: null,
  zoomTo: { from: earliest, to: earliest + 2 * DAY_MS },
  listed: [],
});

async function drawChart(marks: ChartMark[]): Promise<string> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: 'en', fallbackLng: false, interpolation: { escapeValue: false } });
  const chart = createElement(TimelineChart, {
    chart: { marks, laneCount: 2, before: 0, after: 0 },
    range: { from: TEST_START_MS - 10 * DAY_MS, to: TEST_START_MS + 10 * DAY_MS },
    width: 900,
    timeZone: TIME_ZONE,
    selectedId: null,
    onSelect: () => undefined,
    navigation: { zoom: () => undefined, fit: () => undefined, pan: () => undefined, show: () => undefined },
    label: 'Chronology',
  });
  return renderToStaticMarkup(createElement(I18nextProvider, { i18n: instance }, chart));
}

describe('a cluster on the chart', () => {
  const first = clusterAt(100, 0, TEST_START_MS - 3 * DAY_MS, 4);
  const second = clusterAt(400, 1, TEST_START_MS + 2 * DAY_MS, 7);
  const period = vi.mocked(clusterPeriod);
  beforeEach(() => {
    period.mockClear();
  });

  it('has its words built once per drawing: its period is put in words once', async () => {
    await drawChart([first, second]);
    expect(period).toHaveBeenCalledTimes(2);
    expect(period.mock.calls.map(([, , earliest]) => earliest)).toEqual([first.earliest, second.earliest]);
  });

  it('shows its count and period, and says the same to assistive technology with what pressing it does', async () => {
    const html = await drawChart([first]);
    const words = period.getMockImplementation()?.(displayLocale('en'), TIME_ZONE, first.earliest, first.end) ?? '';
    expect(words).not.toBe('');
    expect(html).toContain(`<title>4 events, ${words}</title>`);
    expect(html).toContain(`aria-label="4 events, ${words}: press to see them closer"`);
    expect(html).toContain(`>4 events, ${words}</text>`);
  });
});
