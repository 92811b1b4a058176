import { z } from 'zod';
import { caseRecordKeys, Instant, RecordId } from './primitives.js';

/**
 * The follow-up register (A/72/751 ¶47, ¶65–66): every referral or notification sent to a Member
 * State, a contributing country or an office is an item awaiting a reply, due on an editable
 * clock. An item opens by itself when such a letter is generated, or by hand for one sent outside
 * Casefile. Replies and the letters of the exchange are appended to it.
 */

/** Who the referral or notification went to. "office": a UN office (human resources, the UNV programme). */
export const FOLLOW_UP_COUNTERPARTS = ['member_state', 'contributing_country', 'office'] as const;
export const FollowUpCounterpart = z.enum(FOLLOW_UP_COUNTERPARTS);
export type FollowUpCounterpart = z.infer<typeof FollowUpCounterpart>;

export const FOLLOW_UP_KINDS = ['referral', 'notification'] as const;
export const FollowUpKind = z.enum(FOLLOW_UP_KINDS);
export type FollowUpKind = z.infer<typeof FollowUpKind>;

const ShortText = z.string().trim().min(1).max(300);

/** An item opened by hand: the stored FollowUp adds the rest. */
export const FollowUpOpenFields = z
  .object({
    caseId: RecordId,
    counterpart: FollowUpCounterpart,
    kind: FollowUpKind,
    /** The institution written to (a Permanent Mission, an office), never a private person. */
    addressee: ShortText.optional(),
    /** The subject the referral or notification concerns. */
    subjectId: RecordId.optional(),
    /** When it was sent: the reply clock counts from then. */
    sentAt: Instant,
    note: z.string().trim().min(1).max(5_000).optional(),
  })
  .strict();
export type FollowUpOpenFields = z.infer<typeof FollowUpOpenFields>;

export const FollowUpReplyFields = z
  .object({
    followUpId: RecordId,
    receivedAt: Instant,
    /** What the reply says, in the team's words. */
    summary: z.string().trim().min(1).max(5_000),
    /** The action the State or office reports having taken, if any. */
    actionReported: z.string().trim().min(1).max(5_000).optional(),
  })
  .strict();
export type FollowUpReplyFields = z.infer<typeof FollowUpReplyFields>;

export const FollowUpReply = z
  .object({ id: RecordId, ...FollowUpReplyFields.shape, recordedAt: Instant, recordedBy: z.string() })
  .strict();
export type FollowUpReply = z.infer<typeof FollowUpReply>;

/** A letter of the exchange, as the register names it. */
export const FollowUpLetter = z
  .object({ letterId: RecordId, templateId: z.string(), createdAt: Instant, linkedAt: Instant })
  .strict();
export type FollowUpLetter = z.infer<typeof FollowUpLetter>;

/** The reply clock's deadline as the item shows it; absent when the clock is switched off. */
const FollowUpDue = z.object({ deadlineId: RecordId, dueAt: Instant, closedAt: Instant.nullable() }).strict();
export type FollowUpDue = z.infer<typeof FollowUpDue>;

export const FOLLOW_UP_STATES = ['awaiting_reply', 'replied'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export const FollowUp = z
  .object({
    ...caseRecordKeys,
    counterpart: FollowUpCounterpart,
    kind: FollowUpKind,
    addressee: ShortText.optional(),
    subjectId: RecordId.optional(),
    subjectCode: z.string().optional(),
    sentAt: Instant,
    openedBy: z.enum(['letter', 'manual']),
    /** The letter that opened the item. */
    letterId: RecordId.optional(),
    note: z.string().optional(),
    state: z.enum(FOLLOW_UP_STATES),
    due: FollowUpDue.optional(),
    replies: z.array(FollowUpReply),
    letters: z.array(FollowUpLetter),
    recordedAt: Instant,
  })
  .strict();
export type FollowUp = z.infer<typeof FollowUp>;
