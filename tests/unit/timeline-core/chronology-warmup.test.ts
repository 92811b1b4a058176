import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChronologyWarmup } from '../../../electron/core/timeline/chronology-warmup.js';
import * as timelineList from '../../../electron/core/timeline/timeline-list.js';
import { intake, useCaseFiles } from '../people/people-fixture.js';

// Every build of a chronology, counted: the view builds through this function only.
vi.mock('../../../electron/core/timeline/timeline-list.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../electron/core/timeline/timeline-list.js')>();
  return { ...actual, leanChronology: vi.fn(actual.leanChronology) };
});
const builds = vi.mocked(timelineList.leanChronology);

afterEach(() => {
  vi.useRealTimers();
  builds.mockClear();
});

describe('the chronology warm-up', () => {
  it('builds the case last named after a quiet stretch, which any call starts again', () => {
    vi.useFakeTimers();
    const build = vi.fn();
    const warmup = createChronologyWarmup({ quietMs: 400, build });
    warmup.activity({}); // no case read yet: nothing to build
    vi.advanceTimersByTime(1000);
    expect(build).not.toHaveBeenCalled();

    warmup.activity({ caseId: 'case-a' });
    vi.advanceTimersByTime(399);
    warmup.activity({ caseId: 'case-b', limit: 50 });
    vi.advanceTimersByTime(399);
    warmup.activity(undefined); // a call that names no case keeps the last one
    vi.advanceTimersByTime(399);
    expect(build).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(build.mock.calls).toEqual([['case-b']]);
    vi.advanceTimersByTime(5000);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('builds nothing after it stops, and a failed build is only skipped', () => {
    vi.useFakeTimers();
    const build = vi.fn(() => {
      throw new Error('the case was deleted');
    });
    const warmup = createChronologyWarmup({ quietMs: 400, build });
    warmup.activity({ caseId: 'case-a' });
    expect(() => vi.advanceTimersByTime(400)).not.toThrow();
    expect(build).toHaveBeenCalledTimes(1);

    warmup.activity({ caseId: 'case-a' });
    warmup.stop();
    vi.advanceTimersByTime(5000);
    warmup.activity(undefined); // the case was forgotten with the stop
    vi.advanceTimersByTime(5000);
    expect(build).toHaveBeenCalledTimes(1);
  });
});

describe('the workspace warms the chronology of the case being read', () => {
  const open = useCaseFiles();
  const GEOMETRY = { widthPx: 750, gapPx: 210, minWidthPx: 16, minSpacingPx: 24 };

  it('so the first chart after opening the case, or after a change, reads a kept one', async () => {
    const file = await open();
    const { id: caseId } = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
    await file.call('settings.update', { language: 'fr' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    builds.mockClear();

    await file.call('cases.get', { caseId });
    vi.advanceTimersByTime(399);
    expect(builds).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    // Built in the person's language, which the timeline asks in.
    expect(builds.mock.calls.map(([, , input]) => input)).toEqual([{ caseId, locale: 'fr' }]);

    const chart = await file.call('timeline.chart', { caseId, locale: 'fr', view: null, ...GEOMETRY });
    expect(chart.dated).toBeGreaterThan(0);
    expect(builds).toHaveBeenCalledTimes(1);

    // A change moves the case's version: the quiet stretch after it builds again, once.
    await file.call('timeline.add', {
      caseId,
      event: {
        date: { precision: 'day', from: '2026-03-01' },
        kind: 'incident',
        title: 'Meeting at the market',
        basis: 'reported_by_source',
      },
    });
    vi.advanceTimersByTime(400);
    expect(builds).toHaveBeenCalledTimes(2);
    const again = await file.call('timeline.chart', { caseId, locale: 'fr', view: null, ...GEOMETRY });
    expect(again.dated).toBe(chart.dated + 1);
    expect(builds).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(400); // nothing changed: the kept one is current
    expect(builds).toHaveBeenCalledTimes(2);
  });

  it('builds nothing once the vault is locked', async () => {
    const file = await open();
    const { id: caseId } = await file.call('cases.create', intake({ dateReceived: '2026-03-09' }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    builds.mockClear();
    await file.call('cases.get', { caseId });
    await file.call('vault.lock', {});
    vi.advanceTimersByTime(5000);
    expect(builds).not.toHaveBeenCalled();
  });
});
