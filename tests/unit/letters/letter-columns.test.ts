import { describe, expect, it } from 'vitest';
import { SELECT_LETTER, toEntry, type LetterRow } from '../../../electron/core/letters/letter-register.js';
import { LetterEntry } from '../../../shared/contract/letters.js';
import { openCase, useEvidenceFiles } from '../evidence/evidence-fixture.js';
import { NONE, readingColumns, rowMappingMismatches, schemaFields, tableColumns } from '../record-columns.js';

const open = useEvidenceFiles();

describe('the letter register fields, declared once in the contract', () => {
  it('reads back every column into an entry with exactly the fields the schema declares', async () => {
    const ef = await open();
    const created = await openCase(ef);
    const subject = await ef.call('people.add', {
      caseId: created.id,
      profile: { role: 'subject', personnelCategory: 'police_unpol', nationality: 'URY' },
      identity: { fullName: 'Quentin Ravensworth' },
    });
    // No finding yet: made as an exception, so that every optional field of the entry is filled.
    const generated = await ef.call('letters.generate', {
      caseId: created.id,
      templateId: 'member_state_referral',
      language: 'fr',
      formats: ['pdf'],
      overrides: [],
      exception: { reason: 'The Member State asked for it before the report is final.' },
    });
    const { record, read, columns } = await ef.rawDatabase((db) => {
      const row = db.prepare(`${SELECT_LETTER} WHERE l.id = ?`).get(generated.id) as LetterRow;
      // The case's reference is joined in from `cases`: the register shows it, the letters table does not repeat it.
      return { ...readingColumns(row, (watched) => toEntry(db, watched)), columns: [...tableColumns(db, 'letters')] };
    });
    const mismatches = rowMappingMismatches({
      columns: [...columns, 'reference'],
      read,
      fields: schemaFields(LetterEntry),
      records: [record],
    });
    expect(mismatches).toEqual({ columns: NONE, fields: NONE });
    expect(LetterEntry.parse(record)).toEqual(generated);
    expect(record.concerns).toEqual({ personId: subject.id, code: subject.code });
    expect(record.exception).toEqual({ reason: 'The Member State asked for it before the report is final.' });
  });
});
