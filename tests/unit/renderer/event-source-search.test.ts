import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceSummary } from '../../../shared/contract/evidence.js';
import type { InterviewSummary } from '../../../shared/contract/interviews.js';
import { searchEventSources, type EventSourceLists } from '../../../renderer/timeline/event-source-search.js';
import { catalogT } from './i18n-instance.js';

let t: TFunction;
beforeAll(async () => {
  t = await catalogT('en');
});

interface Asked {
  search: string | undefined;
  limit: number | undefined;
  after: string | undefined;
}

/** A list of `rows` read a page at a time as the core pages it, every request kept in `asked`. */
function paged<Row>(rows: readonly Row[], asked: Asked[]) {
  return ({ search, limit = 50, after }: { search?: string; limit?: number; after?: string }) => {
    asked.push({ search, limit, after });
    const start = after === undefined ? 0 : Number(after);
    const page = rows.slice(start, start + limit);
    const end = start + page.length;
    return Promise.resolve({
      ok: true as const,
      value: { rows: [...page], ...(end < rows.length ? { next: String(end) } : {}) },
    });
  };
}

const interviews = (size: number) =>
  Array.from(
    { length: size },
    (_, index) => ({ id: `i-${index + 1}`, personCode: `W-${index + 1}`, status: 'planned' }) as InterviewSummary,
  );
const items = (size: number) =>
  Array.from(
    { length: size },
    (_, index) => ({ id: `e-${index + 1}`, number: `E-${index + 1}`, description: 'Statement' }) as EvidenceSummary,
  );

function lists(interviewRows: InterviewSummary[], itemRows: EvidenceSummary[]) {
  const asked: Asked[] = [];
  const api = {
    interviews: { page: paged(interviewRows, asked) },
    evidence: { page: paged(itemRows, asked) },
  } as unknown as EventSourceLists;
  return { api, asked };
}

describe('searchEventSources', () => {
  it('offers the interviews after more than a page of linked ones', async () => {
    const { api, asked } = lists(interviews(260), []);
    const linked = new Set(interviews(230).map((row) => row.id));
    const reply = await searchEventSources(api, 'case-1', 'interview', t)('W', linked);
    expect(reply).toEqual({
      ok: true,
      value: interviews(250)
        .slice(230)
        .map((row) => ({ value: row.id, label: `Interview of ${row.personCode} (Planned)` })),
    });
    // The search typed on every page, the second read from the first's cursor.
    expect(asked).toEqual([
      { search: 'W', limit: 200, after: undefined },
      { search: 'W', limit: 200, after: '200' },
    ]);
  });

  it('offers the items after more than a page of linked ones, by number and words', async () => {
    const { api } = lists([], items(400));
    const linked = new Set(items(390).map((row) => row.id));
    const reply = await searchEventSources(api, 'case-1', 'evidence', t)('', linked);
    expect(reply.ok && reply.value).toEqual(
      items(400)
        .slice(390)
        .map((row) => ({ value: row.id, label: `${row.number}: Statement` })),
    );
  });
});
