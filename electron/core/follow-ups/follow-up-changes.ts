import { presentOnly } from '../kernel/db/present-only.js';
import type { AuditAction } from '../../../shared/domain/audit-actions.js';
import { CasefileError } from '../../../shared/contract/index.js';
import { messageText } from '../../../shared/i18n/messages.js';
import type { TemplateKind } from '../../../shared/documents/template.js';
import type {
  FollowUp,
  FollowUpCounterpart,
  FollowUpKind,
  FollowUpOpenFields,
  FollowUpReplyFields,
} from '../../../shared/domain/follow-up.js';
import {
  caseChange,
  caseChangeWithin,
  recordAudit,
  type AuditDetails,
  type CaseChange,
} from '../kernel/audit/case-change.js';
import type { CaseFileContext } from '../kernel/context.js';
import type { GeneratedLetter } from '../kernel/ports/case-reactions.js';
import type { CaseKey } from '../kernel/ports/case-records.js';
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
  // Asking what action was taken (¶66) awaits a reply of its own, on the same clock.
  tcc_follow_up: { counterpart: 'contributing_country', kind: 'notification' },
  hr_referral: { counterpart: 'office', kind: 'referral' },
  unv_referral: { counterpart: 'office', kind: 'referral' },
};

/** The audit row of a change to an item: the item labelled by its case's reference. */
const followUpAudit = (action: AuditAction, caseKey: CaseKey, id: string, details: AuditDetails) =>
  recordAudit(action, { caseId: caseKey.id, kind: 'follow_up', id, label: caseKey.reference }, details);

function openItem(ctx: CaseFileContext, { db, at, record }: CaseChange, item: NewFollowUp, caseKey: CaseKey): string {
  const id = insertFollowUp(db, item, at, ctx.actor);
  if (item.letterId !== undefined) insertLetterLink(db, id, item.letterId, at, ctx.actor);
  // The addressee and the note stay out of the trail: free text.
  record(
    followUpAudit('follow_up.open', caseKey, id, {
      counterpart: item.counterpart,
      kind: item.kind,
      openedBy: item.openedBy,
      sentAt: item.sentAt,
      ...presentOnly({ letterId: item.letterId, subjectId: item.subjectId }),
    }),
  );
  // The reply clock starts from the case's facts, which now include this item.
  ctx.ports.reactions.caseChanged(ctx, db, caseKey.id);
  return id;
}

/** Opens an item for a referral or notification sent outside Casefile. */
export function openFollowUp(ctx: CaseFileContext, input: FollowUpOpenFields): FollowUp {
  return caseChange(ctx, (change): FollowUp => {
    const { db } = change;
    const caseKey = ctx.ports.cases.forChange(db, input.caseId);
    if (Date.parse(input.sentAt) > ctx.now()) throw new CasefileError('VALIDATION', 'followUps.inFuture');
    if (input.subjectId !== undefined) {
      const subject = ctx.ports.people.inCase(db, caseKey.id, input.subjectId);
      if (subject.role !== 'subject') {
        throw new CasefileError('VALIDATION', 'followUps.notSubject', { person: subject.code });
      }
    }
    const id = openItem(ctx, change, { ...input, caseId: caseKey.id, openedBy: 'manual' }, caseKey);
    return toFollowUp(ctx.ports, db, getFollowUpRow(db, id));
  });
}

/** A referral or notification letter was generated: its item opens, awaiting the reply from the letter's date. */
export function openFollowUpFromLetter(ctx: CaseFileContext, db: VaultDatabase, letter: GeneratedLetter): void {
  const opened = FOLLOW_UP_OF_LETTER[letter.kind];
  if (!opened) return;
  const caseKey = ctx.ports.cases.find(db, letter.caseId);
  openItem(
    ctx,
    caseChangeWithin(ctx, db),
    {
      caseId: letter.caseId,
      ...opened,
      ...(letter.concernsPersonId === undefined ? {} : { subjectId: letter.concernsPersonId }),
      sentAt: letter.createdAt,
      openedBy: 'letter',
      letterId: letter.letterId,
    },
    caseKey,
  );
}

/** Records a reply; the first one closes the item's reply deadline, at the moment the reply was received. */
export function replyToFollowUp(ctx: CaseFileContext, input: FollowUpReplyFields): FollowUp {
  return caseChange(ctx, ({ db, at, record }): FollowUp => {
    const row = getFollowUpRow(db, input.followUpId);
    const caseKey = ctx.ports.cases.forChange(db, row.case_id);
    if (Date.parse(input.receivedAt) > ctx.now()) throw new CasefileError('VALIDATION', 'followUps.inFuture');
    // Replies are given to the minute, a letter's sending to the millisecond: a reply typed in the
    // minute the letter was made is not "before" it.
    if (Math.floor(Date.parse(input.receivedAt) / 60_000) < Math.floor(Date.parse(row.sent_at) / 60_000)) {
      throw new CasefileError('VALIDATION', 'followUps.replyBeforeSent', { sent: row.sent_at });
    }
    const first = replyRows(db, row.id).length === 0;
    const replyId = insertReply(db, input, at, ctx.actor);
    // The summary and the action reported stay out of the trail: free text.
    const details = { replyId, receivedAt: input.receivedAt, actionReported: input.actionReported !== undefined };
    record(followUpAudit('follow_up.reply', caseKey, row.id, details));
    if (first) {
      ctx.ports.deadlineClosing.closeAnswered(ctx, db, {
        caseId: row.case_id,
        clockIds: [FOLLOW_UP_REPLY_CLOCK],
        concerns: [row.id],
        at: input.receivedAt,
        action: messageText('en', 'deadlineReasons.replyReceived'),
        source: { kind: 'follow_up_reply', id: replyId },
      });
    }
    return toFollowUp(ctx.ports, db, getFollowUpRow(db, row.id));
  });
}

/** Links a letter of the case's register (a reminder, a follow-up letter asking what was done, ¶66) to an item. */
export function linkFollowUpLetter(ctx: CaseFileContext, input: { followUpId: string; letterId: string }): FollowUp {
  return caseChange(ctx, ({ db, at, record }): FollowUp => {
    const row = getFollowUpRow(db, input.followUpId);
    const caseKey = ctx.ports.cases.forChange(db, row.case_id);
    const letterCase = db.prepare('SELECT case_id FROM letters WHERE id = ?').pluck().get(input.letterId);
    if (letterCase !== row.case_id) throw new CasefileError('VALIDATION', 'followUps.letterElsewhere');
    if (!insertLetterLink(db, row.id, input.letterId, at, ctx.actor)) {
      throw new CasefileError('CONFLICT', 'followUps.letterLinked');
    }
    record(followUpAudit('follow_up.link_letter', caseKey, row.id, { letterId: input.letterId }));
    return toFollowUp(ctx.ports, db, getFollowUpRow(db, row.id));
  });
}
