import { describe, expect, it } from 'vitest';
import { changedFields } from '../../../electron/core/kernel/audit/changed-fields.js';

describe('changedFields (what an audit row says of a change)', () => {
  it('names every field added, removed or changed, sorted, and never a value', () => {
    const before = { title: 'Old', urgency: 'high', tags: ['a'], note: 'kept' };
    const after = { title: 'New', tags: ['a', 'b'], note: 'kept', entity: 'MINUSCA' };
    expect(changedFields(before, after)).toEqual(['entity', 'tags', 'title', 'urgency']);
  });

  it('compares nested values by content, not by reference', () => {
    expect(changedFields({ place: { type: 'office' } }, { place: { type: 'office' } })).toEqual([]);
    expect(changedFields({ place: { type: 'office' } }, { place: { type: 'home' } })).toEqual(['place']);
  });

  it('looks only at the fields named, in their order', () => {
    const before = { timeZone: 'UTC', holidays: [], weekendDays: [6, 0], other: 1 };
    const after = { timeZone: 'Africa/Bangui', holidays: ['2026-12-01'], weekendDays: [6, 0], other: 2 };
    expect(changedFields(before, after, ['weekendDays', 'timeZone', 'holidays'])).toEqual(['timeZone', 'holidays']);
  });
});
