import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CASE_FIELD_COLUMNS, EDITABLE_FIELDS } from '../../../electron/core/cases/case-columns.js';
import { toCaseRecord, type CaseRow } from '../../../electron/core/cases/case-store.js';
import { CaseChanges, CaseIntake, CaseRecord } from '../../../shared/contract/cases.js';
import { Case, CaseDescription, MAX_INCIDENT_DATES } from '../../../shared/domain/case.js';
import { makeCase } from '../principles/factories.js';

/** The fields a schema names that a mapping lacks, and those the mapping names that the schema does not. */
function mismatch(
  schemaFields: Iterable<string>,
  mappedFields: Iterable<string>,
): { missing: string[]; extra: string[] } {
  const schema = new Set(schemaFields);
  const mapped = new Set(mappedFields);
  return {
    missing: [...schema].filter((field) => !mapped.has(field)).sort(),
    extra: [...mapped].filter((field) => !schema.has(field)).sort(),
  };
}

const NONE = { missing: [], extra: [] };
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

describe('the incident-date limit, in the domain', () => {
  const dates = (count: number) => Array.from({ length: count }, () => ({ precision: 'unknown' as const }));

  it('holds for the stored case as for intake and changes', () => {
    expect(Case.safeParse(makeCase({ incidentDates: dates(MAX_INCIDENT_DATES) })).success).toBe(true);
    expect(Case.safeParse({ ...makeCase(), incidentDates: dates(MAX_INCIDENT_DATES + 1) }).success).toBe(false);
    expect(CaseChanges.safeParse({ incidentDates: dates(MAX_INCIDENT_DATES + 1) }).success).toBe(false);
    expect(CaseChanges.safeParse({ incidentDates: dates(MAX_INCIDENT_DATES) }).success).toBe(true);
  });
});
