import { describe, expect, it } from 'vitest';
import { interviewOf, type InterviewRow } from '../../../electron/core/interviews/interview-store.js';
import { Interview } from '../../../shared/domain/interview.js';
import { arrangements, at, consent, notes, openCase, START, useCaseFiles, witness } from '../people/people-fixture.js';
import { NONE, readingColumns, rowMappingMismatches, schemaFields, tableColumns } from '../record-columns.js';

const caseFile = useCaseFiles();

/** Columns the domain's interview does not hold, and why. */
const KEPT_APART = {
  notes_revision: "the notes editor's revision, returned with the record (InterviewRecord) for concurrent saves",
  notes_saved_at: 'when the editor last saved, returned with the record (InterviewRecord)',
  notes_audited_at: 'when the audit trail last recorded a notes save: bookkeeping of the autosave',
  created_at: 'orders the interviews of a case',
  updated_at: 'the time of the last change, for the case',
};

describe('the interview fields, declared once in the domain', () => {
  it('reads back every column into interviews with exactly the fields the schema declares', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const person = await cf.call('people.add', { caseId, profile: witness() });
    const interpreter = await cf.call('people.add', {
      caseId,
      profile: { role: 'interpreter', languages: ['fr'], vetting: { vetted: true } },
    });
    const supporter = await cf.call('people.add', {
      caseId,
      profile: { role: 'support_person', kind: 'trusted_adult', language: 'fr' },
    });
    const full = arrangements({
      place: { type: 'ngo_premises', private: true, details: { text: 'Room 2', confidentiality: 'confidential' } },
      supportPerson: { offered: true, present: true, personId: supporter.id },
      interpreterPersonId: interpreter.id,
      repeatJustification: 'The first interview was interrupted',
      subjectNotice: { writtenNoticeGivenAt: at(START, -200), observerOffered: true, observerPresent: false },
    });
    const signed = await cf.call('interviews.plan', { caseId, personId: person.id, arrangements: full });
    await cf.call('consents.record', consent(person.id, at(START, -90)));
    await cf.call('interviews.markConducted', { interviewId: signed.id, conductedAt: at(START, -60) });
    await cf.call('interviews.saveNotes', { interviewId: signed.id, notes: notes('Seen at 22:00.'), baseRevision: 0 });
    await cf.call('interviews.sign', { interviewId: signed.id });
    await cf.call('interviews.amend', { interviewId: signed.id, notes: notes('Seen at 23:00.'), reason: 'Misheard' });
    const cancelled = await cf.call('interviews.plan', { caseId, personId: person.id, arrangements: arrangements() });
    await cf.call('interviews.cancel', { interviewId: cancelled.id, reason: 'The witness moved away' });

    const { records, read, columns } = await cf.rawDatabase((db) => {
      const rows = db.prepare('SELECT * FROM interviews ORDER BY created_at, rowid').all() as InterviewRow[];
      const reads = rows.map((row) => readingColumns(row, (watched) => interviewOf(db, watched)));
      return {
        records: reads.map((reading) => reading.record),
        read: reads.flatMap((reading) => reading.read),
        columns: tableColumns(db, 'interviews'),
      };
    });
    const fields = schemaFields(Interview);
    expect(rowMappingMismatches({ columns, read, keptApart: KEPT_APART, fields, records })).toEqual({
      columns: NONE,
      fields: NONE,
    });
    const [first, second] = records.map((record) => Interview.parse(record));
    expect(first).toMatchObject({ ...full, id: signed.id, status: 'signed', amendments: [{ version: 2 }] });
    expect(second).toMatchObject({ status: 'cancelled', cancelled: { at: START, reason: 'The witness moved away' } });
  });

  it('holds the cancellation to the cancelled status, both ways', () => {
    const planned = { status: 'planned' as const, amendments: [] };
    const cancellation = { at: START, reason: 'Called off' };
    expect(Interview.shape.cancelled.safeParse(cancellation).success).toBe(true);
    const problem = (state: object) =>
      Interview.safeParse({ ...arrangements(), id: ID, caseId: ID, personId: ID, notes: notes(''), ...state }).success;
    expect(problem({ ...planned, status: 'cancelled', cancelled: cancellation })).toBe(true);
    expect(problem({ ...planned, status: 'cancelled' })).toBe(false);
    expect(problem({ ...planned, cancelled: cancellation })).toBe(false);
  });
});

const ID = '00000000-0000-4000-8000-000000000001';
