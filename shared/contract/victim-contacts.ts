import { z } from 'zod';
import { RecordId } from '../domain/primitives.js';
import { VictimContact, VictimContactFields } from '../domain/victim-contact.js';
import { method } from './define.js';

export const victimContactsMethods = {
  'victimContacts.list': method({
    input: z.object({ caseId: z.string().min(1).max(64), personId: RecordId.optional() }).strict(),
    output: z.object({ items: z.array(VictimContact) }),
    whileLocked: false,
  }),
  'victimContacts.log': method({
    input: VictimContactFields,
    output: VictimContact,
    whileLocked: false,
  }),
};
