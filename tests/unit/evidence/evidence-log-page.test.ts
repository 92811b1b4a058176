import { describe, expect, it } from 'vitest';
import { evidenceLogPage } from '../../../electron/core/evidence/evidence-log-page.js';
import { EvidenceLogRequest, type EvidenceSummary } from '../../../shared/contract/evidence.js';
import type { EvidenceType } from '../../../shared/domain/evidence.js';
import { at, MINUTE, openCase, START, useEvidenceFiles, type EvidenceFile } from './evidence-fixture.js';

const evidenceFile = useEvidenceFiles();

const TYPES: EvidenceType[] = ['physical', 'digital', 'documentary'];

/** Items collected over the day before START, out of number order, three of them at one moment (ties). */
async function logItems(ef: EvidenceFile, caseId: string, count: number): Promise<void> {
  for (let n = 0; n < count; n += 1) {
    await ef.call('evidence.create', {
      caseId,
      type: TYPES[n % 3]!,
      description: n % 4 === 0 ? `Torn shirt, part ${n} (100% cotton)` : `Phone photo ${n}`,
      collectedAt: at(START, -((n * 37) % 23) * 60 - (n < 3 ? 0 : 1)),
      storageLocation: n % 5 === 0 ? 'Locker B-7' : '',
      status: n % 2 === 0 ? 'collected' : 'in_storage',
      confidentiality: n % 3 === 0 ? 'strictly_confidential' : 'confidential',
    });
  }
}

/** Every page of one query, in order, and the counts each page came with (the first only). */
async function allPages(
  ef: EvidenceFile,
  request: EvidenceLogRequest,
  between?: (page: number) => Promise<void>,
): Promise<{ rows: EvidenceSummary[]; pages: number; matching: (number | undefined)[] }> {
  const rows: EvidenceSummary[] = [];
  const matching: (number | undefined)[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await ef.call('evidence.page', { ...request, ...(after ? { after } : {}) });
    rows.push(...page.rows);
    matching.push(page.counts?.matching);
    after = page.next;
    pages += 1;
    if (after) await between?.(pages);
  } while (after);
  return { rows, pages, matching };
}

const numbers = (rows: readonly EvidenceSummary[]) => rows.map((row) => row.number);

describe('the evidence log a page at a time', () => {
  it('pages concatenate to exactly the sorted, filtered list, in both orders and directions', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    const other = await openCase(ef);
    await logItems(ef, theCase.id, 23);
    await logItems(ef, other.id, 4);
    const { items } = await ef.call('evidence.list', { caseId: theCase.id });
    expect(items).toHaveLength(23);

    const byNumber = await allPages(ef, { caseId: theCase.id, limit: 5 });
    expect(byNumber.pages).toBe(5);
    expect(byNumber.rows).toEqual(items);

    const byTime = [...items].sort(
      (a, b) => a.collectedAt.localeCompare(b.collectedAt) || a.number.localeCompare(b.number),
    );
    const ascending = await allPages(ef, {
      caseId: theCase.id,
      sort: { by: 'collectedAt', direction: 'asc' },
      limit: 4,
    });
    expect(numbers(ascending.rows)).toEqual(numbers(byTime));
    const descending = await allPages(ef, {
      caseId: theCase.id,
      sort: { by: 'collectedAt', direction: 'desc' },
      limit: 4,
    });
    expect(numbers(descending.rows)).toEqual(numbers(byTime).reverse());

    const filters = { type: 'physical', status: 'collected', confidentiality: 'strictly_confidential' } as const;
    const filtered = await allPages(ef, { caseId: theCase.id, filters, limit: 2 });
    const expected = items.filter(
      (item) =>
        item.type === filters.type &&
        item.status === filters.status &&
        item.confidentiality === filters.confidentiality,
    );
    expect(expected.length).toBeGreaterThan(2);
    expect(numbers(filtered.rows)).toEqual(numbers(expected));
    // Counted once, with the first page; the later pages are read without counting again.
    expect(filtered.matching).toEqual([expected.length, ...Array<undefined>(filtered.pages - 1).fill(undefined)]);

    const first = await ef.call('evidence.page', { caseId: theCase.id, filters: { type: 'digital' }, limit: 3 });
    expect(first.counts?.total).toBe(23);
    expect(first.counts?.matching).toBe(items.filter((item) => item.type === 'digital').length);
  });

  it('counts the matches with the first page only, never again for the pages after it', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    await logItems(ef, theCase.id, 9);
    const request = { caseId: theCase.id, search: 'phone', limit: 2 };
    const first = await ef.call('evidence.page', request);
    expect(first.counts).toEqual({ matching: 6, total: 9, withFiles: false });
    const counted: string[] = [];
    const later = await ef.rawDatabase((db) => {
      const prepare = db.prepare.bind(db);
      db.prepare = ((sql: string) => {
        if (/^\s*SELECT (count\(\*\)|EXISTS)/i.test(sql)) counted.push(sql);
        return prepare(sql);
      }) as typeof db.prepare;
      try {
        return evidenceLogPage(db, EvidenceLogRequest.parse({ ...request, after: first.next }), ef.clock.now);
      } finally {
        db.prepare = prepare;
      }
    });
    expect(later.rows).toHaveLength(2);
    expect(later).not.toHaveProperty('counts');
    expect(counted).toEqual([]);
  });

  it('searches the number, the description and the storage place, taking % and _ literally', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    await logItems(ef, theCase.id, 23);
    const search = async (text: string) =>
      numbers((await ef.call('evidence.page', { caseId: theCase.id, search: text, limit: 200 })).rows);

    expect(await search('torn SHIRT')).toEqual(['E-0001', 'E-0005', 'E-0009', 'E-0013', 'E-0017', 'E-0021']);
    expect(await search('100%')).toEqual(await search('torn shirt'));
    expect(await search('0%')).toEqual(await search('torn shirt'));
    expect(await search('_')).toEqual([]);
    expect(await search('locker b')).toEqual(['E-0001', 'E-0006', 'E-0011', 'E-0016', 'E-0021']);
    expect(await search('E-0012')).toEqual(['E-0012']);
    // "12" finds E-0012 by its number and "Phone photo 12" (E-0013 is part 12) by its words.
    expect(await search('12')).toEqual(['E-0012', 'E-0013']);
    expect(await search('e12')).toEqual(['E-0012']);
  });

  it('searches without regard to accents or case, and sees through Arabic vowel marks', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    const descriptions = [
      'Cahier de l’École Sainte-Thérèse',
      'Lettre d’Élodie',
      'Photo of the ecole gate',
      'دَفْتَر المدرسة',
    ];
    for (const description of descriptions) {
      await ef.call('evidence.create', { caseId: theCase.id, type: 'documentary', description });
    }
    await ef.call('evidence.create', {
      caseId: theCase.id,
      type: 'physical',
      description: 'Shirt',
      storageLocation: 'Armoire du Bureau Régional',
    });
    const search = async (text: string) =>
      numbers((await ef.call('evidence.page', { caseId: theCase.id, search: text, limit: 200 })).rows);

    expect(await search('ecole')).toEqual(['E-0001', 'E-0003']);
    expect(await search('ÉCOLE')).toEqual(['E-0001', 'E-0003']);
    expect(await search('therese')).toEqual(['E-0001']);
    expect(await search('elodie')).toEqual(['E-0002']);
    expect(await search('Élodie')).toEqual(['E-0002']);
    expect(await search('bureau regional')).toEqual(['E-0005']);
    // Arabic: the vowel marks typed or not, the word is found; a different letter is not.
    expect(await search('دفتر')).toEqual(['E-0004']);
    expect(await search('مَدرسة')).toEqual(['E-0004']);
    expect(await search('دقتر')).toEqual([]);
    const counted = await ef.call('evidence.page', { caseId: theCase.id, search: 'ecole' });
    expect(counted.counts?.matching).toBe(2);
  });

  it('filters by deadline state as the deadlines screen reads it, at the core clock’s time', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    // A CCTV item has a day to ask for the footage to be kept, from when the camera was identified:
    // identified two days ago (overdue), a minute less than a day ago (due soon: the last quarter),
    // an hour ago (open).
    for (const minutesAgo of [48 * 60, 24 * 60 - 1, 60]) {
      await ef.call('evidence.create', {
        caseId: theCase.id,
        type: 'photo_video',
        description: `Footage of the gate, camera ${minutesAgo}`,
        markers: ['cctv'],
        recordedAt: { precision: 'day', from: '2026-03-09' },
        identifiedAt: at(START, -minutesAgo),
      });
    }
    await ef.call('evidence.create', { caseId: theCase.id, type: 'documentary', description: 'Letter' });
    const shown = async (deadline: 'overdue' | 'due_soon' | 'none_open', limit = 200) => {
      const rows: string[] = [];
      let after: string | undefined;
      do {
        const page = await ef.call('evidence.page', {
          caseId: theCase.id,
          filters: { deadline },
          limit,
          ...(after ? { after } : {}),
        });
        rows.push(...numbers(page.rows));
        after = page.next;
      } while (after);
      return rows;
    };
    /** The items the deadlines screen shows with an open deadline in `state`, by their number. */
    const byScreen = async (state: 'overdue' | 'due_soon') => {
      const { items } = await ef.call('deadlines.list', { caseId: theCase.id });
      const ids = new Set(
        items.filter((d) => d.concerns.kind === 'evidence' && d.state === state).map((d) => d.concerns.id),
      );
      const { rows } = await ef.call('evidence.page', { caseId: theCase.id, limit: 200 });
      return rows.filter((row) => ids.has(row.id)).map((row) => row.number);
    };

    const overdue = await shown('overdue');
    expect(overdue).toEqual(['E-0001']);
    expect(overdue).toEqual(await byScreen('overdue'));
    const dueSoon = await shown('due_soon');
    expect(dueSoon).toEqual(['E-0002']);
    expect(dueSoon).toEqual(await byScreen('due_soon'));
    expect(await shown('none_open')).toEqual(['E-0004']);
    // Paged by its keyset like any filter: one row a page gives the same rows.
    expect(await shown('overdue', 1)).toEqual(overdue);

    // Time passes on the core's clock: what was due soon is overdue; a closed deadline no longer counts.
    ef.clock.advance(2 * MINUTE);
    expect(await shown('overdue')).toEqual(['E-0001', 'E-0002']);
    expect(await shown('overdue')).toEqual(await byScreen('overdue'));
    const { items } = await ef.call('deadlines.list', { caseId: theCase.id });
    const firstItem = (await ef.call('evidence.page', { caseId: theCase.id, limit: 1 })).rows[0]!;
    for (const d of items.filter((d) => d.concerns.id === firstItem.id && d.closedAt === null)) {
      await ef.call('deadlines.close', { deadlineId: d.id, action: 'Sample sent to the laboratory' });
    }
    expect(await shown('overdue')).not.toContain('E-0001');
    expect(await shown('none_open')).toEqual(['E-0001', 'E-0004']);
  });

  it('filters by the file check in SQL', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    await logItems(ef, theCase.id, 3);
    const page = await ef.call('evidence.page', { caseId: theCase.id, filters: { integrity: 'no_content' } });
    expect(page.counts?.matching).toBe(3);
    const none = await ef.call('evidence.page', { caseId: theCase.id, filters: { integrity: 'verified' } });
    expect(none).toEqual({ rows: [], counts: { matching: 0, total: 3, withFiles: false } });
  });

  it('neither repeats nor skips a row when items are logged between two pages', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    await logItems(ef, theCase.id, 12);
    const request = { caseId: theCase.id, sort: { by: 'collectedAt', direction: 'asc' }, limit: 3 } as const;
    const paged = await allPages(ef, request, async (page) => {
      // One item before the pages read so far, one after: the first is not shown, the second is.
      await ef.call('evidence.create', {
        caseId: theCase.id,
        type: 'other',
        description: `Logged while reading, ${page}`,
        collectedAt: page % 2 === 0 ? at(START, -24 * 60) : START,
      });
    });
    const { items } = await ef.call('evidence.list', { caseId: theCase.id });
    const shown = numbers(paged.rows);
    expect(new Set(shown).size).toBe(shown.length);
    const before = items.filter((item) => item.description.startsWith('Logged while') && item.collectedAt !== START);
    const after = items.filter((item) => item.collectedAt === START && item.description.startsWith('Logged while'));
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    // Every item there was at the start is shown once; those logged later after the cursor are shown too.
    expect(shown).toEqual(expect.arrayContaining(numbers(items.slice(0, 12))));
    expect(shown).toEqual(expect.arrayContaining(numbers(after)));
    for (const item of before) expect(shown).not.toContain(item.number);
  });

  it('refuses a forged cursor, or one of another order, with a plain message', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    await logItems(ef, theCase.id, 4);
    const first = await ef.call('evidence.page', { caseId: theCase.id, limit: 2 });
    expect(first.next).toBeDefined();
    const forged = [
      Buffer.from('{"order":"number:asc","key":["1; DROP TABLE evidence_items"]}').toString('base64url'),
      Buffer.from('{"order":"number:asc","key":[0]}').toString('base64url'),
      Buffer.from('not json at all').toString('base64url'),
      Buffer.from('{"order":"number:asc","key":[2],"extra":1}').toString('base64url'),
    ];
    for (const after of [...forged, first.next!]) {
      const request = after === first.next ? { sort: { by: 'collectedAt', direction: 'asc' } as const } : {};
      const refusal = await ef.refusal('evidence.page', { caseId: theCase.id, after, ...request });
      expect(refusal).toMatchObject({
        code: 'VALIDATION',
        message: 'The list could not go on from where it was. Show it again from the top.',
      });
    }
    const notACursor = await ef.refusal('evidence.page', { caseId: theCase.id, after: 'a b' });
    expect(notACursor.code).toBe('VALIDATION');
    const tooMany = await ef.refusal('evidence.page', { caseId: theCase.id, limit: 201 });
    expect(tooMany.code).toBe('VALIDATION');
    const otherColumn = await ef.attempt('evidence.page', {
      caseId: theCase.id,
      sort: { by: 'description' as 'number', direction: 'asc' },
    });
    expect(otherColumn.ok).toBe(false);
  });

  it('reads a page through an index, never sorting the whole case', async () => {
    const ef = await evidenceFile();
    const plans = await ef.rawDatabase((db) =>
      (['i.sequence', 'i.collected_at, i.sequence'] as const).map((order) =>
        (
          db
            .prepare(
              `EXPLAIN QUERY PLAN SELECT i.id FROM evidence_items i
               WHERE i.case_id = 'c' AND (${order}) > (${order.includes(',') ? "'x', 1" : '1'})
               ORDER BY ${order} LIMIT 50`,
            )
            .all() as { detail: string }[]
        )
          .map((step) => step.detail)
          .join(' | '),
      ),
    );
    for (const plan of plans) {
      expect(plan).toMatch(/SEARCH i USING (COVERING )?INDEX/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
    expect(plans[1]).toMatch(/evidence_items_by_collection/);
  });

  it('reads the deadline filter from the index of open item deadlines, never the case’s other deadlines', async () => {
    const ef = await evidenceFile();
    const theCase = await openCase(ef);
    const plans: string[] = [];
    await ef.rawDatabase((db) => {
      const prepare = db.prepare.bind(db);
      db.prepare = ((sql: string) => {
        if (/deadlines d/.test(sql)) {
          const steps = prepare(`EXPLAIN QUERY PLAN ${sql}`).all({
            caseId: theCase.id,
            now: ef.clock.now,
            fractionOfSpan: 0.25,
            withinMs: 0,
            beforeEventMs: 0,
            limit: 101,
          }) as { detail: string }[];
          plans.push(steps.map((step) => step.detail).join(' | '));
        }
        return prepare(sql);
      }) as typeof db.prepare;
      try {
        for (const deadline of ['overdue', 'due_soon', 'none_open'] as const) {
          evidenceLogPage(db, EvidenceLogRequest.parse({ caseId: theCase.id, filters: { deadline } }), ef.clock.now);
        }
      } finally {
        db.prepare = prepare;
      }
    });
    expect(plans.length).toBeGreaterThanOrEqual(3);
    for (const plan of plans) {
      expect(plan).toMatch(/SEARCH d USING COVERING INDEX deadlines_open_of_items/);
      expect(plan).not.toMatch(/SCAN d\b/);
    }
  });
});
