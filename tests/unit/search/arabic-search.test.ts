import { describe, expect, it } from 'vitest';
import { intake, useCaseFiles, type CaseFile } from '../cases/case-file-fixture.js';

const caseFile = useCaseFiles();

const found = async (cf: CaseFile, q: string) =>
  (await cf.call('search.query', { q })).items.map((hit) => ({ id: hit.recordId, snippet: hit.snippet }));

const marked = (word: string) => `\u0002${word}\u0003`;

describe('search.query in Arabic', () => {
  it('finds a word written with or without its vowel marks, and shows it as it was written', async () => {
    const cf = await caseFile();
    const voweled = await cf.call(
      'cases.create',
      intake({ title: 'ادعاء في المخيم', summary: 'قال الشاهِدُ إنّه رأى الجنديَّ قرب المدرسةِ.' }),
    );
    const plain = await cf.call('cases.create', intake({ title: 'ادعاء ثان', summary: 'الشاهد الثاني لم يحضر.' }));

    const withoutMarks = await found(cf, 'الشاهد');
    expect(withoutMarks.map((hit) => hit.id).sort()).toEqual([voweled.id, plain.id].sort());
    expect(withoutMarks.find((hit) => hit.id === voweled.id)?.snippet).toContain(marked('الشاهِدُ'));
    expect(withoutMarks.find((hit) => hit.id === plain.id)?.snippet).toContain(marked('الشاهد'));

    const withMarks = await found(cf, 'الشّاهِد');
    expect(withMarks.map((hit) => hit.id).sort()).toEqual([voweled.id, plain.id].sort());
    // Tatweel stretches a word on screen, not its meaning.
    expect((await found(cf, 'الشـــاهد')).map((hit) => hit.id).sort()).toEqual([voweled.id, plain.id].sort());
  });

  it('reads the alef forms, alef maqsura and taa marbuta as the letters they stand for', async () => {
    const cf = await caseFile();
    const { id } = await cf.call(
      'cases.create',
      intake({ title: 'إحالة إلى المستشفى', summary: 'أُبلغت الضحية في آذار عن الواقعة.' }),
    );
    for (const typed of ['احاله', 'الي', 'المستشفي', 'ابلغت', 'الضحيه', 'اذار', 'ٱلضحية']) {
      expect(
        (await found(cf, typed)).map((hit) => hit.id),
        typed,
      ).toEqual([id]);
    }
    expect((await found(cf, 'الضحيه')).map((hit) => hit.snippet)).toEqual([expect.stringContaining(marked('الضحية'))]);
  });

  it('still folds French accents both ways', async () => {
    const cf = await caseFile();
    const { id } = await cf.call('cases.create', intake({ title: 'École', summary: 'Le témoin a parlé.' }));
    expect(await found(cf, 'temoin')).toEqual([{ id, snippet: expect.stringContaining(marked('témoin')) }]);
    expect((await found(cf, 'TÉMOIN ecole')).map((hit) => hit.id)).toEqual([id]);
  });
});
