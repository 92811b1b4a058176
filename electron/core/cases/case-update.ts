import { CasefileError } from '../../../shared/contract/index.js';
import type { CaseChanges, CaseRecord } from '../../../shared/contract/cases.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import { refuseMisclassification } from './case-classification.js';
import { CASE_FIELD_COLUMNS, EDITABLE_FIELDS, normaliseStored, type EditableField } from './case-columns.js';
import { indexCase } from './case-search-text.js';
import { getCase, getCaseRow, refuseArchived, type CaseRow } from './case-store.js';

/**
 * Fields whose change may alter R5's or R5b's verdict: the classification, the dates a victim's
 * age is read at, and the exchange alleged.
 */
const CLASSIFICATION_FIELDS: readonly EditableField[] = [
  'category',
  'subtype',
  'incidentDates',
  'dateReceived',
  'allegedExchange',
];
const SEARCHED_FIELDS: readonly EditableField[] = ['title', 'summary', 'entity'];

/**
 * Edits intake fields. Only the fields that really change are written and audited (by name;
 * enumerated values also from → to). The acknowledgement of the obligation to report is
 * stamped the first time it is given and cannot be withdrawn. R5 is checked before a change of
 * classification or dates is written.
 */
export function updateCase(ctx: CaseFileContext, caseId: string, requested: CaseChanges): CaseRecord {
  const db = ctx.db();
  const nowMs = ctx.now();
  const at = new Date(nowMs).toISOString();
  return db
    .transaction((): CaseRecord => {
      const row = getCaseRow(db, caseId);
      refuseArchived(row);
      // With child records, the claim follows them: denying it is refused, its status is theirs.
      const changes: CaseChanges =
        requested.paternityClaim === undefined
          ? requested
          : { ...requested, paternityClaim: ctx.ports.paternity.claimInStep(db, row.id, requested.paternityClaim) };
      const changed = EDITABLE_FIELDS.filter((field) => {
        if (changes[field] === undefined) return false;
        const { column, encode } = CASE_FIELD_COLUMNS[field];
        return encode(changes[field]) !== normaliseStored(field, row[column as keyof CaseRow]);
      });
      const acknowledgeNow =
        changes.reportingObligationAcknowledged === true && row.reporting_obligation_acknowledged_at === null;
      if (changes.reportingObligationAcknowledged === false && row.reporting_obligation_acknowledged_at !== null) {
        throw new CasefileError('CONFLICT', 'cases.acknowledgementFinal', {
          at: row.reporting_obligation_acknowledged_at,
        });
      }
      if (changed.length === 0 && !acknowledgeNow) return getCase(db, row.id);

      if (changed.some((field) => CLASSIFICATION_FIELDS.includes(field))) {
        refuseMisclassification(ctx.ports.principles, db, row.id, nowMs, {
          ...(changed.includes('category') ? { category: changes.category } : {}),
          ...(changed.includes('subtype') ? { subtype: changes.subtype } : {}),
          ...(changed.includes('incidentDates') && changes.incidentDates
            ? { incidentDates: changes.incidentDates }
            : {}),
          ...(changed.includes('dateReceived') && changes.dateReceived ? { dateReceived: changes.dateReceived } : {}),
          ...(changed.includes('allegedExchange') && changes.allegedExchange
            ? { allegedExchange: changes.allegedExchange }
            : {}),
        });
      }

      const assignments = changed.map((field) => `${CASE_FIELD_COLUMNS[field].column} = @${field}`);
      if (acknowledgeNow) assignments.push('reporting_obligation_acknowledged_at = @at');
      const values = Object.fromEntries(
        changed.map((field) => [field, CASE_FIELD_COLUMNS[field].encode(changes[field])]),
      );

      const before = getCase(db, row.id);
      db.prepare(`UPDATE cases SET ${assignments.join(', ')}, updated_at = @at WHERE id = @id`).run({
        ...values,
        at,
        id: row.id,
      });
      const updated = getCase(db, row.id);
      if (changed.some((field) => SEARCHED_FIELDS.includes(field))) indexCase(db, updated);
      appendAudit(ctx, {
        action: 'case.update',
        caseId: row.id,
        target: { kind: 'case', id: row.id, label: row.reference },
        details: {
          fields: acknowledgeNow ? [...changed, 'reportingObligationAcknowledged'] : changed,
          ...enumeratedChanges(changed, before, changes),
        },
      });
      // Incident dates, urgency and the date received move deadlines.
      ctx.ports.reactions.caseChanged(ctx, db, row.id);
      return updated;
    })
    .immediate();
}

function enumeratedChanges(
  changed: readonly EditableField[],
  before: CaseRecord,
  changes: CaseChanges,
): Record<string, unknown> {
  const shown = changed.filter((field) => CASE_FIELD_COLUMNS[field].enumerated);
  if (shown.length === 0) return {};
  return { values: Object.fromEntries(shown.map((field) => [field, { from: before[field], to: changes[field] }])) };
}
