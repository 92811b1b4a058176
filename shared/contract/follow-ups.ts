import { z } from 'zod';
import { FollowUp, FollowUpOpenFields, FollowUpReplyFields } from '../domain/follow-up.js';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';

export const followUpsMethods = {
  'followUps.list': method({
    summary: 'The follow-up items of a case (referrals and notifications awaiting or having a reply), oldest first.',
    input: z.object({ caseId: RecordId }).strict(),
    output: z.object({ items: z.array(FollowUp) }),
    whileLocked: false,
  }),
  'followUps.open': method({
    summary: 'Open a follow-up item for a referral or notification sent outside Casefile; its reply clock starts.',
    input: FollowUpOpenFields,
    output: FollowUp,
    whileLocked: false,
  }),
  'followUps.reply': method({
    summary: "Record a reply received for a follow-up item; the first one closes the item's reply deadline.",
    input: FollowUpReplyFields,
    output: FollowUp,
    whileLocked: false,
  }),
  'followUps.linkLetter': method({
    summary: 'Link a letter of the register (a reminder, a follow-up letter) to a follow-up item.',
    input: z.object({ followUpId: RecordId, letterId: RecordId }).strict(),
    output: FollowUp,
    whileLocked: false,
  }),
};
