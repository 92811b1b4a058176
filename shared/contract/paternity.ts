import { z } from 'zod';
import { PaternityChild, PaternityChildFields } from '../domain/paternity.js';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';

/** A child's record as first written; the core gives it its code (C-01…) and keeps the case's claim in step. */
const PaternityAddInput = z.object({ caseId: RecordId, child: PaternityChildFields }).strict();

export const paternityMethods = {
  'paternity.list': method({
    input: z.object({ caseId: RecordId }).strict(),
    output: z.object({ items: z.array(PaternityChild) }),
    whileLocked: false,
  }),
  'paternity.add': method({
    input: PaternityAddInput,
    output: PaternityChild,
    whileLocked: false,
  }),
  'paternity.update': method({
    input: z.object({ childId: RecordId, child: PaternityChildFields }).strict(),
    output: PaternityChild,
    whileLocked: false,
  }),
};
