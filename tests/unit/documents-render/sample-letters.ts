import type { DocumentBlock, DocumentModel, DocumentRun } from '../../../shared/documents/document-model.js';

/**
 * Letters built directly as document models (not from templates), in the three letter
 * languages: what the renderer tests, the preview script and the benchmark draw.
 */

const text = (value: string, style: { bold?: boolean; italic?: boolean } = {}): DocumentRun => ({
  text: value,
  ...style,
});

const repeat = <T>(count: number, make: (index: number) => T): T[] =>
  Array.from({ length: count }, (_, index) => make(index));

/** An English referral: letterhead, headings, mixed runs, lists, a table, a signature; two pages or more. */
export function englishReferral(overrides: Partial<DocumentModel> = {}): DocumentModel {
  const blocks: DocumentBlock[] = [
    {
      kind: 'letterhead',
      logo: 'un_emblem',
      lines: ['United Nations', 'Office of Internal Oversight Services', 'Investigations Division — Bangui'],
    },
    { kind: 'paragraph', runs: [text('Reference: ', { bold: true }), text('CF-2026-0042/REF-01')], align: 'end' },
    { kind: 'paragraph', runs: [text('12 March 2026')], align: 'end' },
    {
      kind: 'paragraph',
      runs: [text('Permanent Mission of the Republic of Examplia to the United Nations\nNew York')],
    },
    { kind: 'heading', level: 1, runs: [text('Referral of a credible allegation of sexual exploitation and abuse')] },
    {
      kind: 'paragraph',
      align: 'justify',
      runs: [
        text(
          'The Office of Legal Affairs presents its compliments and has the honour to ' +
            'refer to the Permanent Mission a ',
        ),
        text('credible allegation', { bold: true }),
        text(' that a crime may have been committed by an expert on mission. The information below is provided '),
        text('in confidence', { italic: true }),
        text(
          ' and for the purpose of enabling the competent authorities to consider criminal ' +
            'proceedings, bearing due process in mind.',
        ),
      ],
    },
    { kind: 'heading', level: 2, runs: [text('Summary of the allegation')] },
    {
      kind: 'list',
      ordered: true,
      items: [
        [text('Type: '), text('sexual abuse', { bold: true }), text(' of a person under 18 years of age.')],
        [text('Place: Bangui, Central African Republic (PK5 district).')],
        [text('Period: between 1 November 2025 and 15 January 2026.')],
        [text('Victims: one, girl, aged 15–17. No name is given in this letter.')],
      ],
    },
    {
      kind: 'table',
      columns: [
        { header: 'No.', widthPercent: 10 },
        { header: 'Evidence preserved', widthPercent: 60 },
        { header: 'Collected', widthPercent: 30 },
      ],
      rows: repeat(6, (index) => [
        [text(`E-${String(index + 1).padStart(4, '0')}`)],
        [
          text(
            index === 2
              ? 'Mobile telephone (seized with the consent of its owner), sealed in bag 00412; ' +
                  'extraction report pending'
              : `Item of evidence number ${index + 1}, listed and not attached`,
          ),
        ],
        [text(`2026-01-${String(10 + index).padStart(2, '0')}`)],
      ]),
    },
    { kind: 'heading', level: 2, runs: [text('Request')] },
    ...repeat(7, (index): DocumentBlock => ({
      kind: 'paragraph',
      align: 'justify',
      runs: [
        text(
          `${index + 1}. The United Nations requests to be informed of the efforts taken to ` +
            `investigate and prosecute, and of their outcome. It stands ready to make ` +
            `information available for criminal proceedings, bearing due process in mind, and ` +
            `to assist the competent authorities where they so wish. Hash of the report: ` +
            `9f2c5e0a7b3d41c68e1f0a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d.`,
        ),
      ],
    })),
    {
      kind: 'list',
      ordered: false,
      items: [
        [text('Contact point: Legal Officer, OLA, room S-3600.')],
        [
          text('Confidentiality: this letter and its contents are '),
          text('strictly confidential', { bold: true, italic: true }),
          text('.'),
        ],
      ],
    },
    { kind: 'paragraph', runs: [text('Please accept the assurances of our highest consideration.')] },
    {
      kind: 'signature',
      name: 'Jane Doe',
      title: 'Legal Officer, Office of Legal Affairs',
      place: 'New York',
      date: '12 March 2026',
    },
  ];
  return {
    pageSize: 'A4',
    language: 'en',
    direction: 'ltr',
    title: 'Referral CF-2026-0042',
    header: { left: 'CF-2026-0042', right: 'Referral to a Member State' },
    footer: { left: 'CF-2026-0042 · STRICTLY CONFIDENTIAL', right: 'Page {page} of {pages}' },
    confidentialityMarking: 'STRICTLY CONFIDENTIAL',
    blocks,
    ...overrides,
  };
}

/** A French closure letter (accents, « », œ), US Letter, page numbers left to the renderer. */
export function frenchClosure(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    pageSize: 'Letter',
    language: 'fr',
    direction: 'ltr',
    title: 'Lettre de clôture CF-2026-0042',
    header: { left: 'CF-2026-0042' },
    footer: {},
    confidentialityMarking: 'STRICTEMENT CONFIDENTIEL',
    blocks: [
      { kind: 'letterhead', logo: 'un_emblem', lines: ['Nations Unies', 'Bureau des services de contrôle interne'] },
      { kind: 'paragraph', runs: [text('Bangui, le 12 mars 2026')], align: 'end' },
      { kind: 'paragraph', runs: [text('Madame,')] },
      {
        kind: 'paragraph',
        align: 'justify',
        runs: [
          text('Nous vous remercions de votre confiance. L’enquête sur les faits que vous avez signalés est '),
          text('terminée', { bold: true }),
          text(
            '. Les faits ont pu être établis : « la personne mise en cause a commis une ' +
              'faute ». Cela ne change rien à l’aide à laquelle vous avez droit ; nos équipes ' +
              'restent à vos côtés, à l’école comme à l’hôpital, où qu’œuvrent nos partenaires.',
          ),
        ],
      },
      { kind: 'heading', level: 2, runs: [text('Ce que cela veut dire pour vous')] },
      {
        kind: 'list',
        ordered: false,
        items: [
          [text('L’assistance continue, quel que soit le résultat : soins, soutien psychosocial, aide juridique.')],
          [text('Vous pouvez poser des questions ou ajouter des informations à tout moment.')],
          [text('Vos informations sont protégées : seules les personnes chargées de votre dossier y ont accès.')],
        ],
      },
      {
        kind: 'paragraph',
        runs: [
          text('Personne à contacter : '),
          text('Mme Élodie Côté', { bold: true }),
          text(', coordonnatrice de l’assistance aux victimes, téléphone +236 70 00 00 00.'),
        ],
      },
      { kind: 'paragraph', runs: [text('Veuillez agréer, Madame, l’expression de nos salutations distinguées.')] },
      { kind: 'signature', name: 'Françoise Leclère', title: 'Chef d’équipe, enquêtes', date: '12 mars 2026' },
    ],
    ...overrides,
  };
}

/** An Arabic closure letter: right to left, with a Latin reference, digits and a table. */
export function arabicClosure(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    pageSize: 'A4',
    language: 'ar',
    direction: 'rtl',
    title: 'رسالة إغلاق التحقيق CF-2026-0042',
    header: { right: 'CF-2026-0042' },
    footer: {},
    confidentialityMarking: 'سري للغاية',
    blocks: [
      { kind: 'letterhead', logo: 'un_emblem', lines: ['الأمم المتحدة', 'مكتب خدمات الرقابة الداخلية'] },
      { kind: 'paragraph', runs: [text('المرجع: CF-2026-0042')], align: 'end' },
      { kind: 'paragraph', runs: [text('السيدة المحترمة،')] },
      {
        kind: 'paragraph',
        align: 'justify',
        runs: [
          text('نشكرك على ثقتك. لقد '),
          text('انتهى التحقيق', { bold: true }),
          text(
            ' في الوقائع التي أبلغت عنها بتاريخ 2026-01-15. تمكنّا من إثبات الوقائع. ' +
              'المساعدة مستمرة مهما كانت النتيجة (الرعاية الصحية والدعم النفسي).',
          ),
        ],
      },
      { kind: 'heading', level: 2, runs: [text('ماذا يعني ذلك بالنسبة لك')] },
      {
        kind: 'list',
        ordered: true,
        items: [
          [text('المساعدة مستمرة مهما كانت النتيجة.')],
          [text('يمكنك طرح الأسئلة أو إضافة معلومات في أي وقت.')],
          [text('معلوماتك محمية ولا يطلع عليها إلا المكلفون بملفك.')],
        ],
      },
      {
        kind: 'table',
        columns: [
          { header: 'الجهة', widthPercent: 40 },
          { header: 'الهاتف', widthPercent: 60 },
        ],
        rows: [
          [[text('منسقة المساعدة')], [text('+236 70 00 00 00')]],
          [[text('Victims’ Rights Advocate')], [text('+236 70 11 22 33')]],
        ],
      },
      { kind: 'paragraph', runs: [text('مع خالص التحيات،')] },
      { kind: 'signature', name: 'فاطمة الزهراء', title: 'رئيسة فريق التحقيق', date: '12 مارس 2026' },
    ],
    ...overrides,
  };
}
