import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CASE_FIELD_COLUMNS, EDITABLE_FIELDS } from '../../../electron/core/cases/case-columns.js';
import { toCaseRecord, type CaseRow } from '../../../electron/core/cases/case-store.js';
import { CaseChanges, CaseIntake, CaseRecord } from '../../../shared/contract/cases.js';
import { Case, CaseDescription, MAX_INCIDENT_DATES } from '../../../shared/domain/case.js';
import { makeCase } from '../principles/factories.js';
import { mismatch, NONE, readingColumns, rowMappingMismatches, schemaFields } from '../record-columns.js';

/** Intake's yes/no: the core stamps the time in its own column instead of storing the answer. */
const STAMPED = 'reportingObligationAcknowledged';

describe('the case fields, declared once in the domain', () => {
  it('maps to a column exactly the fields the domain declares, both ways', () => {
    expect(mismatch(Object.keys(CaseDescription.shape), Object.keys(CASE_FIELD_COLUMNS))).toEqual(NONE);
    expect(EDITABLE_FIELDS).toEqual(Object.keys(CASE_FIELD_COLUMNS));
  });

  it('gives intake and changes the same fields, plus the acknowledgement only', () => {
    for (const schema of [CaseIntake, CaseChanges]) {
      expect(mismatch(Object.keys(schema.shape), [...EDITABLE_FIELDS, STAMPED])).toEqual(NONE);
    }
  });

  it('notices a field planted on either side', () => {
    const planted = CaseDescription.extend({ witnessCount: z.number() });
    expect(mismatch(Object.keys(planted.shape), EDITABLE_FIELDS)).toEqual({ missing: ['witnessCount'], extra: [] });
    expect(mismatch(Object.keys(CaseDescription.shape), [...EDITABLE_FIELDS, 'witnessCount'])).toEqual({
      missing: [],
      extra: ['witnessCount'],
    });
    const withoutTitle = EDITABLE_FIELDS.filter((field) => field !== 'title');
    expect(mismatch(Object.keys(CaseDescription.shape), withoutTitle)).toEqual({ missing: ['title'], extra: [] });
  });

  it('reads back from the columns every field it wrote, so the row mapping covers the whole record', () => {
    const original = makeCase({
      summary: 'Reported through the hotline',
      category: null,
      subtype: null,
      investigatingEntity: null,
      urgent: true,
      allegedExchange: ['money', 'goods'],
      paternityClaim: { claimed: true, status: 'pending', dnaPermittedByNationalLaw: 'unknown', dnaSampleTaken: false },
      countExclusion: { ground: 'already_counted', reason: 'The same report as an earlier case' },
    });
    const written = Object.fromEntries(
      EDITABLE_FIELDS.map((field) => [
        CASE_FIELD_COLUMNS[field].column,
        CASE_FIELD_COLUMNS[field].encode(original[field]),
      ]),
    );
    const row = {
      ...written,
      id: original.id,
      reference: original.reference,
      reporting_obligation_acknowledged_at: original.reportingObligationAcknowledgedAt,
      status: original.status,
      archived_at: null,
      archive_reason: null,
      created_at: original.createdAt,
      updated_at: original.updatedAt,
    } as CaseRow;
    const read = CaseRecord.parse(toCaseRecord(row, original.statusHistory));
    expect(read).toEqual({ ...original, archived: null });
  });
});

describe('the shared row-mapping check (tests/unit/record-columns.ts)', () => {
  const row = { id: 'a', case_id: 'b', title: 'c', secret_column: 'd' };
  const map = (r: typeof row) => ({ id: r.id, caseId: r.case_id, title: r.title });

  it('names a column the mapping never reads, and a field the record lacks', () => {
    const { record, read } = readingColumns(row, map);
    expect(read).toEqual(['case_id', 'id', 'title']);
    const fields = schemaFields(z.object({ id: z.string(), caseId: z.string(), title: z.string(), note: z.string() }));
    expect(rowMappingMismatches({ columns: Object.keys(row), read, fields, records: [record] })).toEqual({
      columns: { missing: ['secret_column'], extra: [] },
      fields: { missing: ['note'], extra: [] },
    });
    const keptApart = { secret_column: 'planted' };
    const filledElsewhere = { note: 'planted' };
    expect(
      rowMappingMismatches({ columns: Object.keys(row), read, keptApart, fields, records: [record], filledElsewhere }),
    ).toEqual({ columns: NONE, fields: NONE });
  });

  it('reads the fields of the option of a discriminated union it is asked for', () => {
    const union = z.discriminatedUnion('role', [
      z.object({ role: z.literal('a'), x: z.string() }),
      z.object({ role: z.literal('b'), y: z.string() }),
    ]);
    expect(schemaFields(union, (option) => option.shape.role.value === 'b')).toEqual(['role', 'y']);
    expect(() => schemaFields(union)).toThrow();
  });
});

describe('the incident-date limit, in the domain', () => {
  const dates = (count: number) => Array.from({ length: count }, () => ({ precision: 'unknown' as const }));

  it('holds for the stored case as for intake and changes', () => {
    expect(Case.safeParse(makeCase({ incidentDates: dates(MAX_INCIDENT_DATES) })).success).toBe(true);
    expect(Case.safeParse({ ...makeCase(), incidentDates: dates(MAX_INCIDENT_DATES + 1) }).success).toBe(false);
    expect(CaseChanges.safeParse({ incidentDates: dates(MAX_INCIDENT_DATES + 1) }).success).toBe(false);
    expect(CaseChanges.safeParse({ incidentDates: dates(MAX_INCIDENT_DATES) }).success).toBe(true);
  });
});
