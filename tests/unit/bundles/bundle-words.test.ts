import { describe, expect, it } from 'vitest';
import { conflictInWords, tableInWords } from '../../../electron/cli/commands/bundle-words.js';
import { inEnglish } from '../cli/in-language.js';

// The command line names a conflict as a person reads it: which record, which field by its label, ours
// beside theirs in words, and what the merge does with each; the key only as --take-theirs takes it.
describe('a bundle conflict in words', () => {
  it('names the record and each field that differs, with both values; never an identity', () =>
    inEnglish(() => {
      const id = '0b8f0c43-3f8e-4a55-9a4e-1f2b7d3c9e10';
      const lines = conflictInWords(
        {
          table: 'people',
          key: `people:${id}`,
          token: '0'.repeat(64),
          ours: { id, code: 'V-01', role: 'victim', identity: '{"fullName":"Secret"}', updated_at: 'x' },
          theirs: { id, code: 'V-01', role: 'witness', identity: '{"fullName":"Other"}', updated_at: 'y' },
          fields: [
            { column: 'identity', outcome: 'taken' },
            { column: 'role', outcome: 'conflict' },
          ],
          names: {},
        },
        0,
      );
      const shown = lines.join('\n');
      expect(lines[0]).toBe('Conflict 1: Person V-01 was changed here and in the bundle.');
      expect(lines[1]).toBe('    Role, changed on both sides: here "Victim"');
      expect(lines[2]).toBe('          in the bundle "Witness"');
      expect(shown).toContain('Identity, changed only in the bundle: "Not shown (it can name a person)" is taken');
      expect(shown).not.toMatch(/Secret|Other|victim|witness|updated_at|Last changed/);
      expect(lines.at(-1)).toContain(`--take-theirs people:${id}`);
      expect(shown.replace(`--take-theirs people:${id}`, '')).not.toContain(id);
      expect(tableInWords('evidence_items')).toBe('Evidence items');
    }));
});
