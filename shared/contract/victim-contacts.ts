import { z } from 'zod';
import { RecordId } from '../domain/primitives.js';
import { VictimContact, VictimContactFields } from '../domain/victim-contact.js';
import { method } from './define.js';

export const victimContactsMethods = {
  'victimContacts.list': method({
    summary: "Every contact with a case's victims (or with one of them), oldest first.",
    input: z.object({ caseId: z.string().min(1).max(64), personId: RecordId.optional() }).strict(),
    output: z.object({ items: z.array(VictimContact) }),
    whileLocked: false,
  }),
  'victimContacts.log': method({
    summary: 'Log a contact with a victim (when, who, how, language, interpreter, what was told); audited.',
    input: VictimContactFields,
    output: VictimContact,
    whileLocked: false,
  }),
};
