import { describe, expect, it } from 'vitest';
import type { LetterEntry, LetterListRequest } from '../../../shared/contract/letters.js';
import { MINUTE, openCase, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';

const evidenceFile = useEvidenceFiles();
const LETTERS = 9;

/**
 * A closed case with three victims, and nine closure letters made in turn to each (DOCX only),
 * the clock moved on between all but two of them: two letters share their moment.
 */
async function caseWithLetters(ef: EvidenceFile) {
  const created = await openCase(ef);
  const victims = [];
  for (const language of ['fr', 'en', 'fr'])
    victims.push(
      await ef.call('people.add', {
        caseId: created.id,
        profile: { role: 'victim', sex: 'female', ageBand: 'adult', language },
      }),
    );
  await ef.call('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
  await ef.call('cases.changeStatus', {
    caseId: created.id,
    to: 'not_substantiated',
    reason: 'No corroboration',
    closureGround: 'insufficient_evidence',
  });
  for (let n = 0; n < LETTERS; n += 1) {
    await ef.call('letters.generate', {
      caseId: created.id,
      templateId: 'closure_not_substantiated',
      language: 'fr',
      victimId: victims[n % 3]!.id,
      formats: ['docx'],
      details: { advocate: { name: 'Victims’ rights advocate, Bambari', phone: '+236 70 00 00 01' } },
    });
    if (n !== 4) ef.clock.advance(MINUTE);
  }
  return { caseId: created.id, victims };
}

/** Every page of one query, in order. */
async function allPages(ef: EvidenceFile, request: LetterListRequest) {
  const rows: LetterEntry[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    const page = await ef.call('letters.page', { ...request, ...(after ? { after } : {}) });
    rows.push(...page.rows);
    after = page.next;
    pages += 1;
  } while (after);
  return { rows, pages };
}

describe('the letter register a page at a time', () => {
  it('pages concatenate to the register, newest first or oldest first, and filter by kind', async () => {
    const ef = await evidenceFile();
    const { caseId } = await caseWithLetters(ef);
    const { letters } = await ef.call('letters.list', { caseId });
    expect(letters).toHaveLength(LETTERS);
    const newest = await allPages(ef, { caseId, limit: 4, sort: { by: 'createdAt', direction: 'desc' } });
    expect(newest.pages).toBe(3);
    expect(newest.rows.map((letter) => letter.createdAt)).toEqual(letters.map((letter) => letter.createdAt));
    expect(new Set(newest.rows.map((letter) => letter.id)).size).toBe(LETTERS);
    const oldest = await allPages(ef, { caseId, limit: 2 });
    expect(oldest.rows.map((letter) => letter.id)).toEqual(newest.rows.map((letter) => letter.id).reverse());
    expect(oldest.rows[0]).toEqual(letters.at(-1));
    const closure = await ef.call('letters.page', { caseId, filters: { kind: 'closure_not_substantiated' } });
    expect(closure.counts).toEqual({ matching: LETTERS, total: LETTERS });
    const referral = await ef.call('letters.page', { caseId, filters: { kind: 'member_state_referral' } });
    expect(referral).toMatchObject({ rows: [], counts: { matching: 0, total: LETTERS } });
  });

  it('counts on the first page only: a later page is read without counting again', async () => {
    const ef = await evidenceFile();
    const { caseId } = await caseWithLetters(ef);
    const first = await ef.call('letters.page', { caseId, limit: 4 });
    expect(first.counts).toEqual({ matching: LETTERS, total: LETTERS });
    const second = await ef.call('letters.page', { caseId, limit: 4, after: first.next! });
    expect(second.rows).toHaveLength(4);
    expect(second.counts).toBeUndefined();
  });

  it('searches the recipient, and refuses a forged cursor with a plain message', async () => {
    const ef = await evidenceFile();
    const { caseId } = await caseWithLetters(ef);
    const { letters } = await ef.call('letters.list', { caseId });
    const recipient = letters[0]!.recipientName;
    const toThem = await allPages(ef, { caseId, search: recipient.slice(0, 4).toLowerCase(), limit: 2 });
    expect(toThem.rows.map((letter) => letter.recipientName)).toEqual(
      letters
        .filter((letter) => letter.recipientName === recipient)
        .map((letter) => letter.recipientName)
        .reverse(),
    );
    expect((await ef.call('letters.page', { caseId, search: '%' })).counts).toEqual({ matching: 0, total: LETTERS });

    const first = await ef.call('letters.page', { caseId, limit: 2 });
    const forged = [
      Buffer.from('{"order":"createdAt:asc","key":["x","y"]}').toString('base64url'),
      Buffer.from('not json').toString('base64url'),
    ];
    for (const after of [...forged, first.next!]) {
      const sort = after === first.next ? { sort: { by: 'createdAt', direction: 'desc' } as const } : {};
      expect(await ef.refusal('letters.page', { caseId, after, ...sort })).toMatchObject({
        code: 'VALIDATION',
        message: 'The list could not go on from where it was. Show it again from the top.',
      });
    }
  });

  it('reads a page through migration 0031’s index, never sorting the register', async () => {
    const ef = await evidenceFile();
    const plans = await ef.rawDatabase((db) =>
      (['ASC', 'DESC'] as const).map((direction) =>
        (
          db
            .prepare(
              `EXPLAIN QUERY PLAN SELECT l.*, c.reference FROM letters l JOIN cases c ON c.id = l.case_id
               WHERE l.case_id = 'c' AND (l.created_at, l.id) > ('t', 'i')
               ORDER BY l.created_at ${direction}, l.id ${direction} LIMIT 51`,
            )
            .all() as { detail: string }[]
        )
          .map((step) => step.detail)
          .join(' | '),
      ),
    );
    for (const plan of plans) {
      expect(plan).toMatch(/SEARCH l USING INDEX letters_by_case_order/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
