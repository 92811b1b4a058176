import { z } from 'zod';
import { caseRecordKeys, Instant, RecordId } from './primitives.js';

/**
 * Every contact with a victim (A/72/751 ¶34): the victim is kept informed of the progress and
 * outcome of the case and of the assistance available, and each time they were is logged: when,
 * by whom, how, in which language, through which interpreter, and what they were told. The
 * delivery of a closure letter is one such contact, logged by the core when it is recorded.
 */

export const CONTACT_CHANNELS = ['in_person', 'phone', 'message', 'intermediary', 'letter'] as const;
export const ContactChannel = z.enum(CONTACT_CHANNELS);
export type ContactChannel = z.infer<typeof ContactChannel>;

export const CONTACT_TOPICS = ['progress', 'outcome', 'assistance'] as const;
export const ContactTopic = z.enum(CONTACT_TOPICS);
export type ContactTopic = z.infer<typeof ContactTopic>;

export const VictimContactFields = z
  .object({
    /** The victim contacted. */
    personId: RecordId,
    at: Instant,
    /** Who from the team made the contact (a name or a role). */
    by: z.string().trim().min(1).max(300),
    channel: ContactChannel,
    /** The language spoken or written with the victim (a tag: fr, sg, ln), as the letters' deliveries record it. */
    language: z.string().trim().min(2).max(35),
    /** The interpreter, a person of the case recorded as an interpreter. */
    interpreterPersonId: RecordId.optional(),
    /** What the victim was told: at least one of progress, outcome, assistance. */
    told: z
      .array(ContactTopic)
      .min(1)
      .max(CONTACT_TOPICS.length)
      .refine((topics) => new Set(topics).size === topics.length, 'a topic is given twice'),
    /** Confidential: what was said or asked, in the team's words. */
    note: z.string().trim().min(1).max(10_000).optional(),
  })
  .strict();
export type VictimContactFields = z.infer<typeof VictimContactFields>;

export const VictimContact = z
  .object({
    ...caseRecordKeys,
    ...VictimContactFields.shape,
    /** The closure letter whose delivery this contact is, when it was logged from the delivery. */
    letterId: RecordId.optional(),
    recordedAt: Instant,
  })
  .strict();
export type VictimContact = z.infer<typeof VictimContact>;
