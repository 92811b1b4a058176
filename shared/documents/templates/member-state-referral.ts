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
 * Referral of a credible allegation to the Member State of nationality, transmitted through the
 * Office of Legal Affairs (GA resolutions 62/63 and 64/110; domain.md §4), as a note verbale.
 */

const en: TemplateContent = {
  title: 'Referral to a Member State — {{case.reference}}',
  header: NOTE_HEADER,
  footer: { left: 'Referral to a Member State through the Office of Legal Affairs', right: 'Page {page} of {pages}' },
  blocks: [
    // The opening ends with the note verbale's number, or the Office of Legal Affairs' transmittal
    // number (domain.md §4).
    ...noteOpening(NOTE_OPENING_WORDS.en),
    h1('Referral of a credible allegation of sexual exploitation and abuse'),
    // A/72/751 ¶46: once the UN's investigation finds an allegation against an official or expert on
    // mission credible, the matter goes to the State of nationality for appropriate action.
    p(
      'The Secretariat of the United Nations presents its compliments to ' +
        '{{letter.recipientName}} and has the honour to refer to it ',
      'a credible allegation that a crime may have been committed by a national of its ' +
        'State while serving with the United Nations.',
    ),
    h2('Legal basis'),
    // GA res. 62/63 and 64/110 cover UN officials and experts on mission only (domain.md §4): printed
    // only when the subject's personnel category is one of them (shared/documents/legal-basis.ts).
    when('legalBasis.gaResolutions', [
      p(
        'This referral is made in accordance with General Assembly resolutions 62/63 and 64/110 ' +
          'on criminal accountability of United Nations officials and experts on mission, ',
        'the person concerned being a United Nations official or expert on mission.',
      ),
    ]),
    // Revised model memorandum of understanding (A/61/19 (Part III)): the contributing State has
    // jurisdiction over the members of its contingent (A/72/751 ¶46). Only for contingent and formed
    // police unit members, when this referral is made about one as an exception.
    when('legalBasis.modelMou', [
      p(
        'The person concerned is a member of a national contingent or formed police unit. This referral ',
        'is made under the memorandum of understanding between the United Nations and the Government, ',
        'based on the revised model memorandum of understanding (A/61/19 (Part III)), under which the ',
        'Government exercises jurisdiction over the members of its contingent.',
      ),
    ]),
    // No instrument of this letter covers the person (an exception): the letter cites none.
    when('legalBasis.none', [
      p(
        'The person concerned is neither a United Nations official or expert on mission nor a member of ',
        'a national contingent. The Secretariat brings the matter to the attention of the competent ',
        'national authorities for such action as they may consider appropriate.',
      ),
    ]),
    // domain.md §4 (layout): the subject's name, nationality and function; by policy, not consent (R9).
    h2('Person concerned'),
    when(
      'subject',
      [
        facts(30, [
          ['Name', '{{subject.name}}', 'subject.name'],
          ['Nationality', '{{subject.nationality}}', 'subject.nationality'],
          ['Category of personnel', '{{subject.category}}'],
          ['Function', '{{subject.function}}', 'subject.function'],
          ['Unit or office', '{{subject.unit}}', 'subject.unit'],
        ]),
      ],
      [
        p(
          'The person concerned has not yet been identified. The Secretariat will share ' +
            'any further information as soon as it becomes available.',
        ),
      ],
    ),
    // domain.md §4: type, place, date range, number of victims with age band and sex — no names (R9).
    h2('Summary of the allegation'),
    facts(30, [
      ['Nature of the allegation', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
      ['Mission or entity', '{{case.mission}}'],
      ['Place', '{{case.location}}', 'case.location'],
      ['Date(s) of the incident', '{{case.incidentDates}}'],
      ['Allegation received on', '{{case.dateReceived}}'],
      ['Number of victims', '{{case.victimCount}}'],
    ]),
    // R9: a victim's name only with their consent to national authorities, else the pseudonym.
    when('victims', [
      p(
        'The victims are identified as follows. A victim who has not consented to the ' +
          'disclosure of their identity to national authorities is referred to by a ' +
          'pseudonym only.',
      ),
      bullets(itemEach('victims', '{{.displayName}}: {{.sex}}, {{.ageBand}}')),
    ]),
    when('letter.particulars', [p('{{letter.particulars}}')]),
    ...findingSummary({
      ...FINDING_WORDS.en,
      substantiated:
        'The investigation found the allegation against the person concerned substantiated. On that basis the ' +
        'Secretariat considers the allegation credible.',
    }),
    // domain.md §1 (paternity claims): DNA only where national law accepts it, as the mother or guardian wishes.
    when('case.paternityClaimed', [
      h2('Paternity claim'),
      p(
        'A paternity claim has been made in connection with this allegation (status: {{case.paternityStatus}}). ',
        'The Secretariat would be grateful for the cooperation of the competent national ' +
          'authorities in resolving it, including DNA testing where national law permits ' +
          'it, ',
        'always subject to the wishes of the mother or guardian.',
      ),
    ]),
    h2('Request'),
    // GA res. 62/63 and 64/110 as domain.md §4 reads them: be informed of efforts to investigate and
    // prosecute; the assistance the State may want; UN information for criminal proceedings, with due process.
    numbered(
      item(
        'The Secretariat requests that the competent national authorities consider the ' +
          'matter with a view to investigation and, where appropriate, prosecution, ',
        'and that the Secretariat be informed, through the Office of Legal Affairs, of ' +
          'the efforts made to investigate and prosecute and of their outcome.',
      ),
      item(
        'The Secretariat would welcome an indication of any assistance that the ' +
          'competent authorities may wish to receive from the United Nations for these ' +
          'purposes.',
      ),
      item(
        'Subject to the privileges and immunities of the Organization and its rules, the ' +
          'United Nations is prepared to make available information and material ',
        'relevant to criminal proceedings, bearing in mind due process considerations.',
      ),
    ),
    // A/72/751 ¶47, ¶66: States are asked to report back; the date is the follow-up register's reply
    // clock from this letter's date (or the officer's own date), and the register tracks the reply.
    when(
      'reply.due',
      [
        p(
          b('Reply requested by {{reply.due}}. '),
          'The Secretariat would be grateful to be informed, by that date, of the action taken by the ',
          'competent authorities{{#if letter.noteNumber}}, quoting note No.\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
      [
        p(
          'The Secretariat would be grateful to be informed of the action taken by the competent authorities',
          '{{#if letter.noteNumber}}, quoting note No.\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
    ),
    // A/72/751 (confidentiality policy) and R9: disclosure only for accountability; victims reached via the contact.
    h2('Confidentiality'),
    p(
      'This communication and the information it contains are transmitted in strict ' +
        'confidence, for the purpose of criminal accountability only, ',
      'and may not be made public or used for any other purpose. The safety, privacy ' +
        'and wishes of the victims must be respected at every step: ',
      'no victim should be contacted except through the contact point below.',
    ),
    // domain.md §4 (layout): a contact point, never a placeholder (letter-warnings.ts flags one).
    ...noteClosing('en'),
  ],
};

const fr: TemplateContent = {
  title: 'Renvoi à un État Membre — {{case.reference}}',
  header: NOTE_HEADER,
  footer: {
    left: 'Renvoi à un État Membre par l’intermédiaire du Bureau des affaires juridiques',
    right: 'Page {page} sur {pages}',
  },
  blocks: [
    // L'ouverture finit par le numéro de la note verbale ou de la transmission du Bureau des affaires
    // juridiques (domain.md §4).
    ...noteOpening(NOTE_OPENING_WORDS.fr),
    h1('Renvoi d’une allégation crédible d’exploitation et d’atteintes sexuelles'),
    // A/72/751 ¶46 : renvoi à l'État de nationalité d'une allégation jugée crédible par l'enquête.
    p(
      'Le Secrétariat de l’Organisation des Nations Unies présente ses compliments à ' +
        '{{letter.recipientName}} et a l’honneur de lui renvoyer ',
      'une allégation crédible selon laquelle une infraction pourrait avoir été ' +
        'commise par un ressortissant de son État alors qu’il était au service de ' +
        'l’Organisation des Nations Unies.',
    ),
    h2('Fondement juridique'),
    // Résolutions 62/63 et 64/110 : fonctionnaires et experts en mission seulement (legal-basis.ts).
    when('legalBasis.gaResolutions', [
      p(
        'Le présent renvoi est fait conformément aux résolutions 62/63 et 64/110 de l’Assemblée générale ',
        'relatives à la responsabilité pénale des fonctionnaires et des experts en mission des Nations Unies, ',
        'la personne mise en cause étant fonctionnaire ou expert en mission des Nations Unies.',
      ),
    ]),
    // Mémorandum d'accord type révisé (A/61/19 (Part III)) : contingents et unités de police constituées.
    when('legalBasis.modelMou', [
      p(
        'La personne mise en cause est membre d’un contingent national ou d’une unité de police constituée. ',
        'Le présent renvoi est fait en application du mémorandum d’accord entre l’Organisation des Nations ',
        'Unies et le Gouvernement, établi sur le modèle révisé de mémorandum d’accord (A/61/19 (Part III)), ',
        'en vertu duquel le Gouvernement exerce sa juridiction sur les membres de son contingent.',
      ),
    ]),
    // Aucun instrument de cette lettre ne couvre la personne (exception) : aucun n'est cité.
    when('legalBasis.none', [
      p(
        'La personne mise en cause n’est ni fonctionnaire ou expert en mission des Nations Unies, ni membre ',
        'd’un contingent national. Le Secrétariat porte l’affaire à l’attention des autorités nationales ',
        'compétentes pour toute suite qu’elles jugeront appropriée.',
      ),
    ]),
    // domain.md §4 : nom, nationalité et fonction de la personne mise en cause.
    h2('Personne mise en cause'),
    when(
      'subject',
      [
        facts(30, [
          ['Nom', '{{subject.name}}', 'subject.name'],
          ['Nationalité', '{{subject.nationality}}', 'subject.nationality'],
          ['Catégorie de personnel', '{{subject.category}}'],
          ['Fonction', '{{subject.function}}', 'subject.function'],
          ['Unité ou bureau', '{{subject.unit}}', 'subject.unit'],
        ]),
      ],
      [
        p(
          'La personne mise en cause n’a pas encore été identifiée. Le Secrétariat ' +
            'communiquera tout élément complémentaire dès qu’il en disposera.',
        ),
      ],
    ),
    // domain.md §4 : nature, lieu, dates, nombre de victimes avec tranche d'âge et sexe, sans nom (R9).
    h2('Résumé de l’allégation'),
    facts(30, [
      ['Nature de l’allégation', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
      ['Mission ou entité', '{{case.mission}}'],
      ['Lieu', '{{case.location}}', 'case.location'],
      ['Date(s) des faits', '{{case.incidentDates}}'],
      ['Allégation reçue le', '{{case.dateReceived}}'],
      ['Nombre de victimes', '{{case.victimCount}}'],
    ]),
    // R9: a victim's name only with their consent to national authorities, else the pseudonym.
    when('victims', [
      p(
        'Les victimes sont désignées comme suit. Une victime qui n’a pas consenti à ce ' +
          'que son identité soit communiquée aux autorités nationales n’est désignée que ' +
          'par un pseudonyme.',
      ),
      bullets(itemEach('victims', '{{.displayName}} : {{.sex}}, {{.ageBand}}')),
    ]),
    when('letter.particulars', [p('{{letter.particulars}}')]),
    ...findingSummary({
      ...FINDING_WORDS.fr,
      substantiated:
        'L’enquête a établi l’allégation visant la personne mise en cause. Le Secrétariat la tient donc ' +
        'pour crédible.',
    }),
    // domain.md §1 (paternity claims): DNA only where national law accepts it, as the mother or guardian wishes.
    when('case.paternityClaimed', [
      h2('Demande en reconnaissance de paternité'),
      p(
        'Une demande en reconnaissance de paternité a été présentée en lien avec cette ' +
          'allégation (état : {{case.paternityStatus}}). ',
        'Le Secrétariat saurait gré aux autorités nationales compétentes de leur ' +
          'coopération pour la traiter, y compris par un test ADN lorsque le droit ' +
          'national le permet, ',
        'toujours dans le respect de la volonté de la mère ou du tuteur.',
      ),
    ]),
    h2('Demande'),
    // Résolutions 62/63 et 64/110 (domain.md §4) : information, assistance, communication d'informations.
    numbered(
      item(
        'Le Secrétariat prie les autorités nationales compétentes d’examiner l’affaire ' +
          'en vue d’une enquête et, le cas échéant, de poursuites, ',
        'et de le tenir informé, par l’intermédiaire du Bureau des affaires juridiques, ' +
          'des mesures prises pour enquêter et poursuivre ainsi que de leur issue.',
      ),
      item(
        'Le Secrétariat souhaiterait connaître toute assistance que les autorités ' +
          'compétentes pourraient souhaiter recevoir de l’Organisation des Nations Unies à ' +
          'ces fins.',
      ),
      item(
        'Sous réserve des privilèges et immunités de l’Organisation et de ses règles, ' +
          'l’Organisation des Nations Unies est disposée à communiquer les informations et ' +
          'pièces ',
        'utiles à une procédure pénale, compte tenu des exigences d’une procédure régulière.',
      ),
    ),
    // A/72/751 ¶47, ¶66 : date de réponse tirée de l'horloge de suivi (ou fixée par l'agent).
    when(
      'reply.due',
      [
        p(
          b('Réponse souhaitée d’ici au {{reply.due}}. '),
          'Le Secrétariat saurait gré d’être informé, d’ici à cette date, des mesures prises par les ',
          'autorités compétentes',
          '{{#if letter.noteNumber}}, sous le rappel de la note n°\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
      [
        p(
          'Le Secrétariat saurait gré d’être informé des mesures prises par les autorités compétentes',
          '{{#if letter.noteNumber}}, sous le rappel de la note n°\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
    ),
    // A/72/751 (politique de confidentialité) et R9.
    h2('Confidentialité'),
    p(
      'La présente communication et les informations qu’elle contient sont transmises ' +
        'à titre strictement confidentiel, aux seules fins de l’engagement de la ' +
        'responsabilité pénale, ',
      'et ne peuvent être rendues publiques ni utilisées à d’autres fins. La sécurité, ' +
        'la vie privée et la volonté des victimes doivent être respectées à chaque étape ' +
        ': ',
      'aucune victime ne doit être contactée autrement que par l’intermédiaire du point de contact ci-dessous.',
    ),
    // domain.md §4 : un point de contact nommé.
    ...noteClosing('fr'),
  ],
};

const ar: TemplateContent = {
  title: 'إحالة إلى دولة عضو — {{case.reference}}',
  header: NOTE_HEADER,
  footer: { left: 'إحالة إلى دولة عضو عن طريق مكتب الشؤون القانونية', right: 'الصفحة {page} من {pages}' },
  blocks: [
    // Opening and closing of an Arabic note verbale, in the third person of the Secretariat.
    ...noteOpening(NOTE_OPENING_WORDS.ar),
    h1('إحالة ادعاء ذي مصداقية بالاستغلال والانتهاك الجنسيين'),
    // A/72/751 ¶46: referral to the State of nationality of an allegation the investigation finds credible.
    p(
      'تهدي الأمانة العامة للأمم المتحدة أطيب تحياتها إلى {{letter.recipientName}}، وتتشرف بأن تحيل إليها ',
      'ادعاء ذا مصداقية بأن جريمة ربما ارتكبها أحد مواطني دولتها أثناء عمله في خدمة الأمم المتحدة.',
    ),
    h2('الأساس القانوني'),
    // GA res. 62/63 and 64/110: officials and experts on mission only (legal-basis.ts).
    when('legalBasis.gaResolutions', [
      p(
        'تُقدَّم هذه الإحالة وفقًا لقراري الجمعية العامة 62/63 و64/110 بشأن المساءلة الجنائية لموظفي ',
        'الأمم المتحدة والخبراء الموفدين في بعثات، إذ إن الشخص المعني موظف في الأمم المتحدة أو خبير ',
        'موفد في بعثة.',
      ),
    ]),
    // Revised model memorandum of understanding (A/61/19 (Part III)): contingents and formed police units.
    when('legalBasis.modelMou', [
      p(
        'الشخص المعني فرد في وحدة عسكرية وطنية أو في وحدة شرطة مشكّلة. وتُقدَّم هذه الإحالة بموجب مذكرة ',
        'التفاهم المبرمة بين الأمم المتحدة والحكومة، المستندة إلى مذكرة التفاهم النموذجية المنقحة ',
        '(A/61/19 (Part III))، والتي تمارس الحكومة بموجبها الولاية القضائية على أفراد وحدتها.',
      ),
    ]),
    // No instrument of this letter covers the person (an exception): the letter cites none.
    when('legalBasis.none', [
      p(
        'الشخص المعني ليس موظفًا في الأمم المتحدة أو خبيرًا موفدًا في بعثة، ولا فردًا في وحدة وطنية. ',
        'وتوجّه الأمانة العامة انتباه السلطات الوطنية المختصة إلى المسألة لاتخاذ ما تراه مناسبًا من ',
        'إجراءات.',
      ),
    ]),
    // domain.md §4: the subject's name, nationality and function.
    h2('الشخص المعني'),
    when(
      'subject',
      [
        facts(30, [
          ['الاسم', '{{subject.name}}', 'subject.name'],
          ['الجنسية', '{{subject.nationality}}', 'subject.nationality'],
          ['فئة الأفراد', '{{subject.category}}'],
          ['الوظيفة', '{{subject.function}}', 'subject.function'],
          ['الوحدة أو المكتب', '{{subject.unit}}', 'subject.unit'],
        ]),
      ],
      [p('لم تُحدَّد هوية الشخص المعني بعد. وستقدم الأمانة العامة أي معلومات إضافية حال توافرها.')],
    ),
    // domain.md §4: nature, place, dates, number of victims with age band and sex, no names (R9).
    h2('موجز الادعاء'),
    facts(30, [
      ['طبيعة الادعاء', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
      ['البعثة أو الكيان', '{{case.mission}}'],
      ['المكان', '{{case.location}}', 'case.location'],
      ['تاريخ الواقعة أو تواريخها', '{{case.incidentDates}}'],
      ['تاريخ تلقي الادعاء', '{{case.dateReceived}}'],
      ['عدد الضحايا', '{{case.victimCount}}'],
    ]),
    // R9: a victim's name only with their consent to national authorities, else the pseudonym.
    when('victims', [
      p(
        'فيما يلي بيان الضحايا. ولا يُشار إلى الضحية التي لم توافق على الكشف عن هويتها للسلطات الوطنية ',
        'إلا باسم مستعار.',
      ),
      bullets(itemEach('victims', '{{.displayName}}: {{.sex}}، {{.ageBand}}')),
    ]),
    when('letter.particulars', [p('{{letter.particulars}}')]),
    ...findingSummary({
      ...FINDING_WORDS.ar,
      substantiated:
        'خلص التحقيق إلى ثبوت صحة الادعاء الموجه ضد الشخص المعني. وبناء على ذلك، ترى الأمانة العامة أن ' +
        'الادعاء ذو مصداقية.',
    }),
    // domain.md §1 (paternity claims): DNA only where national law accepts it, as the mother or guardian wishes.
    when('case.paternityClaimed', [
      h2('المطالبة بإثبات النسب'),
      p(
        'قُدِّمت مطالبة بإثبات النسب فيما يتصل بهذا الادعاء (حالتها: {{case.paternityStatus}}). ',
        'وستكون الأمانة العامة ممتنة لتعاون السلطات الوطنية المختصة في البت فيها، بما في ذلك إجراء فحص ',
        'الحمض النووي حيثما يسمح به القانون الوطني، مع مراعاة رغبات الأم أو الولي في جميع الأحوال.',
      ),
    ]),
    h2('الطلب'),
    // GA res. 62/63 and 64/110 (domain.md §4): be informed, assistance, UN information with due process.
    numbered(
      item(
        'تطلب الأمانة العامة أن تنظر السلطات الوطنية المختصة في المسألة بهدف التحقيق فيها، والملاحقة ',
        'القضائية عند الاقتضاء، وأن تُبلَغ الأمانة العامة، عن طريق مكتب الشؤون القانونية، بالجهود ',
        'المبذولة للتحقيق والملاحقة القضائية وبنتائجها.',
      ),
      item(
        'ترحب الأمانة العامة بأن تبيّن لها السلطات المختصة أي مساعدة قد ترغب في تلقيها من الأمم المتحدة ',
        'لهذه الأغراض.',
      ),
      item(
        'تبدي الأمم المتحدة استعدادها، رهنًا بامتيازات المنظمة وحصاناتها وبقواعدها، لإتاحة المعلومات ',
        'والمواد ذات الصلة بالإجراءات الجنائية، مع مراعاة اعتبارات الأصول القانونية الواجبة.',
      ),
    ),
    // A/72/751 ¶47, ¶66: the reply date is the follow-up register's reply clock (or the officer's own date).
    when(
      'reply.due',
      [
        p(
          b('يُرجى الرد في موعد أقصاه {{reply.due}}. '),
          'وستكون الأمانة العامة ممتنة لو أُبلغت، في موعد أقصاه ذلك التاريخ، بالإجراءات التي اتخذتها ',
          'السلطات المختصة{{#if letter.noteNumber}}، مع الإشارة إلى المذكرة رقم\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
      [
        p(
          'وستكون الأمانة العامة ممتنة لو أُبلغت بالإجراءات التي اتخذتها السلطات المختصة',
          '{{#if letter.noteNumber}}، مع الإشارة إلى المذكرة رقم\u00a0{{letter.noteNumber}}{{/if}}.',
        ),
      ],
    ),
    // A/72/751 (confidentiality policy) and R9.
    h2('السرية'),
    p(
      'تُحال هذه المراسلة والمعلومات الواردة فيها في سرية تامة، لأغراض المساءلة الجنائية حصرًا، ولا يجوز ',
      'نشرها أو استخدامها لأي غرض آخر. ويجب احترام سلامة الضحايا وخصوصيتهم ورغباتهم في كل خطوة: فلا ',
      'يجوز الاتصال بأي ضحية إلا عن طريق جهة الاتصال المذكورة أدناه.',
    ),
    // domain.md §4: a named contact point.
    ...noteClosing('ar'),
  ],
};

export const MEMBER_STATE_REFERRAL: Template = {
  id: 'member_state_referral',
  kind: 'member_state_referral',
  recipient: 'member_state',
  version: 1,
  name: SHIPPED_TEMPLATE_NAMES.member_state_referral,
  description:
    'Note verbale referring a credible allegation against an official or expert on ' +
    'mission to the State of nationality (GA res. 62/63, 64/110; A/72/751 ¶46).',
  pageSize: 'A4',
  confidentiality: 'strictly_confidential',
  languages: { en, fr, ar },
};
