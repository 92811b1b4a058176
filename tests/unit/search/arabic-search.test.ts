import { describe, expect, it } from 'vitest';
import { intake, useCaseFiles, type CaseFile } from '../cases/case-file-fixture.js';

const caseFile = useCaseFiles();

const found = async (cf: CaseFile, q: string) =>
  (await cf.call('search.query', { q })).items.map((hit) => ({ id: hit.recordId, snippet: hit.snippet }));

const marked = (word: string) => `\u0002${word}\u0003`;

/** A new case whose summary is the text given, by its id. */
const caseWith = async (cf: CaseFile, summary: string) =>
  (await cf.call('cases.create', intake({ title: 'ادعاء', summary }))).id;

const foundIds = async (cf: CaseFile, q: string) => (await found(cf, q)).map((hit) => hit.id);

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

  it('finds a word with or without its article and the short words joined to it, and shows it as written', async () => {
    const cf = await caseFile();
    const forms = ['شاهد', 'الشاهد', 'وشاهد', 'فالشاهد', 'بالشاهد', 'كالشاهد', 'للشاهد', 'وبالشاهد', 'وللشاهد'];
    const ids = new Map<string, string>();
    for (const form of forms) {
      const { id } = await cf.call('cases.create', intake({ title: 'ادعاء', summary: `تحدث ${form} أمس.` }));
      ids.set(form, id);
    }
    for (const typed of forms) {
      const hits = await found(cf, typed);
      expect(hits.map((hit) => hit.id).sort(), typed).toEqual([...ids.values()].sort());
    }
    const hits = await found(cf, 'شاهد');
    for (const form of forms) {
      expect(hits.find((hit) => hit.id === ids.get(form))?.snippet, form).toContain(`تحدث ${marked(form)} أمس.`);
    }
  });

  it('finds a word typed with its article written without it, even when its first letter looks like one', async () => {
    const cf = await caseFile();
    const pairs = [
      ['المقابلة', 'مقابلة'],
      ['الوثيقة', 'وثيقة'],
      ['الفتاة', 'فتاة'],
    ] as const;
    for (const pair of pairs) {
      const [withArticle, without] = await Promise.all(
        pair.map((word) => cf.call('cases.create', intake({ title: 'ادعاء', summary: `ذكرت ${word} ذلك.` }))),
      );
      for (const typed of pair) {
        expect((await found(cf, typed)).map((hit) => hit.id).sort(), typed).toEqual(
          [withArticle!.id, without!.id].sort(),
        );
      }
    }
  });

  it('finds a word that begins with ل in each spelling, لل writing one ل for two', async () => {
    const cf = await caseFile();
    const forms = ['لجنة', 'اللجنة', 'للجنة', 'واللجنة'];
    const ids: string[] = [];
    for (const form of forms) {
      ids.push((await cf.call('cases.create', intake({ title: 'ادعاء', summary: `أحيل الأمر ${form} أمس.` }))).id);
    }
    for (const typed of forms) {
      expect((await found(cf, typed)).map((hit) => hit.id).sort(), typed).toEqual([...ids].sort());
    }
  });

  it('finds a word whatever its ending, and shows it as written', async () => {
    const cf = await caseFile();
    const forms = ['شاهد', 'الشاهدة', 'شاهدات', 'شاهدين', 'شاهدون', 'شاهدها', 'وبالشاهدين'];
    const ids = new Map<string, string>();
    for (const form of forms) ids.set(form, await caseWith(cf, `تحدث ${form} أمس.`));
    for (const typed of forms) {
      expect((await foundIds(cf, typed)).sort(), typed).toEqual([...ids.values()].sort());
    }
    const hits = await found(cf, 'الشاهدات');
    for (const form of forms) {
      expect(hits.find((hit) => hit.id === ids.get(form))?.snippet, form).toContain(`تحدث ${marked(form)} أمس.`);
    }
  });

  it('finds a broken plural by its singular and the singular by its plural, and shows each as written', async () => {
    const cf = await caseFile();
    for (const [plural, singular] of [
      ['الشهود', 'شاهد'],
      ['أدلة', 'الدليل'],
      ['والضحايا', 'ضحية'],
      ['أطفالها', 'الطفل'],
      ['الوثائق', 'وثيقة'],
      ['رسائل', 'الرسالة'],
    ] as const) {
      const withPlural = await caseWith(cf, `ذكر التقرير ${plural} أمس.`);
      const withSingular = await caseWith(cf, `ذكر التقرير ${singular} أمس.`);
      for (const typed of [plural, singular]) {
        const hits = await found(cf, typed);
        expect(hits.map((hit) => hit.id).sort(), typed).toEqual([withPlural, withSingular].sort());
        expect(hits.find((hit) => hit.id === withPlural)?.snippet, typed).toContain(marked(plural));
      }
    }
  });

  it('keeps apart words that only a cut to two letters, or a bare ب, ك or ل, would join', async () => {
    const cf = await caseFile();
    const create = (summary: string) => caseWith(cf, summary);
    const secretaryGeneral = await create('حضر الأمين العام الاجتماع.');
    const herMother = await create('قالت أمها إنها رأته.');
    const place = await create('المكان بعيد.');
    const mecca = await create('سافر إلى مكة.');
    const publicHealth = await create('مركز الصحة العامة.');
    const worker = await create('تحدث العامل في المخيم.');
    const card = await create('سلّم بطاقة هويته.');
    const energy = await create('انقطعت الطاقة ليلا.');
    const complete = await create('التقرير كامل.');
    const hope = await create('لديها أمل.');
    const ids = async (typed: string) => (await foundIds(cf, typed)).sort();
    // عامة is عام without its ending: it finds العام and العامة, not العامل.
    expect(await ids('عامة')).toEqual([secretaryGeneral, publicHealth].sort());
    expect(await ids('العامل')).toEqual([worker]);
    expect(await ids('أمها')).toEqual([herMother]);
    expect(await ids('الأمين')).toEqual([secretaryGeneral]);
    expect(await ids('مكان')).toEqual([place]);
    expect(await ids('مكة')).toEqual([mecca]);
    expect(await ids('طاقة')).toEqual([energy]);
    expect(await ids('بطاقات')).toEqual([card]);
    expect(await ids('أمل')).toEqual([hope]);
    expect(await ids('كامل')).toEqual([complete]);
  });

  it('finds words that begin with ب, ك or ل as typed, and by their endings', async () => {
    const cf = await caseFile();
    const create = (summary: string) => caseWith(cf, summary);
    const house = await create('دخل بيت الأسرة.');
    const book = await create('سلّم كتابا.');
    const committee = await create('أحيل الأمر إلى لجنة التحقيق.');
    for (const [typed, id] of [
      ['بيت', house],
      ['بيتها', house],
      ['كتاب', book],
      ['كتابات', book],
      ['لجنة', committee],
      ['اللجنة', committee],
    ] as const) {
      expect(await foundIds(cf, typed), typed).toEqual([id]);
    }
  });

  it('ranks a word typed with its ending before its other forms', async () => {
    const cf = await caseFile();
    const create = (summary: string) => caseWith(cf, summary);
    const others = [await create('حضر شاهد أمس'), await create('حضر شاهدان أمس'), await create('حضرت الشاهدة أمس')];
    const asTyped = await create('حضرت الشاهدات أمس');
    for (const other of ['وصل الفريق إلى المخيم', 'عاد المحقق إلى البعثة']) await create(other);
    const hits = await foundIds(cf, 'الشاهدات');
    expect(hits[0]).toBe(asTyped);
    expect(hits.sort()).toEqual([asTyped, ...others].sort());
  });

  it('never cuts a short word: الله is not له, and a bare ب is part of the word', async () => {
    const cf = await caseFile();
    const god = await cf.call('cases.create', intake({ title: 'ادعاء', summary: 'قال والله إنه رآه.' }));
    const him = await cf.call('cases.create', intake({ title: 'ادعاء', summary: 'قال له إنه رآه.' }));
    const book = await cf.call('cases.create', intake({ title: 'ادعاء', summary: 'سلّم كتابا.' }));
    expect((await found(cf, 'الله')).map((hit) => hit.id)).toEqual([god.id]);
    expect((await found(cf, 'له')).map((hit) => hit.id)).toEqual([him.id]);
    expect((await found(cf, 'تاب')).map((hit) => hit.id)).toEqual([]);
    expect((await found(cf, 'كتاب')).map((hit) => hit.id)).toEqual([book.id]);
  });

  it('ranks the word as typed before its other forms', async () => {
    const cf = await caseFile();
    const create = (summary: string) => cf.call('cases.create', intake({ title: 'ادعاء', summary }));
    const stemmed = await create('أجريت مقابلة طويلة اليوم');
    const exact = await create('أجريت المقابلة طويلة اليوم');
    const withArticle = await create('حضر الشاهد إلى المكتب');
    const plain = await create('حضر شاهد إلى المكتب');
    for (const other of ['وصل الفريق إلى المخيم', 'عاد المحقق إلى البعثة', 'كتب التقرير في المساء'])
      await create(other);
    expect((await found(cf, 'المقابلة')).map((hit) => hit.id)).toEqual([exact.id, stemmed.id]);
    expect((await found(cf, 'شاهد')).map((hit) => hit.id)).toEqual([plain.id, withArticle.id]);
  });
});
