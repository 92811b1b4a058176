import { describe, expect, it } from 'vitest';
import { toEvidenceItem, type EvidenceItemRow } from '../../../electron/core/evidence/evidence-store.js';
import { EvidenceItem } from '../../../shared/domain/evidence.js';
import { arrangements, openCase, START, useCaseFiles, witness } from '../people/people-fixture.js';
import { NONE, readingColumns, rowMappingMismatches, schemaFields, tableColumns } from '../record-columns.js';

const caseFile = useCaseFiles();

describe('the evidence item fields, declared once in the domain', () => {
  it('reads back every column into an item with exactly the fields the schema declares', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const person = await cf.call('people.add', { caseId, profile: witness() });
    const interview = await cf.call('interviews.plan', { caseId, personId: person.id, arrangements: arrangements() });
    const original = await cf.call('evidence.create', { caseId, type: 'digital', description: 'Guard post CCTV' });
    const fields = {
      type: 'photo_video' as const,
      description: 'Copy of the CCTV footage',
      collectedAt: START,
      timeZone: 'Africa/Bangui',
      collectedWhere: { text: 'Guard post 3', confidentiality: 'confidential' as const },
      collectedBy: 'Investigator One',
      copyRole: 'working_copy' as const,
      originalId: original.id,
      storageLocation: 'Safe 2',
      status: 'in_storage' as const,
      confidentiality: 'strictly_confidential' as const,
      personIds: [person.id],
      interviewIds: [interview.id],
      markers: ['cctv' as const],
      recordedAt: { precision: 'day' as const, from: '2026-03-02' },
      identifiedAt: START,
    };
    const created = await cf.call('evidence.create', { caseId, ...fields });
    const { record, read, columns } = await cf.rawDatabase((db) => {
      const row = db.prepare('SELECT * FROM evidence_items WHERE id = ?').get(created.id) as EvidenceItemRow;
      return {
        ...readingColumns(row, (watched) => toEvidenceItem(db, watched)),
        columns: tableColumns(db, 'evidence_items'),
      };
    });
    const mismatches = rowMappingMismatches({ columns, read, fields: schemaFields(EvidenceItem), records: [record] });
    expect(mismatches).toEqual({ columns: NONE, fields: NONE });
    expect(EvidenceItem.parse(record)).toEqual({
      ...fields,
      id: created.id,
      caseId,
      number: 'E-0002',
      createdAt: START,
      updatedAt: START,
    });
  });
});
