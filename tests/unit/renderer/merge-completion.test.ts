import { describe, expect, it } from 'vitest';
import { matchingFields, openTagBefore } from '../../../renderer/letters/merge-completion.js';

describe('completion of merge fields in the visual editor', () => {
  it('finds the tag being typed and what opens it', () => {
    expect(openTagBefore('Dear {{')).toEqual({ prefix: '', typed: '', length: 2 });
    expect(openTagBefore('Ref {{case.ref')).toEqual({ prefix: '', typed: 'case.ref', length: 10 });
    expect(openTagBefore('{{#if letter.re')).toEqual({ prefix: '#if ', typed: 'letter.re', length: 15 });
    expect(openTagBefore('{{#each case.v')).toEqual({ prefix: '#each ', typed: 'case.v', length: 14 });
  });

  it('offers nothing outside a tag, after a space, or after a literal {{{{', () => {
    expect(openTagBefore('Dear Sir')).toBeNull();
    expect(openTagBefore('{{case.reference ')).toBeNull();
    expect(openTagBefore('write {{{{')).toBeNull();
  });

  it('ranks fields that start with what was typed before those that contain it', () => {
    const fields = [{ path: 'letter.reference' }, { path: 'case.reference' }, { path: 'case.mission' }];
    expect(matchingFields(fields, 'case.').map((f) => f.path)).toEqual(['case.reference', 'case.mission']);
    expect(matchingFields(fields, 'reference').map((f) => f.path)).toEqual(['letter.reference', 'case.reference']);
  });
});
