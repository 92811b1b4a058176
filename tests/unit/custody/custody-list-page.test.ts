import { describe, expect, it } from 'vitest';
import type { CustodyListRequest } from '../../../shared/contract/custody.js';
import type { CustodyEvent } from '../../../shared/domain/evidence.js';
import { at, openCase, START, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';

const evidenceFile = useEvidenceFiles();
const EVENTS = 23;

/**
 * An item with 23 events a minute apart, no file to re-check: collected, then sealed and opened in
 * turn (every seal numbered S-1…), the 10th examined in a lab note. Another item has a chain of its own.
 */
async function itemWithChain(ef: EvidenceFile) {
  const theCase = await openCase(ef);
  const create = (description: string) =>
    ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'physical',
      description,
      collectedAt: at(START, -600),
    });
  const item = await create('Clothing bag');
  const other = await create('Receipt');
  await ef.call('custody.add', {
    itemId: other.id,
    kind: 'collected',
    at: at(START, -590),
    persons: ['A'],
    purpose: 'x',
  });
  for (let n = 1; n <= EVENTS; n += 1) {
    const when = at(START, -500 + n);
    const fields =
      n === 1
        ? { kind: 'collected' as const, purpose: 'Seized at the scene' }
        : n === 10
          ? { kind: 'examined' as const, purpose: 'Lab examination', note: 'Fibres kept for the lab' }
          : n % 2 === 0
            ? { kind: 'sealed' as const, purpose: 'Sealed for storage', sealNumber: `S-${n}` }
            : { kind: 'opened' as const, purpose: 'Opened to photograph', sealNumber: `S-${n - 1}` };
    await ef.call('custody.add', { itemId: item.id, at: when, persons: ['Investigator One'], ...fields });
  }
  return { item, other };
}

/** Every page of one query, in order. */
async function allPages(ef: EvidenceFile, request: CustodyListRequest) {
  const rows: CustodyEvent[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await ef.call('custody.page', { ...request, ...(after ? { after } : {}) });
    rows.push(...page.rows);
    after = page.next;
    pages += 1;
  } while (after);
  return { rows, pages };
}

describe("an item's chain of custody a page at a time", () => {
  it('pages concatenate to the whole chain, oldest or newest first, the item’s events only', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithChain(ef);
    const { items } = await ef.call('custody.list', { itemId: item.id });
    expect(items).toHaveLength(EVENTS);
    const oldest = await allPages(ef, { itemId: item.id, limit: 5 });
    expect(oldest.pages).toBe(5);
    expect(oldest.rows).toEqual(items);
    const newest = await allPages(ef, { itemId: item.id, limit: 6, sort: { by: 'sequence', direction: 'desc' } });
    expect(newest.rows.map((event) => event.sequence)).toEqual(items.map((event) => event.sequence).reverse());
  });

  it('is never part of the item as its screen reads it: the chain comes a page at a time', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithChain(ef);
    const record = await ef.call('evidence.get', { itemId: item.id });
    expect(record.number).toBe(item.number);
    expect(record).not.toHaveProperty('custody');
    const first = await ef.call('custody.page', { itemId: item.id, limit: 5 });
    expect(first.rows.map((event) => event.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(first.counts).toEqual({ matching: EVENTS, total: EVENTS });
  });

  it('filters by kind and searches what was written, counting what matches out of the chain', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithChain(ef);
    const sealed = await allPages(ef, { itemId: item.id, filters: { kind: 'sealed' }, limit: 4 });
    expect(sealed.rows.map((event) => event.sequence)).toEqual([2, 4, 6, 8, 12, 14, 16, 18, 20, 22]);
    const first = await ef.call('custody.page', { itemId: item.id, filters: { kind: 'sealed' }, limit: 4 });
    expect(first.counts).toEqual({ matching: 10, total: EVENTS });
    // A later page is read without counting again: the renderer keeps the first page's counts.
    const second = await ef.call('custody.page', {
      itemId: item.id,
      filters: { kind: 'sealed' },
      limit: 4,
      after: first.next!,
    });
    expect(second.rows.map((event) => event.sequence)).toEqual([12, 14, 16, 18]);
    expect(second.counts).toBeUndefined();
    // A seal number, a note and a purpose; the search with the kind filter together.
    const seal = await ef.call('custody.page', { itemId: item.id, search: 's-12' });
    expect(seal.rows.map((event) => [event.sequence, event.kind])).toEqual([
      [12, 'sealed'],
      [13, 'opened'],
    ]);
    const note = await ef.call('custody.page', { itemId: item.id, search: 'fibres' });
    expect(note.rows.map((event) => event.sequence)).toEqual([10]);
    const openedPhoto = await ef.call('custody.page', {
      itemId: item.id,
      search: 'photograph',
      filters: { kind: 'opened' },
    });
    expect(openedPhoto.counts).toEqual({ matching: 11, total: EVENTS });
    const none = await ef.call('custody.page', { itemId: item.id, search: '%' });
    expect(none).toMatchObject({ rows: [], counts: { matching: 0 } });
  });

  it('searches the persons present by their names, never by the text they are stored as', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithChain(ef);
    const searched = async (search: string) =>
      (await ef.call('custody.page', { itemId: item.id, search })).rows.map((event) => event.sequence);
    // Every event names a person, stored as ["Investigator One"]: its quotes, brackets and commas are no one's.
    for (const search of ['"', '[', ']', ',', '","', '["Inv', 'One"]', '\\'])
      expect(await searched(search), search).toEqual([]);
    expect(await searched('investigator one')).toHaveLength(EVENTS);

    await ef.call('custody.add', {
      itemId: item.id,
      kind: 'examined',
      at: at(START, -400),
      persons: ['Investigator One', 'Ngoma, Jean "JB"', 'Hélène Côté'],
      purpose: 'Looked at again',
    });
    const named = EVENTS + 1;
    for (const search of ['"', ',', 'ngoma, jean', '"jb"']) expect(await searched(search), search).toEqual([named]);
    // A name is found typed without its accents, or with them in another case.
    for (const search of ['helene cote', 'HÉLÈNE']) expect(await searched(search), search).toEqual([named]);
    expect(await searched('One", "Ngoma')).toEqual([]);
  });

  it('refuses a forged cursor, or one of another order, with a plain message, and an unknown item', async () => {
    const ef = await evidenceFile();
    const { item } = await itemWithChain(ef);
    const first = await ef.call('custody.page', { itemId: item.id, limit: 2 });
    const forged = [
      Buffer.from('{"order":"sequence:asc","key":["1 OR 1=1"]}').toString('base64url'),
      Buffer.from('{"order":"sequence:asc","key":[0]}').toString('base64url'),
      Buffer.from('not json').toString('base64url'),
    ];
    for (const after of [...forged, first.next!]) {
      const sort = after === first.next ? { sort: { by: 'sequence', direction: 'desc' } as const } : {};
      expect(await ef.refusal('custody.page', { itemId: item.id, after, ...sort })).toMatchObject({
        code: 'VALIDATION',
        message: 'The list could not go on from where it was. Show it again from the top.',
      });
    }
    const unknown = await ef.refusal('custody.page', { itemId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.code).toBe('NOT_FOUND');
  });

  it('reads a page by the chain’s own index, never sorting the chain', async () => {
    const ef = await evidenceFile();
    const plans = await ef.rawDatabase((db) =>
      (['ASC', 'DESC'] as const).map((direction) =>
        (
          db
            .prepare(
              `EXPLAIN QUERY PLAN SELECT * FROM custody_events WHERE item_id = 'i' AND (sequence) > (3)
               ORDER BY sequence ${direction} LIMIT 51`,
            )
            .all() as { detail: string }[]
        )
          .map((step) => step.detail)
          .join(' | '),
      ),
    );
    for (const plan of plans) {
      expect(plan).toMatch(/SEARCH custody_events USING INDEX sqlite_autoindex_custody_events/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
