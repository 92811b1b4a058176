import { describe, expect, it } from 'vitest';
import { fitLabel, labelWidth } from '../../../renderer/timeline/label-width.js';

// Without a canvas (Node), widths are estimated at 6.7 px a character.
describe('chart labels shortened to fit', () => {
  it('keeps a label that fits', () => {
    expect(fitLabel('Status: Under investigation', 1_000)).toBe('Status: Under investigation');
  });

  it('cuts between words, never inside one, so the visible words are words of the accessible name', () => {
    const title = 'Status: Under investigation';
    const room = labelWidth('Status: Under inves…');
    expect(fitLabel(title, room)).toBe('Status: Under…');
    expect(fitLabel('Meetings at the market near the camp', labelWidth('Meetings at the mar…'))).toBe(
      'Meetings at the…',
    );
  });

  it('shows nothing when not even the first word fits', () => {
    expect(fitLabel('Investigation opened', labelWidth('Inves…'))).toBe('');
  });
});
