import { z } from 'zod';
import { CustodyEvent, CustodyEventFields } from '../domain/evidence.js';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';
import { SavedFile } from './evidence.js';

export const CustodyEntry = CustodyEventFields.extend({
  itemId: RecordId,
  /**
   * Decrypt and re-hash the item's files and keep the result on the event. By default on for
   * hand-overs, openings, copies, examinations and returns (RECHECK_BY_DEFAULT), off otherwise.
   */
  recheckHash: z.boolean().optional(),
}).strict();
export type CustodyEntry = z.infer<typeof CustodyEntry>;

export const custodyMethods = {
  'custody.list': method({
    summary: "An item's chain of custody, oldest first, with each event's hash re-check.",
    input: z.object({ itemId: RecordId }).strict(),
    output: z.object({ items: z.array(CustodyEvent) }),
    whileLocked: false,
  }),
  'custody.add': method({
    summary: 'Log a custody event (append-only). Refused if dated before the last event logged, in the future, or after destruction.',
    input: CustodyEntry,
    output: CustodyEvent,
    whileLocked: false,
  }),
  'custody.report': method({
    summary: "Write the item's custody report (PDF: the item, its files' SHA-256, every event and hash check) where the user chooses; audited.",
    input: z.object({ itemId: RecordId }).strict(),
    output: SavedFile,
    whileLocked: false,
  }),
};
