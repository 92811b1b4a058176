import type { Template, TemplateContent } from '../template.js';
import {
  b,
  bullets,
  facts,
  FINDING_WORDS,
  findingSummary,
  h1,
  h2,
  item,
  itemEach,
  NOTE_HEADER,
  NOTE_OPENING_WORDS,
  noteClosing,
  noteOpening,
  numbered,
  p,
  when,
} from './parts.js';
import { SHIPPED_TEMPLATE_NAMES } from './shipped-names.js';

/**
 * Follow-up to a troop- or police-contributing country once the investigation has ended: what action
 * did the Government take about the member of its contingent (A/72/751 ¶47, ¶65–66)? Made only for
 * contingent and formed police unit members with a finding recorded (letter-applicability.ts).
 */

const en: TemplateContent = {
  title: 'Follow-up to a contributing country — {{case.reference}}',
  header: NOTE_HEADER,
  footer: {
    left: 'Follow-up to a contributing country: action taken',
    right: 'Page {page} of {pages}',
  },
  blocks: [
    ...noteOpening(NOTE_OPENING_WORDS.en),
    h1('Allegation of sexual exploitation and abuse: request for information on the action taken'),
    // A/72/751 ¶47: States' engagement is essential to follow up cases referred for accountability.
    p(
      'The Secretariat of the United Nations presents its compliments to {{letter.recipientName}} ',
      'and has the honour to refer to the allegation of sexual exploitation and abuse involving ',
      '{{#if legalBasis.modelMou}}a member of its national contingent{{else}}a national of its State{{/if}} ',
      'serving with {{case.mission}}, of which the Government was notified, and to the findings set out below.',
    ),
    h2('Legal basis'),
    // Revised model memorandum of understanding (A/61/19 (Part III)): the Government has jurisdiction
    // over its contingent (¶46) and informs the United Nations of the action it takes (¶66).
    when('legalBasis.modelMou', [
      p(
        'Under the memorandum of understanding between the United Nations and the Government, based on ',
        'the revised model memorandum of understanding (A/61/19 (Part III)), the Government exercises ',
        'jurisdiction over the members of its contingent and informs the United Nations of the action ',
        'it takes on allegations of misconduct.',
      ),
    ]),
    // No instrument of this letter covers the person (an exception): the letter cites none.
    when('legalBasis.none', [
      p(
        'The person concerned is not a member of a national contingent or formed police unit: the ',
        'memorandum of understanding does not apply. The Secretariat asks for information for the ',
        'purpose of accountability only.',
      ),
    ]),
    // domain.md §4: the person concerned, named by policy (R9), and the allegation without victims' names.
    h2('Person concerned'),
    facts(30, [
      ['Name', '{{subject.name}}', 'subject.name'],
      ['Service number', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
      ['Nationality', '{{subject.nationality}}', 'subject.nationality'],
      ['Category of personnel', '{{subject.category}}'],
      ['Unit or contingent', '{{subject.unit}}', 'subject.unit'],
      ['Function or rank', '{{subject.function}}', 'subject.function'],
    ]),
    h2('The allegation'),
    facts(30, [
      ['Nature of the allegation', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
      ['Place', '{{case.location}}', 'case.location'],
      ['Date(s) of the incident', '{{case.incidentDates}}'],
      ['Allegation received on', '{{case.dateReceived}}'],
      ['Number of victims', '{{case.victimCount}}'],
    ]),
    // R9: a victim's name only with their consent to national authorities, else the pseudonym.
    when('victims', [
      p('Victims (referred to by pseudonym unless they have consented to the disclosure of their identity):'),
      bullets(itemEach('victims', '{{.displayName}}: {{.sex}}, {{.ageBand}}')),
    ]),
    when('letter.particulars', [p('{{letter.particulars}}')]),
    // The finding as the case records it: who decided, when, on which report, and its outcome.
    ...findingSummary(FINDING_WORDS.en),
    when('referral.interimMeasures', [
      h2('Interim measures taken by the United Nations'),
      p('{{referral.interimMeasures}}'),
    ]),
    h2('Information requested'),
    // A/72/751 ¶66: contributing countries report the action taken, from administrative measures to
    // imprisonment; ¶47: information on the status of investigations and proceedings.
    numbered(
      item(
        'The outcome of any national investigation, and the action taken in respect of the person ',
        'concerned, including any administrative, disciplinary or judicial measure and its result.',
      ),
      item('Where no action has been or will be taken, the reasons for it.'),
      item('Any step still pending, and when the Government expects it to be completed.'),
    ),
    // The reply date is the follow-up register's reply clock from this letter's date, or the officer's own.
    when(
      'reply.due',
      [
        p(
          b('Reply requested by {{reply.due}}. '),
          'The Secretariat would be grateful to receive this information by that date',
          '{{#if letter.noteNumber}}, quoting note No.\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
      [
        p(
          'The Secretariat would be grateful to receive this information at the Government’s earliest convenience',
          '{{#if letter.noteNumber}}, quoting note No.\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
    ),
    // A/72/751 (confidentiality policy) and R9.
    h2('Confidentiality'),
    p(
      'This communication is transmitted in strict confidence and may not be made public or used for any ',
      'purpose other than accountability for the matter it concerns. No victim or witness should be ',
      'contacted except through the contact point below.',
    ),
    ...noteClosing('en'),
  ],
};

const fr: TemplateContent = {
  title: 'Suivi auprès d’un pays contributeur — {{case.reference}}',
  header: NOTE_HEADER,
  footer: {
    left: 'Suivi auprès d’un pays contributeur : mesures prises',
    right: 'Page {page} sur {pages}',
  },
  blocks: [
    ...noteOpening(NOTE_OPENING_WORDS.fr),
    h1('Allégation d’exploitation et d’atteintes sexuelles : demande d’information sur les mesures prises'),
    // A/72/751 ¶47 : suivi des affaires renvoyées aux fins d'établissement des responsabilités.
    p(
      'Le Secrétariat de l’Organisation des Nations Unies présente ses compliments à {{letter.recipientName}} ',
      'et a l’honneur de se référer à l’allégation d’exploitation et d’atteintes sexuelles mettant en cause ',
      '{{#if legalBasis.modelMou}}un membre de son contingent national{{else}}un ressortissant de son État{{/if}} ',
      'servant au sein de la mission {{case.mission}}, dont le Gouvernement a été avisé, ainsi qu’aux ',
      'conclusions exposées ci-dessous.',
    ),
    h2('Fondement juridique'),
    // Mémorandum d'accord type révisé (A/61/19 (Part III)) ; ¶46, ¶66.
    when('legalBasis.modelMou', [
      p(
        'En vertu du mémorandum d’accord conclu entre l’Organisation des Nations Unies et le Gouvernement, ',
        'établi sur le modèle révisé de mémorandum d’accord (A/61/19 (Part III)), le Gouvernement exerce ',
        'sa juridiction sur les membres de son contingent et informe l’Organisation des mesures qu’il ',
        'prend à la suite d’allégations de manquement.',
      ),
    ]),
    when('legalBasis.none', [
      p(
        'La personne mise en cause n’est pas membre d’un contingent national ni d’une unité de police ',
        'constituée : le mémorandum d’accord ne s’applique pas. Le Secrétariat demande ces informations ',
        'aux seules fins de l’établissement des responsabilités.',
      ),
    ]),
    h2('Personne mise en cause'),
    facts(30, [
      ['Nom', '{{subject.name}}', 'subject.name'],
      ['Matricule', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
      ['Nationalité', '{{subject.nationality}}', 'subject.nationality'],
      ['Catégorie de personnel', '{{subject.category}}'],
      ['Unité ou contingent', '{{subject.unit}}', 'subject.unit'],
      ['Fonction ou grade', '{{subject.function}}', 'subject.function'],
    ]),
    h2('L’allégation'),
    facts(30, [
      ['Nature de l’allégation', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
      ['Lieu', '{{case.location}}', 'case.location'],
      ['Date(s) des faits', '{{case.incidentDates}}'],
      ['Allégation reçue le', '{{case.dateReceived}}'],
      ['Nombre de victimes', '{{case.victimCount}}'],
    ]),
    when('victims', [
      p('Victimes (désignées par un pseudonyme sauf si elles ont consenti à ce que leur identité soit communiquée) :'),
      bullets(itemEach('victims', '{{.displayName}} : {{.sex}}, {{.ageBand}}')),
    ]),
    when('letter.particulars', [p('{{letter.particulars}}')]),
    ...findingSummary(FINDING_WORDS.fr),
    when('referral.interimMeasures', [
      h2('Mesures conservatoires prises par l’Organisation'),
      p('{{referral.interimMeasures}}'),
    ]),
    h2('Informations demandées'),
    // A/72/751 ¶66 : mesures prises, des mesures administratives à l'emprisonnement ; ¶47.
    numbered(
      item(
        'L’issue de toute enquête nationale et les mesures prises à l’égard de la personne mise en cause, ',
        'y compris toute mesure administrative, disciplinaire ou judiciaire et son résultat.',
      ),
      item('Si aucune mesure n’a été ou ne sera prise, les raisons de ce choix.'),
      item('Toute démarche encore en cours, et la date à laquelle le Gouvernement prévoit de l’achever.'),
    ),
    when(
      'reply.due',
      [
        p(
          b('Réponse souhaitée d’ici au {{reply.due}}. '),
          'Le Secrétariat saurait gré au Gouvernement de lui communiquer ces informations d’ici à cette date',
          '{{#if letter.noteNumber}}, sous le rappel de la note n°\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
      [
        p(
          'Le Secrétariat saurait gré au Gouvernement de lui communiquer ces informations dans les meilleurs délais',
          '{{#if letter.noteNumber}}, sous le rappel de la note n°\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
    ),
    h2('Confidentialité'),
    p(
      'La présente communication est transmise à titre strictement confidentiel et ne peut être rendue ',
      'publique ni utilisée à d’autres fins que l’établissement des responsabilités dans l’affaire qu’elle ',
      'concerne. Aucune victime ni aucun témoin ne doit être contacté autrement que par l’intermédiaire du ',
      'point de contact ci-dessous.',
    ),
    ...noteClosing('fr'),
  ],
};

const ar: TemplateContent = {
  title: 'متابعة مع بلد مساهم — {{case.reference}}',
  header: NOTE_HEADER,
  footer: {
    left: 'متابعة مع بلد مساهم: الإجراءات المتخذة',
    right: 'الصفحة {page} من {pages}',
  },
  blocks: [
    ...noteOpening(NOTE_OPENING_WORDS.ar),
    h1('ادعاء بالاستغلال والانتهاك الجنسيين: طلب معلومات عن الإجراءات المتخذة'),
    // A/72/751 ¶47: follow-up of the cases referred for accountability.
    p(
      'تهدي الأمانة العامة للأمم المتحدة أطيب تحياتها إلى {{letter.recipientName}}، ',
      'وتتشرف بأن تشير إلى الادعاء بالاستغلال والانتهاك الجنسيين الذي سبق إخطار الحكومة به والمتعلق ',
      '{{#if legalBasis.modelMou}}بفرد في وحدتها الوطنية{{else}}بأحد مواطني دولتها{{/if}} ',
      'يعمل في {{case.mission}}، وإلى النتائج المبينة أدناه.',
    ),
    h2('الأساس القانوني'),
    // Revised model memorandum of understanding (A/61/19 (Part III)); ¶46, ¶66.
    when('legalBasis.modelMou', [
      p(
        'بموجب مذكرة التفاهم المبرمة بين الأمم المتحدة والحكومة، المستندة إلى مذكرة التفاهم النموذجية ',
        'المنقحة (A/61/19 (Part III))، تمارس الحكومة الولاية القضائية على أفراد وحدتها، وتُبلغ الأمم المتحدة ',
        'بالإجراءات التي تتخذها بشأن ادعاءات سوء السلوك.',
      ),
    ]),
    when('legalBasis.none', [
      p(
        'الشخص المعني ليس فردًا في وحدة وطنية أو في وحدة شرطة مشكّلة، ولذا لا تنطبق مذكرة التفاهم. ',
        'وتطلب الأمانة العامة هذه المعلومات لأغراض المساءلة حصرًا.',
      ),
    ]),
    h2('الشخص المعني'),
    facts(30, [
      ['الاسم', '{{subject.name}}', 'subject.name'],
      ['رقم الخدمة', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
      ['الجنسية', '{{subject.nationality}}', 'subject.nationality'],
      ['فئة الأفراد', '{{subject.category}}'],
      ['الوحدة أو الكتيبة', '{{subject.unit}}', 'subject.unit'],
      ['الوظيفة أو الرتبة', '{{subject.function}}', 'subject.function'],
    ]),
    h2('الادعاء'),
    facts(30, [
      ['طبيعة الادعاء', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
      ['المكان', '{{case.location}}', 'case.location'],
      ['تاريخ الواقعة أو تواريخها', '{{case.incidentDates}}'],
      ['تاريخ تلقي الادعاء', '{{case.dateReceived}}'],
      ['عدد الضحايا', '{{case.victimCount}}'],
    ]),
    // R9: a victim's name only with their consent to national authorities, else the pseudonym.
    when('victims', [
      p('الضحايا (يُشار إليهم بأسماء مستعارة ما لم يوافقوا على الكشف عن هويتهم):'),
      bullets(itemEach('victims', '{{.displayName}}: {{.sex}}، {{.ageBand}}')),
    ]),
    when('letter.particulars', [p('{{letter.particulars}}')]),
    ...findingSummary(FINDING_WORDS.ar),
    when('referral.interimMeasures', [
      h2('التدابير المؤقتة التي اتخذتها الأمم المتحدة'),
      p('{{referral.interimMeasures}}'),
    ]),
    h2('المعلومات المطلوبة'),
    // A/72/751 ¶66: the action taken, from administrative measures to imprisonment; ¶47.
    numbered(
      item(
        'نتيجة أي تحقيق وطني، والإجراءات المتخذة بشأن الشخص المعني، ',
        'بما في ذلك أي تدبير إداري أو تأديبي أو قضائي ونتيجته.',
      ),
      item('أسباب عدم اتخاذ أي إجراء، إن لم يُتخذ أي إجراء أو لن يُتخذ.'),
      item('أي خطوة لا تزال معلقة، والموعد الذي تتوقع الحكومة إنجازها فيه.'),
    ),
    when(
      'reply.due',
      [
        p(
          b('يُرجى الرد في موعد أقصاه {{reply.due}}. '),
          'وستكون الأمانة العامة ممتنة لتلقي هذه المعلومات في موعد أقصاه ذلك التاريخ',
          '{{#if letter.noteNumber}}، مع الإشارة إلى المذكرة رقم\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
      [
        p(
          'وستكون الأمانة العامة ممتنة لتلقي هذه المعلومات في أقرب وقت تراه الحكومة مناسبًا',
          '{{#if letter.noteNumber}}، مع الإشارة إلى المذكرة رقم\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
    ),
    h2('السرية'),
    p(
      'تُحال هذه المراسلة في سرية تامة، ولا يجوز نشرها أو استخدامها لأي غرض غير المساءلة عن المسألة التي ',
      'تتعلق بها. ولا يجوز الاتصال بأي ضحية أو شاهد إلا عن طريق جهة الاتصال المذكورة أدناه.',
    ),
    ...noteClosing('ar'),
  ],
};

export const TCC_FOLLOW_UP: Template = {
  id: 'tcc_follow_up',
  kind: 'tcc_follow_up',
  recipient: 'tcc',
  version: 1,
  name: SHIPPED_TEMPLATE_NAMES.tcc_follow_up,
  description:
    'Note verbale asking a troop- or police-contributing country, after the investigation, what action ' +
    'it took about a member of its contingent (A/72/751 ¶47, ¶66; model MOU, A/61/19 (Part III)).',
  pageSize: 'A4',
  confidentiality: 'strictly_confidential',
  languages: { en, fr, ar },
};
