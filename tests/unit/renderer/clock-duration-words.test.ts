import { describe, expect, it } from 'vitest';
import { durationText } from '../../../renderer/settings/clocks/clock-words.js';
import { catalogT } from './i18n-instance.js';

/** A clock's duration in the settings, in the form each language's plural rules give the amount. */
describe('a clock’s duration in words', () => {
  it('takes English’s singular for 1 only and French’s for 0 and 1', async () => {
    const en = await catalogT('en');
    const fr = await catalogT('fr');
    expect(durationText(en, { amount: 1, unit: 'hours' })).toBe('1 hour');
    expect(durationText(en, { amount: 0, unit: 'days' })).toBe('0 days');
    expect(durationText(en, { amount: 72, unit: 'hours' })).toBe('72 hours');
    expect(durationText(fr, { amount: 0, unit: 'hours' })).toBe('0 heure');
    expect(durationText(fr, { amount: 6, unit: 'months' })).toBe('6 mois');
    expect(durationText(fr, { amount: 10, unit: 'working_days' })).toBe('10 jours ouvrés');
  });

  it('gives Arabic its form for one, two, a few, many and a hundred', async () => {
    const ar = await catalogT('ar');
    const months = (amount: number) => durationText(ar, { amount, unit: 'months' });
    expect([1, 2, 3, 11, 100].map(months)).toEqual(['شهر واحد', 'شهران', '3 أشهر', '11 شهرًا', '100 شهر']);
    const days = (amount: number) => durationText(ar, { amount, unit: 'days' });
    expect([1, 2, 3, 11, 100].map(days)).toEqual(['يوم واحد', 'يومان', '3 أيام', '11 يومًا', '100 يوم']);
    const hours = (amount: number) => durationText(ar, { amount, unit: 'hours' });
    expect([1, 2, 3, 11, 100].map(hours)).toEqual(['ساعة واحدة', 'ساعتان', '3 ساعات', '11 ساعة', '100 ساعة']);
    expect(durationText(ar, { amount: 5, unit: 'working_days' })).toBe('5 أيام عمل');
  });
});
