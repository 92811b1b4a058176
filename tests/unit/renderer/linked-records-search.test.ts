import { describe, expect, it } from 'vitest';
import { apiError } from '../../../shared/contract/errors.js';
import type { Result } from '../../../shared/contract/index.js';
import { searchUnlinked } from '../../../renderer/components/LinkedRecordsPicker.js';

interface Row {
  id: string;
  vetted: boolean;
}

/** A list of `rows` read a page at a time as the core pages it: the cursor is where the next page starts. */
function pagedList(rows: readonly Row[]) {
  const asked: number[] = [];
  const readPage = (limit: number, after: string | undefined): Promise<Result<{ rows: Row[]; next?: string }>> => {
    asked.push(limit);
    const start = after === undefined ? 0 : Number(after);
    const page = rows.slice(start, start + limit);
    const end = start + page.length;
    return Promise.resolve({ ok: true, value: { rows: page, ...(end < rows.length ? { next: String(end) } : {}) } });
  };
  return { readPage, asked };
}

const records = (size: number, vetted: (n: number) => boolean = () => true): Row[] =>
  Array.from({ length: size }, (_, index) => ({ id: `r-${index + 1}`, vetted: vetted(index + 1) }));

describe('searchUnlinked', () => {
  it('reaches the records after more than a page of linked ones (the 201st choice)', async () => {
    const list = pagedList(records(260));
    const linked = new Set(records(230).map((row) => row.id));
    const reply = await searchUnlinked(list.readPage, linked, (row) => row.id.toUpperCase());
    expect(reply).toEqual({
      ok: true,
      value: records(250)
        .slice(230)
        .map((row) => ({ value: row.id, label: row.id.toUpperCase() })),
    });
    // Pages of the largest size a page may hold, the second one after the first's cursor.
    expect(list.asked).toEqual([200, 200]);
  });

  it('reads past the records a choice refuses until some are offered', async () => {
    const list = pagedList(records(450, (n) => n > 420));
    const reply = await searchUnlinked(
      list.readPage,
      new Set(),
      (row) => row.id,
      (row) => row.vetted,
    );
    expect(reply.ok && reply.value.map((option) => option.value)).toEqual(
      records(440)
        .slice(420)
        .map((row) => row.id),
    );
    // 420 refused: 21 pages of 20 read past, then the page that offers 20.
    expect(list.asked).toEqual(Array.from({ length: 22 }, () => 20));
  });

  it('stops at the end of the list with what it found', async () => {
    const list = pagedList(records(5));
    const reply = await searchUnlinked(list.readPage, new Set(['r-2']), (row) => row.id);
    expect(reply.ok && reply.value.map((option) => option.value)).toEqual(['r-1', 'r-3', 'r-4', 'r-5']);
    expect(list.asked).toEqual([21]);
  });

  it('hands back a failed page as it came', async () => {
    const failure: Result<never> = { ok: false, error: apiError('VAULT_LOCKED', 'vault.locked') };
    const reply = await searchUnlinked(
      () => Promise.resolve(failure),
      new Set(),
      (row: Row) => row.id,
    );
    expect(reply).toBe(failure);
  });
});
