import { describe, expect, it } from 'vitest';
import { FIRST_STRONG_ISOLATE as FSI, POP_DIRECTIONAL_ISOLATE as PDI } from '../../../renderer/i18n/isolate-values.js';
import { interfaceT } from './i18n-instance.js';

/** The interface's instance, its t for sentences by key and values of any shape. */
const interfaceInstance = async (language: 'en' | 'fr' | 'ar') =>
  (await interfaceT(language)) as unknown as (key: string, options?: Record<string, unknown>) => string;

const ISOLATES = /[\u2066-\u2069]/;

describe('values inside right-to-left sentences', () => {
  it('in Arabic, each value is a first-strong isolate, a formatted one (an enum label, a date) too', async () => {
    const t = await interfaceInstance('ar');
    const interview = t('messages.timeline.interview', { person: 'V-01' });
    expect(interview).toContain(`${FSI}V-01${PDI}`);
    expect(interview.replace(`${FSI}V-01${PDI}`, '')).toMatch(/[\u0621-\u064a]{3,}/);
    const opened = t('messages.timeline.opened', { status: 'intake' });
    expect(opened.match(/\u2068/g)).toHaveLength(1);
    expect(opened.match(/\u2069/g)).toHaveLength(1);
  });

  it('in Arabic, a series of codes reads right to left: each code isolated, Arabic commas between', async () => {
    const t = await interfaceInstance('ar');
    const closed = t('messages.findings.R5_CONSENSUAL_CLOSURE.default.message', { people: ['V-01', 'V-02'] });
    expect(closed).toContain(`${FSI}${FSI}V-01${PDI}، ${FSI}V-02${PDI}${PDI}`);
  });

  it('a call that asks for a left-to-right language from an Arabic screen gets no isolates', async () => {
    const t = await interfaceInstance('ar');
    expect(t('messages.timeline.interview', { person: 'V-01', lng: 'en' })).toBe('Interview of V-01');
  });

  it('English and French sentences are left exactly as they were', async () => {
    for (const language of ['en', 'fr'] as const) {
      const t = await interfaceInstance(language);
      const interview = t('messages.timeline.interview', { person: 'V-01' });
      expect(interview).toContain('V-01');
      expect(interview).not.toMatch(ISOLATES);
      expect(t('messages.timeline.opened', { status: 'intake' })).not.toMatch(ISOLATES);
      const closed = t('messages.findings.R5_CONSENSUAL_CLOSURE.default.message', { people: ['V-01', 'V-02'] });
      expect(closed).toContain('V-01, V-02');
      expect(closed).not.toMatch(ISOLATES);
    }
  });
});
