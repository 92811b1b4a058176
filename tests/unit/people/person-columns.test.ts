import { describe, expect, it } from 'vitest';
import { toPerson, type PersonRow } from '../../../electron/core/people/person-store.js';
import { Person } from '../../../shared/domain/person.js';
import { NONE, readingColumns, rowMappingMismatches, schemaFields, tableColumns } from '../record-columns.js';
import { guardian, openCase, START, subject, useCaseFiles, victim } from './people-fixture.js';

const caseFile = useCaseFiles();

/** Columns the domain's person does not hold, and why. */
const KEPT_APART = {
  created_at: 'the times of the record are shown in the list (PersonSummary), not in the domain person',
  updated_at: 'the times of the record are shown in the list (PersonSummary), not in the domain person',
};

const IDENTITY = {
  fullName: 'Amina Example',
  otherNames: 'Mina',
  dateOfBirth: { precision: 'day' as const, from: '2010-05-01' },
  contact: '+236 70 00 00 00',
  address: 'Quartier Example',
  identityDocument: 'ID-0000',
  serviceNumber: 'N/A',
  safetyNotes: 'Call the NGO first',
  confidentiality: 'strictly_confidential' as const,
};

describe('the person fields, declared once in the domain', () => {
  it('reads back every column into a record with exactly the fields the schema declares', async () => {
    const cf = await caseFile({ startAt: START });
    const { id: caseId } = await openCase(cf);
    const parent = await cf.call('people.add', { caseId, profile: guardian() });
    const accused = await cf.call('people.add', { caseId, profile: subject() });
    const profiles = [
      victim('minor', {
        guardianPersonId: parent.id,
        allegedSubjectIds: [accused.id],
        guardianConsentException: {
          reason: 'guardian_implicated',
          justification: 'The mother is the partner of the subject',
          recordedAt: START,
        },
        firstContactAt: START,
        atRiskPopulation: 'refugee',
        confidentiality: 'strictly_confidential',
      }),
      {
        ...subject(),
        rotationOrContractEnd: '2026-06-30',
        rankOrGrade: 'Sergeant',
        investigatingEntity: 'tcc_pcc' as const,
        confidentiality: 'confidential' as const,
      },
    ];
    for (const profile of profiles) {
      const added = await cf.call('people.add', { caseId, profile, identity: IDENTITY });
      const row = await cf.rawDatabase(
        (db) => db.prepare('SELECT * FROM people WHERE id = ?').get(added.id) as PersonRow & { identity: string },
      );
      const columns = await cf.rawDatabase((db) => tableColumns(db, 'people'));
      const { record, read } = readingColumns(row, toPerson);
      const fields = schemaFields(Person, (option) => option.shape.role.value === profile.role);
      expect(rowMappingMismatches({ columns, read, keptApart: KEPT_APART, fields, records: [record] })).toEqual({
        columns: NONE,
        fields: NONE,
      });
      expect(Person.parse(record)).toEqual({ ...profile, id: added.id, caseId, code: added.code, identity: IDENTITY });
    }
  });
});
