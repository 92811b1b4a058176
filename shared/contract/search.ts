import { z } from 'zod';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';
import { PageCursor } from './paging.js';

export const SEARCH_HIT_KINDS = ['case', 'person', 'interview', 'evidence'] as const;

/** A hit names people only by pseudonym code: identity fields are never indexed. */
export const SearchHit = z.object({
  kind: z.enum(SEARCH_HIT_KINDS),
  caseId: RecordId,
  caseReference: z.string(),
  recordId: RecordId,
  /** Case title, person code, or interview "V-01 — 2026-03-02". */
  label: z.string(),
  /** Matched text with the matches between \u0002 and \u0003 (the UI highlights them). */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/**
 * One page of hits, best first (keyset on the FTS rank, then the row, never OFFSET): the first page
 * (no cursor) also says how many hits there are in all, and in how many cases; `next` is absent on the
 * last page.
 */
export const SearchPage = z.object({
  items: z.array(SearchHit),
  counts: z.object({ hits: z.number().int().min(0), cases: z.number().int().min(0) }).optional(),
  next: PageCursor.optional(),
});
export type SearchPage = z.infer<typeof SearchPage>;

export const searchMethods = {
  'search.query': method({
    input: z
      .object({
        q: z.string().trim().min(1).max(200),
        caseId: RecordId.optional(),
        limit: z.number().int().min(1).max(200).default(50),
        /** The cursor of the page before (none for the first page). */
        after: PageCursor.optional(),
      })
      .strict(),
    output: SearchPage,
    whileLocked: false,
  }),
};
