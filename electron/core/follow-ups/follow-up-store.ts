import { randomUUID } from 'node:crypto';
import { CasefileError } from '../../../shared/contract/index.js';
import type {
  FollowUp,
  FollowUpCounterpart,
  FollowUpKind,
  FollowUpLetter,
  FollowUpOpenFields,
  FollowUpReply,
  FollowUpReplyFields,
} from '../../../shared/domain/follow-up.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { CaseFilePorts } from '../kernel/ports/case-file-ports.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import { presentOnly } from '../kernel/db/present-only.js';

/** The follow-up register's rows (migration 0016) and how they read as FollowUp records. */

/** The clock every item's reply is awaited on (shared/clocks/clock.ts). */
export const FOLLOW_UP_REPLY_CLOCK = 'follow_up_reply';

export interface FollowUpRow {
  id: string;
  case_id: string;
  counterpart: FollowUpCounterpart;
  kind: FollowUpKind;
  addressee: string | null;
  subject_id: string | null;
  subject_code: string | null;
  sent_at: string;
  opened_by: 'letter' | 'manual';
  letter_id: string | null;
  note: string | null;
  recorded_at: string;
}

interface ReplyRow {
  id: string;
  follow_up_id: string;
  received_at: string;
  summary: string;
  action_reported: string | null;
  recorded_at: string;
  recorded_by: string;
}

const SELECT_ITEM = `SELECT f.*, p.code AS subject_code FROM follow_ups f LEFT JOIN people p ON p.id = f.subject_id`;

const followUpNotFound = (): CasefileError => new CasefileError('NOT_FOUND', 'followUps.notFound');

export function followUpRows(db: VaultDatabase, caseId: string): FollowUpRow[] {
  return db.prepare(`${SELECT_ITEM} WHERE f.case_id = ? ORDER BY f.sent_at, f.seq`).all(caseId) as FollowUpRow[];
}

export function getFollowUpRow(db: VaultDatabase, followUpId: string): FollowUpRow {
  const row = db.prepare(`${SELECT_ITEM} WHERE f.id = ?`).get(followUpId) as FollowUpRow | undefined;
  if (!row) throw followUpNotFound();
  return row;
}

export function replyRows(db: VaultDatabase, followUpId: string): FollowUpReply[] {
  const rows = db
    .prepare('SELECT * FROM follow_up_replies WHERE follow_up_id = ? ORDER BY received_at, seq')
    .all(followUpId) as ReplyRow[];
  return rows.map((row) => ({
    id: row.id,
    followUpId: row.follow_up_id,
    receivedAt: row.received_at,
    summary: row.summary,
    ...presentOnly({ actionReported: row.action_reported }),
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  }));
}

function letterLinks(db: VaultDatabase, followUpId: string): FollowUpLetter[] {
  return db
    .prepare(
      `SELECT k.letter_id AS letterId, l.template_id AS templateId, l.created_at AS createdAt, k.linked_at AS linkedAt
       FROM follow_up_letters k JOIN letters l ON l.id = k.letter_id
       WHERE k.follow_up_id = ? ORDER BY l.created_at, k.letter_id`,
    )
    .all(followUpId) as FollowUpLetter[];
}

export function toFollowUp(ports: CaseFilePorts, db: VaultDatabase, row: FollowUpRow): FollowUp {
  const replies = replyRows(db, row.id);
  const [deadline] = ports.deadlines.concerning(db, row.case_id, { kind: 'follow_up', id: row.id });
  return {
    id: row.id,
    caseId: row.case_id,
    counterpart: row.counterpart,
    kind: row.kind,
    ...presentOnly({ addressee: row.addressee, subjectId: row.subject_id, subjectCode: row.subject_code }),
    sentAt: row.sent_at,
    openedBy: row.opened_by,
    ...presentOnly({ letterId: row.letter_id, note: row.note }),
    state: replies.length > 0 ? 'replied' : 'awaiting_reply',
    ...(deadline === undefined
      ? {}
      : { due: { deadlineId: deadline.deadlineId, dueAt: deadline.dueAt, closedAt: deadline.closedAt } }),
    replies,
    letters: letterLinks(db, row.id),
    recordedAt: row.recorded_at,
  };
}

/** The follow-up items of a case (by id or reference), oldest first. */
export function listFollowUps(ctx: CaseFileContext, caseIdOrReference: string): FollowUp[] {
  const db = ctx.db();
  const caseId = ctx.ports.cases.find(db, caseIdOrReference).id;
  return followUpRows(db, caseId).map((row) => toFollowUp(ctx.ports, db, row));
}

export interface NewFollowUp extends Omit<FollowUpOpenFields, 'caseId'> {
  caseId: string;
  openedBy: 'letter' | 'manual';
  letterId?: string;
}

export function insertFollowUp(db: VaultDatabase, item: NewFollowUp, recordedAt: string, actor: string): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO follow_ups (id, case_id, counterpart, kind, addressee, subject_id, sent_at, opened_by, letter_id, note,
       recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    item.caseId,
    item.counterpart,
    item.kind,
    item.addressee ?? null,
    item.subjectId ?? null,
    item.sentAt,
    item.openedBy,
    item.letterId ?? null,
    item.note ?? null,
    recordedAt,
    actor,
  );
  return id;
}

export function insertReply(db: VaultDatabase, reply: FollowUpReplyFields, recordedAt: string, actor: string): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO follow_up_replies (id, follow_up_id, received_at, summary, action_reported, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, reply.followUpId, reply.receivedAt, reply.summary, reply.actionReported ?? null, recordedAt, actor);
  return id;
}

export function insertLetterLink(
  db: VaultDatabase,
  followUpId: string,
  letterId: string,
  linkedAt: string,
  actor: string,
): boolean {
  return (
    db
      .prepare(
        `INSERT OR IGNORE INTO follow_up_letters (follow_up_id, letter_id, linked_at, linked_by) VALUES (?, ?, ?, ?)`,
      )
      .run(followUpId, letterId, linkedAt, actor).changes > 0
  );
}
