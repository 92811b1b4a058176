import { describe, expect, it } from 'vitest';
import { intake, useCaseFiles, victimProfile, type CaseFile } from '../cases/case-file-fixture.js';

const caseFile = useCaseFiles();

const hitsFor = async (cf: CaseFile, q: string, extra: { caseId?: string; limit?: number } = {}) =>
  (await cf.call('search.query', { q, ...extra })).items;

describe('search.query', () => {
  it(
    'finds case text ignoring accents and case, in French and English, with the ' + 'match marked in the snippet',
    async () => {
      const cf = await caseFile();
      const french = await cf.call(
        'cases.create',
        intake({ title: 'École de Bangui', summary: 'Le témoin a vu la scène près de la cantine.' }),
      );
      const english = await cf.call(
        'cases.create',
        intake({ title: 'Clinic allegation', summary: 'The witness reported a payment for sex.' }),
      );

      const temoin = await hitsFor(cf, 'temoin');
      expect(temoin).toEqual([
        {
          kind: 'case',
          caseId: french.id,
          caseReference: french.reference,
          recordId: french.id,
          label: 'École de Bangui',
          snippet: expect.stringContaining('\u0002témoin\u0003') as unknown as string,
        },
      ]);
      expect((await hitsFor(cf, 'ecole')).map((h) => h.recordId)).toEqual([french.id]);
      expect((await hitsFor(cf, 'ÉCOLE bangui')).map((h) => h.recordId)).toEqual([french.id]);
      expect((await hitsFor(cf, 'WITNESS')).map((h) => h.recordId)).toEqual([english.id]);
      // Prefixes: what is typed so far already finds.
      expect((await hitsFor(cf, 'paym')).map((h) => h.recordId)).toEqual([english.id]);
      expect(await hitsFor(cf, 'temoin witness')).toEqual([]);
    },
  );

  it('follows edits: the old text is no longer found, the new one is', async () => {
    const cf = await caseFile();
    const { id } = await cf.call('cases.create', intake({ title: 'Initial title', summary: 'alpha' }));
    await cf.call('cases.update', { caseId: id, changes: { title: 'Renamed', summary: 'omega' } });
    expect(await hitsFor(cf, 'alpha')).toEqual([]);
    expect(await hitsFor(cf, 'initial')).toEqual([]);
    expect((await hitsFor(cf, 'omega')).map((h) => h.label)).toEqual(['Renamed']);
  });

  it('never indexes a case location or anyone’s identity', async () => {
    const cf = await caseFile();
    const { id } = await cf.call(
      'cases.create',
      intake({
        summary: 'Account given at intake.',
        location: { text: 'Kilomètre Cinq, behind the mosque', confidentiality: 'strictly_confidential' },
      }),
    );
    await cf.call('people.add', {
      caseId: id,
      profile: victimProfile('minor'),
      identity: {
        fullName: 'Amina Ndiaye',
        contact: '+236 70 00 00 00',
        address: 'Rue Lamothe',
        safetyNotes: 'Uncle must not know',
      },
    });
    for (const q of ['Kilometre', 'mosque', 'Amina', 'Ndiaye', 'Lamothe', 'uncle', '236'])
      expect(await hitsFor(cf, q), q).toEqual([]);
    // The person is findable by code and non-identifying profile only.
    const byCode = await hitsFor(cf, 'V-01');
    expect(byCode.map((h) => [h.kind, h.label])).toEqual([['person', 'V-01']]);
    expect(JSON.stringify(byCode)).not.toMatch(/Amina|Ndiaye/);
  });

  it('handles input that looks like FTS5 syntax as plain words, never as an error', async () => {
    const cf = await caseFile();
    await cf.call('cases.create', intake({ title: 'Near the OR unit', summary: 'Said "NEAR" twice * and (more)' }));
    for (const q of [
      '"',
      '*',
      'NEAR(',
      'OR',
      'a OR b',
      'NOT',
      'label:x',
      '"unterminated',
      '{label}: x',
      '^start',
      '-minus',
      '(',
      ')',
      '\u0000',
    ]) {
      const reply = await cf.attempt('search.query', { q });
      expect(reply.ok, `query ${JSON.stringify(q)}`).toBe(true);
    }
    expect((await hitsFor(cf, 'NEAR(')).length).toBe(1);
    expect((await hitsFor(cf, 'OR')).length).toBe(1);
    expect(await hitsFor(cf, '"*')).toEqual([]);
  });

  it('limits to one case, and to `limit` hits, best first', async () => {
    const cf = await caseFile();
    const a = await cf.call('cases.create', intake({ title: 'Convoy', summary: 'convoy convoy convoy driver' }));
    const b = await cf.call('cases.create', intake({ title: 'Market', summary: 'a convoy passed by' }));
    expect((await hitsFor(cf, 'convoy')).map((h) => h.caseId)).toEqual([a.id, b.id]);
    expect((await hitsFor(cf, 'convoy', { caseId: b.id })).map((h) => h.caseId)).toEqual([b.id]);
    expect(await hitsFor(cf, 'convoy', { limit: 1 })).toHaveLength(1);
  });

  it('pages hits best first by cursor: each hit once, as one long page orders them, counted on the first', async () => {
    const cf = await caseFile();
    // Ranks of every strength, and ties (the same text twice): the row breaks them, so the order is total.
    for (let i = 0; i < 23; i += 1) {
      const repeats = 1 + (i % 5);
      await cf.call(
        'cases.create',
        intake({ title: `Patrol ${i}`, summary: `${'checkpoint '.repeat(repeats)}seen from the road` }),
      );
    }
    await cf.call('cases.create', intake({ title: 'Unrelated', summary: 'nothing to find here' }));
    const whole = await cf.call('search.query', { q: 'checkpoint', limit: 200 });
    expect(whole.items).toHaveLength(23);
    expect(whole.next).toBeUndefined();
    expect(whole.counts).toEqual({ hits: 23, cases: 23 });

    const pages = [];
    let after: string | undefined;
    do {
      const page = await cf.call('search.query', { q: 'checkpoint', limit: 5, ...(after ? { after } : {}) });
      pages.push(page);
      after = page.next;
    } while (after !== undefined);
    expect(pages.map((page) => page.items.length)).toEqual([5, 5, 5, 5, 3]);
    expect(pages.flatMap((page) => page.items.map((hit) => hit.recordId))).toEqual(
      whole.items.map((hit) => hit.recordId),
    );
    expect(pages[0]!.counts).toEqual({ hits: 23, cases: 23 });
    expect(pages.slice(1).every((page) => page.counts === undefined)).toBe(true);
    // Best first: the most repeated word leads.
    expect(whole.items[0]!.label).toMatch(/^Patrol (4|9|14|19)$/);
  });

  it('refuses a cursor it did not give, in words', async () => {
    const cf = await caseFile();
    for (let i = 0; i < 3; i += 1) await cf.call('cases.create', intake({ summary: 'checkpoint' }));
    const words = 'The list could not go on from where it was. Show it again from the top.';
    const forged = Buffer.from(JSON.stringify({ order: 'rank:asc', key: ['best', 1] })).toString('base64url');
    expect(await cf.refusal('search.query', { q: 'checkpoint', after: forged })).toMatchObject({
      code: 'VALIDATION',
      message: words,
    });
    const otherList = Buffer.from(JSON.stringify({ order: 'seq:desc', key: [3] })).toString('base64url');
    expect(await cf.refusal('search.query', { q: 'checkpoint', after: otherList })).toMatchObject({ message: words });
    expect(await cf.refusal('search.query', { q: 'checkpoint', after: 'bm90LWpzb24' })).toMatchObject({
      message: words,
    });
  });

  it('refuses an empty or overlong query (VALIDATION) and needs the vault unlocked', async () => {
    const cf = await caseFile();
    expect((await cf.refusal('search.query', { q: '   ' })).code).toBe('VALIDATION');
    expect((await cf.refusal('search.query', { q: 'x'.repeat(201) })).code).toBe('VALIDATION');
    cf.ws.lock('user');
    expect((await cf.refusal('search.query', { q: 'x' })).code).toBe('VAULT_LOCKED');
  });
});
