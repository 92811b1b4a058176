import { describe, expect, it } from 'vitest';
import {
  dateText,
  formValue,
  monthText,
  readDate,
  readMonth,
  readTime,
  timeText,
} from '../../../renderer/components/date-time-text.js';
import { formatInstant, formatWrittenDate, displayLocale } from '../../../renderer/components/format-dates.js';
import { DATE_CONVENTIONS, dateTimeFormat, interfaceLanguage } from '../../../renderer/i18n/date-conventions.js';
import { formatClockTime } from '../../../renderer/people/local-time.js';
import { LANGUAGES, type Language } from '../../../shared/domain/settings.js';
import { catalogT } from './i18n-instance.js';
import { rendererSources } from './renderer-sources.js';

const valid = (value: string) => ({ kind: 'valid', value });
const invalid = (problem: string) => expect.objectContaining({ kind: 'invalid', problem });

describe('a typed time, on the 24-hour clock', () => {
  it.each([
    ['2321', '23:21'],
    ['23:21', '23:21'],
    ['23h21', '23:21'],
    ['23H21', '23:21'],
    ['23 h 21', '23:21'],
    ['23.21', '23:21'],
    ['9:05', '09:05'],
    ['905', '09:05'],
    ['0000', '00:00'],
    ['00:30', '00:30'],
    ['9h', '09:00'],
    ['23', '23:00'],
    ['  7:45 ', '07:45'],
    ['2:30 pm', '14:30'],
    ['12 am', '00:00'],
    ['12:15 PM', '12:15'],
    ['11.59 p.m.', '23:59'],
    ['2:30 م', '14:30'],
    ['2:30م', '14:30'],
    ['9:15 ص', '09:15'],
    ['12 ص', '00:00'],
    ['12:15 م', '12:15'],
    ['11.59 مساءً', '23:59'],
    ['7:45 مساء', '19:45'],
    ['7:45 صباحًا', '07:45'],
    ['7:45 صباحا', '07:45'],
    ['٢:٣٠ م', '14:30'],
    ['۲:۳۰ ص', '02:30'],
    ['\u200f14:30\u200f', '14:30'],
    ['\u20662:30 م\u2069', '14:30'],
  ])('%j is %s', (typed, time) => {
    expect(readTime(typed)).toEqual(valid(time));
  });

  it('never reads "2321" as 02:32 or as a 12-hour time', () => {
    expect(readTime('2321')).not.toEqual(valid('02:32'));
    expect(readTime('1430')).toEqual(valid('14:30'));
  });

  it.each([
    ['2400', 'hour'],
    ['24:00', 'hour'],
    ['25h', 'hour'],
    ['2360', 'minute'],
    ['9:75', 'minute'],
    ['9:5', 'format'],
    ['12345', 'format'],
    ['noon', 'format'],
    ['23:21:05', 'format'],
    ['13 pm', 'twelveHour'],
    ['0:30 am', 'twelveHour'],
    ['pm', 'format'],
    ['13 م', 'twelveHour'],
    ['0:30 ص', 'twelveHour'],
    ['م', 'format'],
    ['2:30 مساءات', 'format'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(readTime(typed)).toEqual(invalid(problem));
  });

  it('is empty when nothing is typed', () => {
    expect(readTime('   ')).toEqual({ kind: 'empty' });
  });

  it('reads Arabic-Indic and Eastern Arabic-Indic digits as the same times and dates', () => {
    expect(readTime('٢٣:٢١')).toEqual(valid('23:21'));
    expect(readTime('۲۳۲۱')).toEqual(valid('23:21'));
    expect(readDate('١٠/٠٣/٢٠٢٦', 'en')).toEqual(valid('2026-03-10'));
    // Copied from right-to-left text, with its invisible direction marks.
    expect(readDate('\u200f١٠/٠٣/٢٠٢٦\u200f', 'ar')).toEqual(valid('2026-03-10'));
  });

  it('is shown as HH:mm, whatever the stored seconds', () => {
    expect(timeText('09:05')).toBe('09:05');
    expect(timeText('23:21:59')).toBe('23:21');
    expect(timeText('9h')).toBe('9h');
  });
});

describe('a typed date, in the order of the interface language', () => {
  it.each(['en', 'fr'])('%s reads day first: 02/03/2026 is 2 March', (language) => {
    expect(readDate('02/03/2026', language)).toEqual(valid('2026-03-02'));
    expect(readDate('2.3.2026', language)).toEqual(valid('2026-03-02'));
    expect(readDate('02-03-2026', language)).toEqual(valid('2026-03-02'));
    expect(readDate('02 03 2026', language)).toEqual(valid('2026-03-02'));
    expect(readDate('02032026', language)).toEqual(valid('2026-03-02'));
  });

  it.each(['en', 'fr'])('%s understands ISO 8601, year first, in any language', (language) => {
    expect(readDate('2026-03-02', language)).toEqual(valid('2026-03-02'));
    expect(readDate('2026/3/2', language)).toEqual(valid('2026-03-02'));
    expect(readDate('20260302', language)).toEqual(valid('2026-03-02'));
  });

  it('does not depend on a regional tag of the language (en-US is still day first)', () => {
    expect(readDate('02/03/2026', 'en-US')).toEqual(valid('2026-03-02'));
    expect(interfaceLanguage('en-US')).toBe('en');
    expect(interfaceLanguage('fr-CA')).toBe('fr');
    expect(interfaceLanguage('xx')).toBe('en');
  });

  it('refuses a day that is not on the calendar, saying which month it looked in', () => {
    expect(readDate('31/02/2026', 'en')).toEqual({ kind: 'invalid', problem: 'day', month: '2026-02' });
    expect(readDate('29/02/2026', 'fr')).toEqual({ kind: 'invalid', problem: 'day', month: '2026-02' });
    expect(readDate('29/02/2024', 'fr')).toEqual(valid('2024-02-29'));
    expect(readDate('31/04/2026', 'en')).toEqual(invalid('day'));
    expect(readDate('00/04/2026', 'en')).toEqual(invalid('day'));
    expect(readDate('2026-02-30', 'en')).toEqual(invalid('day'));
  });

  it.each([
    ['10/13/2026', 'month'],
    ['10/00/2026', 'month'],
    ['10/03/26', 'year'],
    ['10/03/1850', 'year'],
    ['10/03/202', 'format'],
    ['10/03/20266', 'format'],
    ['10 March 2026', 'format'],
    ['yesterday', 'format'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(readDate(typed, 'en')).toEqual(invalid(problem));
  });

  it('is written back day first in both languages', () => {
    expect(dateText('2026-03-02', 'en')).toBe('02/03/2026');
    expect(dateText('2026-03-02', 'fr')).toBe('02/03/2026');
    // Anything that is not a date is left as typed, never dropped.
    expect(dateText('31/02/2026', 'en')).toBe('31/02/2026');
    expect(dateText('', 'fr')).toBe('');
  });
});

describe('a typed month', () => {
  it('reads 03/2026, 3.2026 and ISO 2026-03', () => {
    expect(readMonth('03/2026')).toEqual(valid('2026-03'));
    expect(readMonth('3.2026')).toEqual(valid('2026-03'));
    expect(readMonth('2026-03')).toEqual(valid('2026-03'));
    expect(monthText('2026-03')).toBe('03/2026');
  });

  it('refuses a month that does not exist and a short year', () => {
    expect(readMonth('13/2026')).toEqual(invalid('month'));
    expect(readMonth('03/26')).toEqual(invalid('year'));
    expect(readMonth('March')).toEqual(invalid('format'));
  });
});

describe('what a field hands to its form', () => {
  it('is the ISO value, empty, or the text itself so the form refuses it', () => {
    expect(formValue(readTime('2321'), '2321')).toBe('23:21');
    expect(formValue(readTime(''), '')).toBe('');
    expect(formValue(readDate('31/02/2026', 'en'), ' 31/02/2026 ')).toBe('31/02/2026');
  });
});

describe('dates and times for reading', () => {
  const afternoon = '2026-03-10T14:30:00.000Z';
  const justAfterMidnight = '2026-03-10T00:30:00.000Z';

  it('use the language’s own locale, never the computer’s', () => {
    expect(displayLocale('en')).toBe('en-GB');
    expect(displayLocale('fr')).toBe('fr-FR');
    for (const language of LANGUAGES) expect(DATE_CONVENTIONS[language].locale.startsWith(language)).toBe(true);
  });

  it('show the 24-hour clock in every language, and 00:30 not 24:30 or 12:30 am', async () => {
    const shown = async (instant: string, language: Language) =>
      formatInstant(await catalogT(language), displayLocale(language), instant, 'UTC');
    for (const language of LANGUAGES) {
      expect(await shown(afternoon, language)).toContain('14:30');
      expect(await shown(justAfterMidnight, language)).toContain('00:30');
      expect(await shown(afternoon, language)).not.toMatch(/pm/i);
    }
    expect(await shown(afternoon, 'en')).toBe('10 Mar 2026, 14:30 (UTC)');
    expect(await shown(afternoon, 'fr')).toBe('10 mars 2026, 14:30 (fuseau UTC)');
    expect(formatWrittenDate(displayLocale('en'), '2026-03-10T23:21')).toBe('10 Mar 2026, 23:21');
    // 14:30 UTC is 15:30 in Bangui, whatever zone runs the test.
    expect(formatClockTime(afternoon, 'en', 'Africa/Bangui')).toBe('15:30');
  });

  it('keep the 24-hour clock even where the locale itself would use 12 hours', () => {
    const format = dateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' });
    expect(format.format(new Date(afternoon))).toBe('14:30');
    expect(dateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'UTC' }).format(new Date(justAfterMidnight))).toBe(
      '00:30',
    );
  });
});

describe('the renderer’s sources', () => {
  const sources = rendererSources();

  it('hold no browser date, time or month input: their order and clock follow the computer, not the app', () => {
    const native = /type=["'{]+(?:date|time|month|datetime-local|week)\b|datetime-local/;
    expect(sources.filter((file) => native.test(file.text)).map((file) => file.path)).toEqual([]);
  });

  it('make date formatters only through dateTimeFormat (the language’s locale, the 24-hour clock)', () => {
    const direct = /new Intl\.DateTimeFormat\(|\.toLocale(?:Date|Time)?String\(|Intl\.DateTimeFormat\([^)]/;
    const offenders = sources
      .filter((file) => file.path !== 'renderer/i18n/date-conventions.ts' && direct.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });
});
