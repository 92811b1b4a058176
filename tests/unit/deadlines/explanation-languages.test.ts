import { describe, expect, it } from 'vitest';
import { explainDeadline } from '../../../shared/clocks/explain.js';
import { LANGUAGES } from '../../../shared/domain/settings.js';
import { byClock, intake, useCaseFiles } from './deadlines-fixture.js';

const open = useCaseFiles();

/** Arabic letters (the Arabic block), as a screen in Arabic shows them. */
const ARABIC_WORD = /[\u0621-\u064a]{3,}/;

describe('deadline explanations in every interface language', () => {
  it('the core words the explanation in the language the screen asks for, Arabic included', async () => {
    const file = await open();
    const record = await file.call(
      'cases.create',
      intake({
        dateReceived: '2026-03-10',
        incidentDates: [{ precision: 'exact', from: '2026-03-09T22:00', timeZone: 'UTC' }],
      }),
    );
    const worded = new Map<string, string>();
    for (const locale of LANGUAGES) {
      const { items } = await file.call('deadlines.list', { caseId: record.id, locale });
      const pep = byClock(items, 'hiv_pep');
      expect(pep.explanation).toBe(explainDeadline(pep.deadline, locale));
      worded.set(locale, pep.explanation);
    }
    expect(new Set(worded.values()).size).toBe(LANGUAGES.length);
    expect(worded.get('ar')).toMatch(ARABIC_WORD);
    expect(worded.get('en')).not.toMatch(ARABIC_WORD);
  });
});
