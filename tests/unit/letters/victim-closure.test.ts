import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract/index.js';
import type { DocumentLanguage, DocumentModel } from '../../../shared/documents/document-model.js';
import type { Sex } from '../../../shared/domain/person.js';
import { renderDocx, renderPdf } from '../../../electron/core/documents/render-document.js';
import { docxPart, pdfText, unzip, withoutBidiMarks } from '../documents-render/read-outputs.js';
import { openCase, useEvidenceFiles, type EvidenceFile } from '../evidence/evidence-fixture.js';

/**
 * Issue 11, items 1, 2 and 6 for closure letters: each victim's letter once the matter has ended
 * for HER (her subjects' findings, or why it closed for her), her own closure ground, who decided,
 * the victims' rights advocate, her language and sex, and the discreet form — read back from the
 * DOCX XML and the PDF text the register keeps.
 */

const ADVOCATE = { name: 'Marie Ngaba', phone: '+236 72 00 00 01' };

async function outputOf(ef: EvidenceFile, letterId: string, format: 'pdf' | 'docx'): Promise<Buffer> {
  return ef.rawDatabase(
    (db) =>
      db
        .prepare('SELECT bytes FROM letter_outputs WHERE letter_id = ? AND format = ?')
        .pluck()
        .get(letterId, format) as Buffer,
  );
}

/** The words a reader gets from both files: the DOCX document part's text and the PDF's text. */
async function readBack(ef: EvidenceFile, letter: MethodOutput<'letters.generate'>) {
  const docxXml = docxPart(await outputOf(ef, letter.id, 'docx'), 'word/document.xml');
  const docxText = [...docxXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const pdf = withoutBidiMarks(pdfText(await outputOf(ef, letter.id, 'pdf'), undefined, 'raw'));
  return { docxText, docxXml, pdf, media: [...unzip(await outputOf(ef, letter.id, 'docx')).keys()] };
}

async function twoVictimsOneSubject(ef: EvidenceFile, sexes: [Sex, Sex] = ['female', 'male']) {
  const created = await openCase(ef);
  const v1 = await ef.call('people.add', {
    caseId: created.id,
    profile: { role: 'victim', sex: sexes[0], ageBand: 'adult', language: 'fr' },
    identity: { fullName: 'Amina Closure-One' },
  });
  const v2 = await ef.call('people.add', {
    caseId: created.id,
    profile: { role: 'victim', sex: sexes[1], ageBand: 'adult', language: 'ar' },
  });
  const s1 = await ef.call('people.add', {
    caseId: created.id,
    profile: { role: 'subject', personnelCategory: 'police_unpol', nationality: null },
  });
  await ef.call('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
  return { created, v1, v2, s1 };
}

const closureEntries = async (ef: EvidenceFile, caseId: string) =>
  Object.fromEntries(
    (await ef.call('letters.applicable', { caseId, locale: 'en' })).letters
      .filter((entry) => entry.kind.startsWith('closure_'))
      .map((entry) => [entry.kind, entry]),
  );

describe('closure letters per victim', () => {
  const open = useEvidenceFiles();

  it('are offered to each victim once the matter ended for her, with her own ground and who decided', async () => {
    const ef = await open();
    const { created, v1, v2, s1 } = await twoVictimsOneSubject(ef);

    // Nothing is decided yet: each victim's letter waits for the finding on S-01.
    let entries = await closureEntries(ef, created.id);
    expect(entries['closure_other']?.applies).toBe(false);
    expect(entries['closure_other']?.victims).toEqual([
      { id: v1.id, code: v1.code, reason: expect.stringContaining('no finding is recorded yet on S-01') },
      { id: v2.id, code: v2.code, reason: expect.stringContaining('no finding is recorded yet on S-01') },
    ]);

    // V-02 withdraws while the case goes on: her letter is offered now, V-01's still waits.
    const refusedGround = await ef.refusal('letters.recordVictimClosure', {
      caseId: created.id,
      personId: v2.id,
      ground: 'other',
      decidedBy: 'oios',
      decidedOn: '2026-03-10',
    });
    expect(refusedGround).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/ground “other”/) });
    const notVictim = await ef.refusal('letters.recordVictimClosure', {
      caseId: created.id,
      personId: s1.id,
      ground: 'victim_declined_to_participate',
      decidedBy: 'oios',
      decidedOn: '2026-03-10',
    });
    expect(notVictim.message).toBe(`Why the matter closed is recorded for a victim; ${s1.code} is not one.`);
    const closure = await ef.call('letters.recordVictimClosure', {
      caseId: created.id,
      personId: v2.id,
      ground: 'victim_declined_to_participate',
      decidedBy: 'oios',
      decidedOn: '2026-03-10',
    });
    expect(closure).toMatchObject({ code: v2.code, ground: 'victim_declined_to_participate', recordedBy: 'test' });
    expect((await ef.call('letters.victimClosures', { caseId: created.id })).closures).toEqual([closure]);
    const audit = await ef.rawDatabase(
      (db) =>
        db.prepare(`SELECT details FROM audit_log WHERE action = 'victim_closure.record'`).pluck().all() as string[],
    );
    expect(audit.map((row) => JSON.parse(row) as unknown)).toEqual([
      {
        code: v2.code,
        closureGround: 'victim_declined_to_participate',
        decidedBy: 'oios',
        decidedOn: '2026-03-10',
        reasonToVictim: false,
      },
    ]);

    entries = await closureEntries(ef, created.id);
    expect(entries['closure_other']).toMatchObject({ applies: true, reasons: [] });
    expect(entries['closure_other']?.victims.map((victim) => [victim.code, victim.reason === null])).toEqual([
      [v1.code, false],
      [v2.code, true],
    ]);

    // Her letter needs the advocate's contact; then it says her ground, and who decided, in Arabic.
    const request = {
      caseId: created.id,
      templateId: 'closure_other',
      language: 'ar' as const,
      victimId: v2.id,
      formats: ['pdf' as const, 'docx' as const],
    };
    const noAdvocate = await ef.refusal('letters.generate', request);
    expect(noAdvocate).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/victims’ rights advocate/),
    });
    const v1Letter = await ef.refusal('letters.generate', {
      ...request,
      victimId: v1.id,
      details: { advocate: ADVOCATE },
    });
    expect(v1Letter.message).toContain('no finding is recorded yet on S-01');

    const letter = await ef.call('letters.generate', { ...request, details: { advocate: ADVOCATE } });
    // Arabic read from the DOCX (pdftotext gives right-to-left words in drawing order: item 7's concern).
    const { docxText, pdf } = await readBack(ef, letter);
    expect(docxText).toContain('لقد أخبرتمونا بأنكم لا ترغبون في مواصلة المشاركة');
    expect(docxText).toContain('مكتب خدمات الرقابة الداخلية');
    for (const text of [docxText, pdf]) expect(text).toContain('Marie Ngaba');

    // The finding on S-01 ends it for both: it, not her withdrawal, says how the matter ended.
    await ef.call('findings.record', {
      personId: s1.id,
      outcome: 'insufficient_evidence',
      decidingEntity: 'oios',
      decidedOn: '2026-03-10',
      reportReference: 'OIOS-0042/26',
    });
    entries = await closureEntries(ef, created.id);
    expect(entries['closure_not_substantiated']?.victims.map((victim) => victim.reason)).toEqual([null, null]);
    const otherOutcome = (code: string) =>
      `For ${code}, the matter ended with the allegation not established: choose the closure letter for that outcome.`;
    expect(entries['closure_other']?.victims.map((victim) => victim.reason)).toEqual([
      otherOutcome(v1.code),
      otherOutcome(v2.code),
    ]);
  });

  it('tell each victim only her own ground: a case closed as one withdrew asks for the other’s', async () => {
    const ef = await open();
    const created = await openCase(ef);
    const [v1, v2] = [
      await ef.call('people.add', {
        caseId: created.id,
        profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'en' },
      }),
      await ef.call('people.add', {
        caseId: created.id,
        profile: { role: 'victim', sex: 'female', ageBand: 'adult', language: 'en' },
      }),
    ];
    await ef.call('cases.changeStatus', {
      caseId: created.id,
      to: 'closed_other',
      reason: 'V-01 withdrew',
      closureGround: 'victim_declined_to_participate',
    });
    const entries = await closureEntries(ef, created.id);
    expect(entries['closure_other']?.victims).toEqual([
      { id: v1.id, code: v1.code, reason: expect.stringContaining(`record why the matter closed for ${v1.code}`) },
      { id: v2.id, code: v2.code, reason: expect.stringContaining(`record why the matter closed for ${v2.code}`) },
    ]);
    await ef.call('letters.recordVictimClosure', {
      caseId: created.id,
      personId: v2.id,
      ground: 'other',
      reasonToVictim: 'The organisation was not able to reach the person you told us about.',
      decidedBy: 'mission_siu',
      decidedOn: '2026-03-10',
    });
    const letter = await ef.call('letters.generate', {
      caseId: created.id,
      templateId: 'closure_other',
      language: 'en',
      victimId: v2.id,
      formats: ['pdf', 'docx'],
      details: { advocate: ADVOCATE },
    });
    const { docxText } = await readBack(ef, letter);
    expect(docxText).toContain('The organisation was not able to reach the person you told us about.');
    expect(docxText).toContain('This outcome was decided by: Special investigation unit of the mission.');
    expect(docxText).not.toContain('did not wish to take part');
  });

  it('agree with the recorded sex in French and Arabic, every sex and language, read from both files', async () => {
    const ef = await open();
    const created = await openCase(ef);
    const sexes: Sex[] = ['female', 'male', 'unknown'];
    const victims = [];
    for (const sex of sexes) {
      victims.push(
        await ef.call('people.add', {
          caseId: created.id,
          profile: { role: 'victim', sex, ageBand: 'adult', language: 'fr' },
        }),
      );
    }
    await ef.call('cases.changeStatus', { caseId: created.id, to: 'under_investigation', reason: 'Credible' });
    await ef.call('cases.changeStatus', {
      caseId: created.id,
      to: 'not_substantiated',
      reason: 'No corroboration',
      closureGround: 'insufficient_evidence',
    });
    // Writing both agreements at once ("cru(e)", "informé·e", "ة/") is what a letter must never do.
    const bothForms = /\((?:e|es|s|ne|le|ée|ve|ère|ة)\)|[a-zé]·[a-z]|\/ة/u;
    const salutation: Record<Exclude<DocumentLanguage, 'en'>, Record<Sex, RegExp>> = {
      fr: { female: /Madame,/, male: /Monsieur,/, unknown: /Bonjour,/ },
      // Word by word: pdftotext gives Arabic words in drawing order.
      ar: { female: /الفاضلة/, male: /الفاضل(?!ة)/, unknown: /^(?![\s\S]*الفاضل)/ },
      es: { female: /Estimada señora:/, male: /Estimado señor:/, unknown: /Hola:/ },
    };
    for (const [index, sex] of sexes.entries()) {
      for (const language of ['en', 'fr', 'ar', 'es'] as const) {
        const letter = await ef.call('letters.generate', {
          caseId: created.id,
          templateId: 'closure_not_substantiated',
          language,
          victimId: victims[index]!.id,
          formats: ['pdf', 'docx'],
          details: { advocate: ADVOCATE },
        });
        const { docxText, pdf } = await readBack(ef, letter);
        for (const text of [docxText, pdf]) {
          expect({ sex, language, match: bothForms.exec(text)?.[0] ?? null }).toEqual({ sex, language, match: null });
          if (language !== 'en') expect(text).toMatch(salutation[language][sex]);
        }
        if (language === 'fr' || language === 'es') {
          for (const other of sexes.filter((candidate) => candidate !== sex))
            if (other !== 'unknown') expect(docxText).not.toMatch(salutation[language][other]);
        }
      }
    }
  });

  it('can be made in the discreet form: no letterhead or emblem, neutral words, in the register', async () => {
    const ef = await open();
    const { created, v1, s1 } = await twoVictimsOneSubject(ef);
    await ef.call('findings.record', {
      personId: s1.id,
      outcome: 'substantiated',
      decidingEntity: 'oios',
      decidedOn: '2026-03-10',
      reportReference: 'OIOS-0042/26',
    });
    const make = (discreet: boolean) =>
      ef.call('letters.generate', {
        caseId: created.id,
        templateId: 'closure_substantiated',
        language: 'fr',
        victimId: v1.id,
        formats: ['pdf', 'docx'],
        details: { advocate: ADVOCATE, ...(discreet ? { discreet } : {}) },
      });
    const plain = await readBack(ef, await make(false));
    expect(plain.pdf).toContain('NATIONS UNIES');
    expect(plain.media.some((name) => name.startsWith('word/media/'))).toBe(true);

    const letter = await make(true);
    expect(letter.discreet).toBe(true);
    expect((await ef.call('letters.get', { letterId: letter.id })).discreet).toBe(true);
    const discreet = await readBack(ef, letter);
    for (const text of [discreet.docxText, discreet.pdf]) {
      // Neutral words: nothing on the page says an investigation took place (its outcome is told as "confirmed").
      for (const telling of ['NATIONS UNIES', 'UNITED NATIONS', 'MINUSCA', 'enquête', 'paternité', 'victimes']) {
        expect(text).not.toContain(telling);
      }
      expect(text).toContain('Au sujet de ce dont vous nous avez fait part');
      expect(text).toContain('Nous avons pu confirmer ce que vous nous avez dit');
      expect(text).toContain('Madame,');
    }
    expect(discreet.media.filter((name) => name.startsWith('word/media/'))).toEqual([]);
    const audit = await ef.rawDatabase(
      (db) => db.prepare(`SELECT details FROM audit_log WHERE action = 'letter.generate'`).pluck().all() as string[],
    );
    expect(audit.map((row) => (JSON.parse(row) as { discreet?: boolean }).discreet)).toEqual([undefined, true]);

    const referral = await ef.refusal('letters.preview', {
      caseId: created.id,
      templateId: 'member_state_referral',
      language: 'en',
      subjectId: s1.id,
      details: { discreet: true },
    });
    expect(referral.message).toMatch(/discreet form is for a closure letter/);
  });
});

describe('the discreet flag of the document model (v4)', () => {
  const model = (discreet: boolean): DocumentModel => ({
    pageSize: 'A4',
    language: 'en',
    direction: 'ltr',
    title: 'Personal letter',
    header: {},
    footer: {},
    confidentialityMarking: 'CONFIDENTIAL',
    ...(discreet ? { discreet } : {}),
    blocks: [
      { kind: 'letterhead', lines: ['UNITED NATIONS', 'MINUSCA'], logo: 'un_emblem' },
      { kind: 'paragraph', runs: [{ text: 'Hello,' }] },
    ],
  });

  it('makes both renderers draw no letterhead, neither lines nor emblem, whatever the model holds', async () => {
    const createdAt = new Date('2026-03-10T09:00:00.000Z');
    for (const discreet of [false, true]) {
      const pdf = pdfText(await renderPdf(model(discreet), { createdAt }), undefined, 'raw');
      const docx = await renderDocx(model(discreet), { createdAt });
      const media = [...unzip(docx).keys()].filter((name) => name.startsWith('word/media/'));
      expect({ discreet, pdf: pdf.includes('UNITED NATIONS'), emblem: media.length > 0 }).toEqual({
        discreet,
        pdf: !discreet,
        emblem: !discreet,
      });
      expect(docxPart(docx, 'word/document.xml').includes('MINUSCA')).toBe(!discreet);
      expect(pdf).toContain('Hello,');
    }
  });
});
