import { describe, expect, it } from 'vitest';
import { conflictInWords, tableInWords } from '../../../electron/cli/commands/bundle-words.js';

// The command line names a conflict as a person reads it: which record, which field, ours beside theirs.
describe('a bundle conflict in words', () => {
  it('names the record and each field that differs, with both values; never an identity', () => {
    const id = '0b8f0c43-3f8e-4a55-9a4e-1f2b7d3c9e10';
    const lines = conflictInWords(
      {
        table: 'people',
        key: `people:${id}`,
        ours: { id, code: 'V-01', profile: '{"language":"en"}', identity: '{"fullName":"Secret"}', updated_at: 'x' },
        theirs: { id, code: 'V-01', profile: '{"language":"ln"}', identity: '{"fullName":"Other"}', updated_at: 'y' },
      },
      0,
    );
    const shown = lines.join('\n');
    expect(lines[0]).toBe('Conflict 1: Person V-01 was changed here and in the bundle.');
    expect(shown).toContain('profile: here "{"language":"en"}"');
    expect(shown).toContain('in the bundle "{"language":"ln"}"');
    expect(shown).toContain('last edited: here "x"');
    expect(shown).toContain('identity: differs (not shown here)');
    expect(shown).not.toMatch(/Secret|Other/);
    expect(shown).not.toContain('code:');
    expect(lines.at(-1)).toContain(`--take-theirs people:${id}`);
    expect(tableInWords('evidence_items')).toBe('evidence items');
  });
});
