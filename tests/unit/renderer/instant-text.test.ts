import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayLocale, formatInstant } from '../../../renderer/components/format-dates.js';
import { catalogT } from './i18n-instance.js';

// 09:30 UTC: 10:30 in Bangui (UTC+1), 23:30 the same day in Kiritimati (UTC+14).
const MOMENT = '2026-03-02T09:30:00.000Z';

describe('a moment on screen', () => {
  let computerZone: string | undefined;
  beforeEach(() => {
    computerZone = process.env['TZ'];
    // The computer sits in a zone far from the mission's: nothing shown may follow it.
    process.env['TZ'] = 'Pacific/Kiritimati';
  });
  afterEach(() => {
    if (computerZone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = computerZone;
  });

  it('reads on the mission’s clock and names the zone, in each interface language', async () => {
    const en = await catalogT('en');
    const fr = await catalogT('fr');
    const ar = await catalogT('ar');
    expect(formatInstant(en, displayLocale('en'), MOMENT, 'Africa/Bangui')).toBe('2 Mar 2026, 10:30 (Africa/Bangui)');
    expect(formatInstant(fr, displayLocale('fr'), MOMENT, 'Africa/Bangui')).toBe(
      '2 mars 2026, 10:30 (fuseau Africa/Bangui)',
    );
    const arabic = formatInstant(ar, displayLocale('ar'), MOMENT, 'Africa/Bangui');
    expect(arabic).toContain('10:30');
    expect(arabic).toContain('(Africa/Bangui)');
  });

  it('moves the day with the zone: late evening in New York is the next morning in Bangui', async () => {
    const en = await catalogT('en');
    const lateInNewYork = '2026-03-03T03:30:00.000Z';
    expect(formatInstant(en, displayLocale('en'), lateInNewYork, 'America/New_York')).toBe(
      '2 Mar 2026, 22:30 (America/New_York)',
    );
    expect(formatInstant(en, displayLocale('en'), lateInNewYork, 'Africa/Bangui')).toBe(
      '3 Mar 2026, 04:30 (Africa/Bangui)',
    );
  });

  it('reads a zone that is not a real one as UTC, and says so', async () => {
    const en = await catalogT('en');
    expect(formatInstant(en, displayLocale('en'), MOMENT, 'Mars/Olympus')).toBe('2 Mar 2026, 09:30 (UTC)');
  });
});
