import { deadlineState, sortDeadlinesByUrgency } from '../../../shared/clocks/deadline.js';
import { explainDeadline } from '../../../shared/clocks/explain.js';
import type { DeadlineConcern, DeadlineItem, ExplanationLocale } from '../../../shared/contract/deadlines.js';
import { CLOSED_CASE_STATUSES } from '../../../shared/domain/case.js';
import type { UncertainDate } from '../../../shared/domain/uncertain-date.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { EvidenceRecords } from '../kernel/ports/evidence-records.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { clockOf, deadlineOf, getDeadlineRow, listedDeadlineRows, type DeadlineRow } from './deadline-store.js';

/** Deadlines as the deadlines view, the case header and the CLI show them: labelled by codes, never names. */

/** An incident's date as it was written ("2016-06 – 2016-08"), the way the team refers to it. */
function writtenDate(date: UncertainDate): string {
  if (date.precision === 'unknown') return '?';
  const zone = date.timeZone ? ` (${date.timeZone})` : '';
  return date.precision === 'range' ? `${date.from} – ${date.to}${zone}` : `${date.from}${zone}`;
}

/** Labels of what deadlines concern, looked up once per case listed. */
export class ConcernLabels {
  private readonly subjects = new Map<string, string>();
  private readonly evidence = new Map<string, Map<string, string>>();

  constructor(
    private readonly evidenceRecords: EvidenceRecords,
    private readonly db: VaultDatabase,
  ) {}

  label(row: DeadlineRow & { reference: string }): string {
    switch (row.concerns_kind) {
      case 'incident': {
        const start = JSON.parse(row.start) as UncertainDate | string;
        return typeof start === 'string' ? start : writtenDate(start);
      }
      case 'subject':
        return this.subjectCode(row.concerns_id ?? '');
      case 'evidence':
        return this.evidenceNumber(row.case_id, row.concerns_id ?? '');
      case 'follow_up':
        return this.followUpLabel(row);
      case 'case':
        return row.reference;
    }
  }

  /** A follow-up item by the subject it concerns, or the case when it names none: never the addressee's words. */
  private followUpLabel(row: DeadlineRow & { reference: string }): string {
    const subjectId = this.db
      .prepare('SELECT subject_id FROM follow_ups WHERE id = ?')
      .pluck()
      .get(row.concerns_id ?? '') as string | null | undefined;
    return subjectId ? this.subjectCode(subjectId) : row.reference;
  }

  private subjectCode(personId: string): string {
    let code = this.subjects.get(personId);
    if (code === undefined) {
      code =
        (this.db.prepare('SELECT code FROM people WHERE id = ?').pluck().get(personId) as string | undefined) ?? '?';
      this.subjects.set(personId, code);
    }
    return code;
  }

  private evidenceNumber(caseId: string, evidenceId: string): string {
    let numbers = this.evidence.get(caseId);
    if (!numbers) {
      numbers = this.evidenceRecords.numbers(this.db, caseId);
      this.evidence.set(caseId, numbers);
    }
    return numbers.get(evidenceId) ?? '?';
  }
}

function concernOf(row: DeadlineRow & { reference: string }, labels: ConcernLabels): DeadlineConcern {
  return { kind: row.concerns_kind, id: row.concerns_id, label: labels.label(row) };
}

export function toDeadlineItem(
  row: DeadlineRow & { reference: string },
  labels: ConcernLabels,
  nowMs: number,
  locale: ExplanationLocale,
): DeadlineItem {
  const deadline = deadlineOf(row);
  const clock = clockOf(row);
  const { state, remainingMs } = deadlineState(deadline, nowMs, row.closed_at);
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.reference,
    clockId: row.clock_id,
    clockName: clock.name,
    action: clock.action,
    concerns: concernOf(row, labels),
    dueAt: deadline.dueAt,
    lastPossibleDueAt: deadline.lastPossibleDueAt,
    firmness: deadline.firmness,
    state,
    remainingMs,
    deadline,
    explanation: explainDeadline(deadline, locale),
    closedAt: row.closed_at,
    closedAction: row.closed_action,
    closedBy: row.closed_by,
    createdAt: row.created_at,
  };
}

/** Most urgent first (sortDeadlinesByUrgency): overdue, then soonest due; closed ones last. */
export function listDeadlines(
  ports: CaseFilePorts,
  db: VaultDatabase,
  query: { caseId?: string | undefined; includeClosed: boolean; locale: ExplanationLocale },
  nowMs: number,
): DeadlineItem[] {
  return db.transaction(() => {
    const caseId = query.caseId === undefined ? undefined : ports.cases.get(db, query.caseId).id;
    const rows = listedDeadlineRows(db, {
      ...(caseId === undefined ? {} : { caseId }),
      includeClosed: query.includeClosed,
      closedStatuses: CLOSED_CASE_STATUSES,
    });
    const labels = new ConcernLabels(ports.evidence, db);
    const items = rows.map((row) => toDeadlineItem(row, labels, nowMs, query.locale));
    return sortDeadlinesByUrgency(
      items.map((item) => ({ item, deadline: item.deadline, closedAt: item.closedAt })),
    ).map(({ item }) => item);
  })();
}

export function getDeadlineItem(
  ports: CaseFilePorts,
  db: VaultDatabase,
  deadlineId: string,
  nowMs: number,
  locale: ExplanationLocale,
): DeadlineItem {
  const row = getDeadlineRow(db, deadlineId);
  const reference = ports.cases.get(db, row.case_id).reference;
  return toDeadlineItem({ ...row, reference }, new ConcernLabels(ports.evidence, db), nowMs, locale);
}
