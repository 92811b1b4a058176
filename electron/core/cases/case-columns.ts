import type { CaseDescription } from '../../../shared/domain/case.js';
import { canonicalJson } from '../kernel/audit/canonical-json.js';

/**
 * The fields the user edits directly: those the domain declares once (shared/domain/case.ts). The
 * acknowledgement is stamped, not stored as given. tests/unit/cases/case-columns.test.ts checks at
 * run time that this mapping and the schema name the same fields.
 */
export type EditableField = keyof CaseDescription;

type ColumnValue = string | number | null;

interface ColumnOf {
  column: string;
  encode(value: unknown): ColumnValue;
  /** Enumerated values are shown in the audit trail (from → to); free text only by field name. */
  enumerated?: true;
}

const text: ColumnOf['encode'] = (value) => value as string;
const nullable: ColumnOf['encode'] = (value) => (value ?? null) as string | null;
const json: ColumnOf['encode'] = (value) => canonicalJson(value);

export const CASE_FIELD_COLUMNS: Readonly<Record<EditableField, ColumnOf>> = {
  title: { column: 'title', encode: text },
  summary: { column: 'summary', encode: text },
  dateReceived: { column: 'date_received', encode: text },
  reportingChannel: { column: 'reporting_channel', encode: text, enumerated: true },
  entity: { column: 'entity', encode: text },
  location: { column: 'location', encode: json },
  category: { column: 'category', encode: nullable, enumerated: true },
  subtype: { column: 'subtype', encode: nullable, enumerated: true },
  incidentDates: { column: 'incident_dates', encode: json },
  investigatingEntity: { column: 'investigating_entity', encode: nullable, enumerated: true },
  urgent: { column: 'urgent', encode: (value) => (value ? 1 : 0), enumerated: true },
  allegedExchange: { column: 'alleged_exchange', encode: json },
  paternityClaim: { column: 'paternity_claim', encode: json },
  confidentiality: { column: 'confidentiality', encode: text, enumerated: true },
  countExclusion: { column: 'count_exclusion', encode: (value) => (value ? canonicalJson(value) : null) },
};

export const EDITABLE_FIELDS = Object.keys(CASE_FIELD_COLUMNS) as EditableField[];

/** A stored column as `encode` would write it, so stored and proposed values compare as text. */
export function normaliseStored(field: EditableField, stored: ColumnValue): ColumnValue {
  const { encode } = CASE_FIELD_COLUMNS[field];
  return encode === json && typeof stored === 'string' ? canonicalJson(JSON.parse(stored)) : stored;
}
