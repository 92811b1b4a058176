import { z } from 'zod';
import { PaternityChild, PaternityChildFields } from '../domain/paternity.js';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';

/** A child's record as first written; the core gives it its code (C-01…) and keeps the case's claim in step. */
const PaternityAddInput = z.object({ caseId: RecordId, child: PaternityChildFields }).strict();

export const paternityMethods = {
  'paternity.list': method({
    summary: "A case's child records of paternity claims, by code (strictly confidential by default).",
    input: z.object({ caseId: RecordId }).strict(),
    output: z.object({ items: z.array(PaternityChild) }),
    whileLocked: false,
  }),
  'paternity.add': method({
    summary: 'Record a child of a paternity claim, linked to the mother (a victim) and the subject.',
    input: PaternityAddInput,
    output: PaternityChild,
    whileLocked: false,
  }),
  'paternity.update': method({
    summary: "Replace a child record's fields (status, DNA steps, Member State contact, support).",
    input: z.object({ childId: RecordId, child: PaternityChildFields }).strict(),
    output: PaternityChild,
    whileLocked: false,
  }),
};
