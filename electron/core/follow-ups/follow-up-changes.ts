import { CasefileError } from '../../../shared/contract/index.js';
import type { TemplateKind } from '../../../shared/documents/template.js';
import type {
  FollowUp,
  FollowUpCounterpart,
  FollowUpKind,
  FollowUpOpenFields,
  FollowUpReplyFields,
} from '../../../shared/domain/follow-up.js';
import { appendAudit } from '../kernel/audit/audit-log.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { GeneratedLetter } from '../kernel/ports/case-reactions.js';
import type { VaultDatabase } from '../kernel/vault/database.js';
import {
  FOLLOW_UP_REPLY_CLOCK,
  getFollowUpRow,
  insertFollowUp,
  insertLetterLink,
  insertReply,
  replyRows,
  toFollowUp,
  type NewFollowUp,
} from './follow-up-store.js';

/**
 * Opening a follow-up item (by hand, or when a referral or notification letter is generated),
 * recording the replies and linking the letters of the exchange. Each change is audited without
 * free text, and the deadlines follow: an item opened starts its reply clock, the first reply
 * closes it.
 */

/** Which letters open an item, and what they are: closure letters to victims open none. */
const FOLLOW_UP_OF_LETTER: Partial<Record<TemplateKind, { counterpart: FollowUpCounterpart; kind: FollowUpKind }>> = {
  member_state_referral: { counterpart: 'member_state', kind: 'referral' },
  tcc_notification: { counterpart: 'contributing_country', kind: 'notification' },
  hr_referral: { counterpart: 'office', kind: 'referral' },
  unv_referral: { counterpart: 'office', kind: 'referral' },
};

function openItem(ctx: CaseFileContext, db: VaultDatabase, item: NewFollowUp, reference: string): string {
  const recordedAt = new Date(ctx.now()).toISOString();
  const id = insertFollowUp(db, item, recordedAt, ctx.actor);
  if (item.letterId !== undefined) insertLetterLink(db, id, item.letterId, recordedAt, ctx.actor);
  appendAudit(ctx, {
    action: 'follow_up.open',
    caseId: item.caseId,
    target: { kind: 'follow_up', id, label: reference },
    // The addressee and the note stay out of the trail: free text.
    details: {
      counterpart: item.counterpart,
      kind: item.kind,
      openedBy: item.openedBy,
      sentAt: item.sentAt,
      ...(item.letterId === undefined ? {} : { letterId: item.letterId }),
      ...(item.subjectId === undefined ? {} : { subjectId: item.subjectId }),
    },
  });
  // The reply clock starts from the case's facts, which now include this item.
  ctx.ports.reactions.caseChanged(ctx, db, item.caseId);
  ctx.ports.cases.touch(db, item.caseId, recordedAt);
  return id;
}

/** Opens an item for a referral or notification sent outside Casefile. */
export function openFollowUp(ctx: CaseFileContext, input: FollowUpOpenFields): FollowUp {
  const db = ctx.db();
  return db
    .transaction((): FollowUp => {
      const caseKey = ctx.ports.cases.forChange(db, input.caseId);
      if (Date.parse(input.sentAt) > ctx.now()) throw new CasefileError('VALIDATION', 'followUps.inFuture');
      if (input.subjectId !== undefined) {
        const subject = ctx.ports.people.inCase(db, caseKey.id, input.subjectId);
        if (subject.role !== 'subject') {
          throw new CasefileError('VALIDATION', 'followUps.notSubject', { person: subject.code });
        }
      }
      const id = openItem(ctx, db, { ...input, caseId: caseKey.id, openedBy: 'manual' }, caseKey.reference);
      return toFollowUp(ctx.ports, db, getFollowUpRow(db, id));
    })
    .immediate();
}

/** A referral or notification letter was generated: its item opens, awaiting the reply from the letter's date. */
export function openFollowUpFromLetter(ctx: CaseFileContext, db: VaultDatabase, letter: GeneratedLetter): void {
  const opened = FOLLOW_UP_OF_LETTER[letter.kind];
  if (!opened) return;
  const reference = ctx.ports.cases.find(db, letter.caseId).reference;
  openItem(
    ctx,
    db,
    {
      caseId: letter.caseId,
      ...opened,
      ...(letter.concernsPersonId === undefined ? {} : { subjectId: letter.concernsPersonId }),
      sentAt: letter.createdAt,
      openedBy: 'letter',
      letterId: letter.letterId,
    },
    reference,
  );
}

/** Records a reply; the first one closes the item's reply deadline, at the moment the reply was received. */
export function replyToFollowUp(ctx: CaseFileContext, input: FollowUpReplyFields): FollowUp {
  const db = ctx.db();
  return db
    .transaction((): FollowUp => {
      const row = getFollowUpRow(db, input.followUpId);
      const caseKey = ctx.ports.cases.forChange(db, row.case_id);
      const nowMs = ctx.now();
      if (Date.parse(input.receivedAt) > nowMs) throw new CasefileError('VALIDATION', 'followUps.inFuture');
      // Replies are given to the minute, a letter's sending to the millisecond: a reply typed in the
      // minute the letter was made is not "before" it.
      if (Math.floor(Date.parse(input.receivedAt) / 60_000) < Math.floor(Date.parse(row.sent_at) / 60_000)) {
        throw new CasefileError('VALIDATION', 'followUps.replyBeforeSent', { sent: row.sent_at });
      }
      const first = replyRows(db, row.id).length === 0;
      const recordedAt = new Date(nowMs).toISOString();
      const replyId = insertReply(db, input, recordedAt, ctx.actor);
      appendAudit(ctx, {
        action: 'follow_up.reply',
        caseId: row.case_id,
        target: { kind: 'follow_up', id: row.id, label: caseKey.reference },
        // The summary and the action reported stay out of the trail: free text.
        details: { replyId, receivedAt: input.receivedAt, actionReported: input.actionReported !== undefined },
      });
      if (first) {
        ctx.ports.deadlineClosing.closeAnswered(ctx, db, {
          caseId: row.case_id,
          clockIds: [FOLLOW_UP_REPLY_CLOCK],
          concerns: [row.id],
          at: input.receivedAt,
          action: 'reply received',
          source: { kind: 'follow_up_reply', id: replyId },
        });
      }
      ctx.ports.cases.touch(db, row.case_id, recordedAt);
      return toFollowUp(ctx.ports, db, getFollowUpRow(db, row.id));
    })
    .immediate();
}

/** Links a letter of the case's register (a reminder, a follow-up letter asking what was done, ¶66) to an item. */
export function linkFollowUpLetter(ctx: CaseFileContext, input: { followUpId: string; letterId: string }): FollowUp {
  const db = ctx.db();
  return db
    .transaction((): FollowUp => {
      const row = getFollowUpRow(db, input.followUpId);
      const caseKey = ctx.ports.cases.forChange(db, row.case_id);
      const letterCase = db.prepare('SELECT case_id FROM letters WHERE id = ?').pluck().get(input.letterId);
      if (letterCase !== row.case_id) throw new CasefileError('VALIDATION', 'followUps.letterElsewhere');
      const linkedAt = new Date(ctx.now()).toISOString();
      if (!insertLetterLink(db, row.id, input.letterId, linkedAt, ctx.actor)) {
        throw new CasefileError('CONFLICT', 'followUps.letterLinked');
      }
      appendAudit(ctx, {
        action: 'follow_up.link_letter',
        caseId: row.case_id,
        target: { kind: 'follow_up', id: row.id, label: caseKey.reference },
        details: { letterId: input.letterId },
      });
      ctx.ports.cases.touch(db, row.case_id, linkedAt);
      return toFollowUp(ctx.ports, db, getFollowUpRow(db, row.id));
    })
    .immediate();
}
