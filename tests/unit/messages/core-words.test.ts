import { describe, expect, it } from 'vitest';
import { timelineWords } from '../../../shared/timeline/event-titles.js';

/** Words the core builds for a person to read come from the catalogues: in French, no English is left in them. */
describe("the chronology's custody line", () => {
  const handOver = { purpose: 'Extraction', from: 'Enquêteur Un', to: 'Laboratoire', sealNumber: 'S-7' };

  it('names who handed the item to whom and its seal in the reader’s language', () => {
    expect(timelineWords.custodySummary('fr', handOver)).toBe(
      'de Enquêteur Un à Laboratoire — Extraction — scellé S-7',
    );
    expect(timelineWords.custodySummary('en', handOver)).toBe('Enquêteur Un → Laboratoire — Extraction — seal S-7');
  });
});
