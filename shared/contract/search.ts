import { z } from 'zod';
import { RecordId } from '../domain/primitives.js';
import { method } from './define.js';

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

export const searchMethods = {
  'search.query': method({
    summary: 'Full-text search over case text, interview notes and people’s non-identifying fields; accents ignored.',
    input: z
      .object({
        q: z.string().trim().min(1).max(200),
        caseId: RecordId.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ items: z.array(SearchHit) }),
    whileLocked: false,
  }),
};
