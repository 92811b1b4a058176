import { z } from 'zod';
import { FollowUp, FollowUpOpenFields, FollowUpReplyFields } from '../domain/follow-up.js';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';

export const followUpsMethods = {
  'followUps.list': method({
    input: z.object({ caseId: RecordId }).strict(),
    output: z.object({ items: z.array(FollowUp) }),
    whileLocked: false,
  }),
  'followUps.open': method({
    input: FollowUpOpenFields,
    output: FollowUp,
    whileLocked: false,
  }),
  'followUps.reply': method({
    input: FollowUpReplyFields,
    output: FollowUp,
    whileLocked: false,
  }),
  'followUps.linkLetter': method({
    input: z.object({ followUpId: RecordId, letterId: RecordId }).strict(),
    output: FollowUp,
    whileLocked: false,
  }),
};
