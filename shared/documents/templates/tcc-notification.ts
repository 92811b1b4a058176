import type { Template, TemplateContent } from '../template.js';
import {
  b,
  bullets,
  facts,
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
  table,
  when,
} from './parts.js';
import { SHIPPED_TEMPLATE_NAMES } from './shipped-names.js';

/**
 * Notification to a troop- or police-contributing country through its Permanent Mission, asking
 * it to appoint a National Investigation Officer (R11), with the deadlines that run from it.
 */

const en: TemplateContent = {
  title: 'Notification to a contributing country — {{case.reference}}',
  header: NOTE_HEADER,
  footer: {
    left: 'Notification to a contributing country: appointment of a National Investigation Officer',
    right: 'Page {page} of {pages}',
  },
  blocks: [
    ...noteOpening(NOTE_OPENING_WORDS.en),
    h1('Allegation of sexual exploitation and abuse: request for the appointment of a National Investigation Officer'),
    // A/72/751 ¶42, ¶73 and R11: the contributing country is notified at once and asked to appoint a
    // National Investigation Officer promptly. "Its national contingent" only for a contingent or
    // formed police unit member (legalBasis.modelMou); anyone else is "a national of its State".
    p(
      'The Secretariat of the United Nations presents its compliments to ' +
        '{{letter.recipientName}} and has the honour to inform it of an allegation ',
      'of sexual exploitation and abuse involving ',
      '{{#if legalBasis.modelMou}}a member of its national contingent{{else}}a national of its State{{/if}} ',
      'serving with {{case.mission}}, and to request that the Government ',
      'appoint a National Investigation Officer to investigate the matter.',
    ),
    h2('Legal basis'),
    // Revised model memorandum of understanding (A/61/19 (Part III)), which domain.md §4 gives as the
    // basis of the notification; the contributing State has jurisdiction over its contingent (¶46).
    when('legalBasis.modelMou', [
      p(
        'This notification is made under the memorandum of understanding between the United Nations and ',
        'the Government, based on the revised model memorandum of understanding (A/61/19 (Part III)), ',
        'under which the Government exercises jurisdiction over the members of its contingent and ',
        'investigates their misconduct.',
      ),
    ]),
    // No instrument of this letter covers the person (an exception): the letter cites none.
    when('legalBasis.none', [
      p(
        'The person concerned is not a member of a national contingent or formed police unit: the ',
        'memorandum of understanding does not apply. The Secretariat brings the matter to the ',
        'attention of the Government for such action as it may consider appropriate.',
      ),
    ]),
    when('case.urgent', [
      p(
        b('This case has been assessed as urgent: '),
        'the shorter time limits that apply to urgent cases are used below.',
      ),
    ]),
    h2('The allegation'),
    facts(30, [
      ['Mission', '{{case.mission}}'],
      ['Unit or contingent', '{{subject.unit}}', 'subject.unit'],
      ['Place', '{{case.location}}', 'case.location'],
      ['Nature of the allegation', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
      ['Date(s) of the incident', '{{case.incidentDates}}'],
      ['Allegation received on', '{{case.dateReceived}}'],
      ['Number of victims', '{{case.victimCount}}'],
    ]),
    when('victims', [
      p(
        'Victims (referred to by pseudonym unless they have consented to the disclosure ' +
          'of their identity to national authorities):',
      ),
      bullets(itemEach('victims', '{{.displayName}}: {{.sex}}, {{.ageBand}}')),
    ]),
    when('letter.particulars', [p('{{letter.particulars}}')]),
    h2('Person concerned'),
    when(
      'subject',
      [
        facts(30, [
          ['Name', '{{subject.name}}', 'subject.name'],
          ['Service number', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
          ['Nationality', '{{subject.nationality}}', 'subject.nationality'],
          ['Category of personnel', '{{subject.category}}'],
          ['Function or rank', '{{subject.function}}', 'subject.function'],
          ['Rotation, repatriation or end of service', '{{subject.rotationDate}}', 'subject.rotationDate'],
        ]),
        when('subject.rotationDate', [
          p(
            'Evidence that depends on the presence of the person concerned, including any ' +
              'interview and any reference sample, must be taken before that date. ',
            'The Secretariat requests that the person concerned not be rotated or ' +
              'repatriated before the National Investigation Officer has been able to act.',
          ),
        ]),
      ],
      [
        p(
          'The person concerned has not yet been identified. The Secretariat will share ' +
            'any further information as soon as it becomes available.',
        ),
      ],
    ),
    h2('Requests of the Secretariat'),
    numbered(
      // ¶42, ¶73: prompt appointment; the time limits are shown only when a clock gives them.
      item(
        'That the Government appoint a National Investigation Officer and inform the ' +
          'Secretariat of the appointment{{#if clocks}} within the time limit shown below{{/if}}.',
      ),
      // ¶47, ¶66: the country reports the outcome and the action taken.
      item(
        'That the Government inform the Secretariat of the progress and outcome of the ' +
          'national investigation, and of any action taken, ',
        'including disciplinary or judicial measures{{#if clocks}}, within the time limits shown below{{/if}}',
        '{{#if reply.due}}, and in any event reply to this notification by {{reply.due}}{{/if}}.',
      ),
      // ¶42, ¶73: joint investigation with the United Nations.
      item(
        'The Secretariat offers that the investigation be conducted jointly by the ' +
          'National Investigation Officer and the United Nations, ',
        'and will make available the information gathered so far under the applicable procedures.',
      ),
    ),
    // domain.md §3: the clocks that run from this notification, computed from its date (letter-clocks.ts).
    when('clocks', [
      h2('Time limits'),
      table(
        [
          ['What is due', 34],
          ['Due by', 20],
          ['How it is counted', 30],
          ['Nature', 16],
        ],
        'clocks',
        ['{{.name}}', '{{.due}}', '{{.rule}}', '{{.firmness}}'],
      ),
    ]),
    // domain.md §4: evidence preserved, listed not attached.
    when('evidence', [
      h2('Evidence preserved'),
      p(
        'The following items have been collected and are preserved by the United ' +
          'Nations. They are listed here, not attached, ',
        'and will be made available to the National Investigation Officer under the applicable procedures.',
      ),
      table(
        [
          ['Number', 14],
          ['Type', 18],
          ['Description', 48],
          ['Collected on', 20],
        ],
        'evidence',
        ['{{.number}}', '{{.type}}', '{{.description}}', '{{.collectedOn}}'],
      ),
    ]),
    when('referral.interimMeasures', [h2('Interim measures'), p('{{referral.interimMeasures}}')]),
    // domain.md §1 (paternity): DNA only where national law accepts it, as the mother or guardian wishes.
    when('case.paternityClaimed', [
      h2('Paternity claim'),
      p(
        'A paternity claim has been made in connection with this allegation (status: {{case.paternityStatus}}). ',
        'The Secretariat requests the cooperation of the Government in resolving it, ' +
          'including DNA testing where national law permits it and always subject ',
        'to the wishes of the mother or guardian, and asks that the Government designate ' +
          'a national focal point for paternity and child support claims.',
      ),
    ]),
    // A/72/751 (confidentiality policy) and R9: the investigation only; victims reached via the contact.
    h2('Confidentiality'),
    p(
      'This communication is transmitted in strict confidence and may not be made ' +
        'public or used for any purpose other than the investigation and any resulting ' +
        'proceedings. ',
      'The safety, privacy and wishes of the victims must be respected at every step: ' +
        'no victim or witness should be contacted except through the contact point below.',
    ),
    ...noteClosing('en'),
  ],
};

const fr: TemplateContent = {
  title: 'Notification à un pays contributeur — {{case.reference}}',
  header: NOTE_HEADER,
  footer: {
    left: 'Notification à un pays contributeur : désignation d’un enquêteur national',
    right: 'Page {page} sur {pages}',
  },
  blocks: [
    ...noteOpening(NOTE_OPENING_WORDS.fr),
    h1('Allégation d’exploitation et d’atteintes sexuelles : demande de désignation d’un enquêteur national'),
    // A/72/751 ¶42, ¶73 et R11 : notification immédiate, désignation rapide d'un enquêteur national.
    p(
      'Le Secrétariat de l’Organisation des Nations Unies présente ses compliments à ' +
        '{{letter.recipientName}} et a l’honneur de l’informer d’une allégation ',
      'd’exploitation et d’atteintes sexuelles mettant en cause ',
      '{{#if legalBasis.modelMou}}un membre de son contingent national{{else}}un ressortissant de son État{{/if}} ',
      'servant au sein de la mission {{case.mission}}, et de prier le Gouvernement ',
      'de désigner un enquêteur national chargé d’enquêter sur ces faits.',
    ),
    h2('Fondement juridique'),
    // Mémorandum d'accord type révisé (A/61/19 (Part III)) ; juridiction de l'État sur son contingent (¶46).
    when('legalBasis.modelMou', [
      p(
        'La présente notification est faite en application du mémorandum d’accord conclu entre ',
        'l’Organisation des Nations Unies et le Gouvernement, établi sur le modèle révisé de mémorandum ',
        'd’accord (A/61/19 (Part III)), en vertu duquel le Gouvernement exerce sa juridiction sur les ',
        'membres de son contingent et enquête sur leurs manquements.',
      ),
    ]),
    when('legalBasis.none', [
      p(
        'La personne mise en cause n’est pas membre d’un contingent national ni d’une unité de police ',
        'constituée : le mémorandum d’accord ne s’applique pas. Le Secrétariat porte l’affaire à ',
        'l’attention du Gouvernement pour toute suite qu’il jugera appropriée.',
      ),
    ]),
    when('case.urgent', [
      p(
        b('Cette affaire a été jugée urgente : '),
        'les délais plus courts applicables aux affaires urgentes sont retenus ci-dessous.',
      ),
    ]),
    h2('L’allégation'),
    facts(30, [
      ['Mission', '{{case.mission}}'],
      ['Unité ou contingent', '{{subject.unit}}', 'subject.unit'],
      ['Lieu', '{{case.location}}', 'case.location'],
      ['Nature de l’allégation', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
      ['Date(s) des faits', '{{case.incidentDates}}'],
      ['Allégation reçue le', '{{case.dateReceived}}'],
      ['Nombre de victimes', '{{case.victimCount}}'],
    ]),
    when('victims', [
      p(
        'Victimes (désignées par un pseudonyme sauf si elles ont consenti à ce que leur ' +
          'identité soit communiquée aux autorités nationales) :',
      ),
      bullets(itemEach('victims', '{{.displayName}} : {{.sex}}, {{.ageBand}}')),
    ]),
    when('letter.particulars', [p('{{letter.particulars}}')]),
    h2('Personne mise en cause'),
    when(
      'subject',
      [
        facts(30, [
          ['Nom', '{{subject.name}}', 'subject.name'],
          ['Matricule', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
          ['Nationalité', '{{subject.nationality}}', 'subject.nationality'],
          ['Catégorie de personnel', '{{subject.category}}'],
          ['Fonction ou grade', '{{subject.function}}', 'subject.function'],
          ['Relève, rapatriement ou fin de service', '{{subject.rotationDate}}', 'subject.rotationDate'],
        ]),
        when('subject.rotationDate', [
          p(
            'Les éléments de preuve qui exigent la présence de la personne mise en cause, ' +
              'notamment son audition et tout prélèvement de référence, doivent être ' +
              'recueillis avant cette date. ',
            'Le Secrétariat demande que la personne mise en cause ne soit ni relevée ni ' +
              'rapatriée avant que l’enquêteur national ait pu agir.',
          ),
        ]),
      ],
      [
        p(
          'La personne mise en cause n’a pas encore été identifiée. Le Secrétariat ' +
            'communiquera tout élément complémentaire dès qu’il en disposera.',
        ),
      ],
    ),
    h2('Demandes du Secrétariat'),
    numbered(
      // ¶42, ¶73 ; délais montrés seulement quand une horloge les donne.
      item(
        'Que le Gouvernement désigne un enquêteur national et informe le Secrétariat de ' +
          'cette désignation{{#if clocks}} dans le délai indiqué ci-dessous{{/if}}.',
      ),
      // ¶47, ¶66 : issue de l'enquête nationale et mesures prises.
      item(
        'Que le Gouvernement informe le Secrétariat de l’avancement et de l’issue de ' +
          'l’enquête nationale, ainsi que de toute mesure prise, ',
        'y compris disciplinaire ou judiciaire{{#if clocks}}, dans les délais indiqués ci-dessous{{/if}}',
        '{{#if reply.due}}, et réponde en tout état de cause à la présente notification d’ici au ' +
          '{{reply.due}}{{/if}}.',
      ),
      item(
        'Le Secrétariat propose que l’enquête soit menée conjointement par l’enquêteur ' +
          'national et l’Organisation des Nations Unies, ',
        'et communiquera les informations déjà recueillies selon les procédures applicables.',
      ),
    ),
    when('clocks', [
      h2('Délais'),
      table(
        [
          ['Objet', 34],
          ['Échéance', 20],
          ['Mode de calcul', 30],
          ['Nature', 16],
        ],
        'clocks',
        ['{{.name}}', '{{.due}}', '{{.rule}}', '{{.firmness}}'],
      ),
    ]),
    // domain.md §4: evidence preserved, listed not attached.
    when('evidence', [
      h2('Éléments de preuve conservés'),
      p(
        'Les éléments suivants ont été recueillis et sont conservés par l’Organisation ' +
          'des Nations Unies. Ils sont énumérés ici et non joints, ',
        'et seront mis à la disposition de l’enquêteur national selon les procédures applicables.',
      ),
      table(
        [
          ['Numéro', 14],
          ['Type', 18],
          ['Description', 48],
          ['Recueilli le', 20],
        ],
        'evidence',
        ['{{.number}}', '{{.type}}', '{{.description}}', '{{.collectedOn}}'],
      ),
    ]),
    when('referral.interimMeasures', [h2('Mesures conservatoires'), p('{{referral.interimMeasures}}')]),
    // domain.md §1 (paternity): DNA only where national law accepts it, as the mother or guardian wishes.
    when('case.paternityClaimed', [
      h2('Demande en reconnaissance de paternité'),
      p(
        'Une demande en reconnaissance de paternité a été présentée en lien avec cette ' +
          'allégation (état : {{case.paternityStatus}}). ',
        'Le Secrétariat sollicite la coopération du Gouvernement pour la traiter, y ' +
          'compris par un test ADN lorsque le droit national le permet et toujours dans le ' +
          'respect ',
        'de la volonté de la mère ou du tuteur, et le prie de désigner un point de ' +
          'contact national pour les demandes de reconnaissance de paternité et de pension ' +
          'alimentaire.',
      ),
    ]),
    h2('Confidentialité'),
    p(
      'La présente communication est transmise à titre strictement confidentiel et ne ' +
        'peut être rendue publique ni utilisée à d’autres fins que l’enquête et les ' +
        'procédures qui en découleraient. ',
      'La sécurité, la vie privée et la volonté des victimes doivent être respectées à ' +
        'chaque étape : aucune victime ni aucun témoin ne doit être contacté autrement ' +
        'que par l’intermédiaire du point de contact ci-dessous.',
    ),
    ...noteClosing('fr'),
  ],
};

const ar: TemplateContent = {
  title: 'إخطار إلى بلد مساهم — {{case.reference}}',
  header: NOTE_HEADER,
  footer: {
    left: 'إخطار إلى بلد مساهم: تعيين موظف تحقيق وطني',
    right: 'الصفحة {page} من {pages}',
  },
  blocks: [
    ...noteOpening(NOTE_OPENING_WORDS.ar),
    h1('ادعاء بالاستغلال والانتهاك الجنسيين: طلب تعيين موظف تحقيق وطني'),
    // A/72/751 ¶42, ¶73 and R11: immediate notification, prompt appointment of a National Investigation Officer.
    p(
      'تهدي الأمانة العامة للأمم المتحدة أطيب تحياتها إلى {{letter.recipientName}}، وتتشرف بأن تبلغها ',
      'بادعاء بالاستغلال والانتهاك الجنسيين يتعلق ',
      '{{#if legalBasis.modelMou}}بفرد في وحدتها الوطنية{{else}}بأحد مواطني دولتها{{/if}} ',
      'يعمل في {{case.mission}}، وبأن تطلب إلى الحكومة ',
      'تعيين موظف تحقيق وطني للتحقيق في المسألة.',
    ),
    h2('الأساس القانوني'),
    // Revised model memorandum of understanding (A/61/19 (Part III)); jurisdiction over the contingent (¶46).
    when('legalBasis.modelMou', [
      p(
        'يُوجَّه هذا الإخطار بموجب مذكرة التفاهم المبرمة بين الأمم المتحدة والحكومة، المستندة إلى مذكرة ',
        'التفاهم النموذجية المنقحة (A/61/19 (Part III))، والتي تمارس الحكومة بموجبها الولاية القضائية على ',
        'أفراد وحدتها وتحقق في ما يرتكبونه من سوء سلوك.',
      ),
    ]),
    when('legalBasis.none', [
      p(
        'الشخص المعني ليس فردًا في وحدة وطنية أو في وحدة شرطة مشكّلة، ولذا لا تنطبق مذكرة التفاهم. ',
        'وتوجّه الأمانة العامة انتباه الحكومة إلى المسألة لاتخاذ ما تراه مناسبًا من إجراءات.',
      ),
    ]),
    when('case.urgent', [
      p(b('قُيِّمت هذه القضية على أنها عاجلة: '), 'ولذا تُطبَّق أدناه المهل الأقصر المقررة للقضايا العاجلة.'),
    ]),
    h2('الادعاء'),
    facts(30, [
      ['البعثة', '{{case.mission}}'],
      ['الوحدة أو الكتيبة', '{{subject.unit}}', 'subject.unit'],
      ['المكان', '{{case.location}}', 'case.location'],
      ['طبيعة الادعاء', '{{case.category}}{{#if case.subtype}} — {{case.subtype}}{{/if}}', 'case.category'],
      ['تاريخ الواقعة أو تواريخها', '{{case.incidentDates}}'],
      ['تاريخ تلقي الادعاء', '{{case.dateReceived}}'],
      ['عدد الضحايا', '{{case.victimCount}}'],
    ]),
    when('victims', [
      p('الضحايا (يُشار إليهم بأسماء مستعارة ما لم يوافقوا على الكشف عن هويتهم للسلطات الوطنية):'),
      bullets(itemEach('victims', '{{.displayName}}: {{.sex}}، {{.ageBand}}')),
    ]),
    when('letter.particulars', [p('{{letter.particulars}}')]),
    h2('الشخص المعني'),
    when(
      'subject',
      [
        facts(30, [
          ['الاسم', '{{subject.name}}', 'subject.name'],
          ['رقم الخدمة', '{{subject.serviceNumber}}', 'subject.serviceNumber'],
          ['الجنسية', '{{subject.nationality}}', 'subject.nationality'],
          ['فئة الأفراد', '{{subject.category}}'],
          ['الوظيفة أو الرتبة', '{{subject.function}}', 'subject.function'],
          ['تاريخ التناوب أو الإعادة إلى الوطن أو انتهاء الخدمة', '{{subject.rotationDate}}', 'subject.rotationDate'],
        ]),
        when('subject.rotationDate', [
          p(
            'يجب جمع الأدلة التي تتوقف على حضور الشخص المعني، بما في ذلك أي مقابلة وأي عينة مرجعية، قبل ذلك ',
            'التاريخ. وتطلب الأمانة العامة ألا يخضع الشخص المعني للتناوب أو يُعاد إلى وطنه قبل أن يتمكن موظف ',
            'التحقيق الوطني من القيام بعمله.',
          ),
        ]),
      ],
      [p('لم تُحدَّد هوية الشخص المعني بعد. وستقدم الأمانة العامة أي معلومات إضافية حال توافرها.')],
    ),
    h2('طلبات الأمانة العامة'),
    numbered(
      // ¶42, ¶73: prompt appointment; the time limits are shown only when a clock gives them.
      item(
        'أن تعيّن الحكومة موظف تحقيق وطنيًا وأن تُبلغ الأمانة العامة بهذا التعيين',
        '{{#if clocks}} في غضون المهلة المبينة أدناه{{/if}}.',
      ),
      // ¶47, ¶66: the country reports the outcome and the action taken.
      item(
        'أن تُبلغ الحكومة الأمانة العامة بسير التحقيق الوطني ونتيجته، وبأي إجراءات تُتخذ، ',
        'بما في ذلك التدابير التأديبية أو القضائية{{#if clocks}}، في غضون المهل المبينة أدناه{{/if}}',
        '{{#if reply.due}}، وأن ترد على هذا الإخطار في جميع الأحوال في موعد أقصاه {{reply.due}}{{/if}}.',
      ),
      // ¶42, ¶73: joint investigation with the United Nations.
      item(
        'تعرض الأمانة العامة أن يُجرى التحقيق بصورة مشتركة بين موظف التحقيق الوطني والأمم المتحدة، ',
        'وستتيح المعلومات التي جُمعت حتى الآن وفقًا للإجراءات المعمول بها.',
      ),
    ),
    // domain.md §3: the clocks that run from this notification (letter-clocks.ts).
    when('clocks', [
      h2('المهل'),
      table(
        [
          ['المطلوب', 34],
          ['الموعد النهائي', 20],
          ['طريقة الحساب', 30],
          ['طبيعة المهلة', 16],
        ],
        'clocks',
        ['{{.name}}', '{{.due}}', '{{.rule}}', '{{.firmness}}'],
      ),
    ]),
    // domain.md §4: evidence preserved, listed not attached.
    when('evidence', [
      h2('الأدلة المحفوظة'),
      p(
        'جُمعت الأدلة التالية وتحتفظ بها الأمم المتحدة. وهي مدرجة هنا وليست مرفقة، ',
        'وستُتاح لموظف التحقيق الوطني وفقًا للإجراءات المعمول بها.',
      ),
      table(
        [
          ['الرقم', 14],
          ['النوع', 18],
          ['الوصف', 48],
          ['تاريخ الجمع', 20],
        ],
        'evidence',
        ['{{.number}}', '{{.type}}', '{{.description}}', '{{.collectedOn}}'],
      ),
    ]),
    when('referral.interimMeasures', [h2('التدابير المؤقتة'), p('{{referral.interimMeasures}}')]),
    // domain.md §1 (paternity): DNA only where national law accepts it, as the mother or guardian wishes.
    when('case.paternityClaimed', [
      h2('المطالبة بإثبات النسب'),
      p(
        'قُدِّمت مطالبة بإثبات النسب فيما يتصل بهذا الادعاء (حالتها: {{case.paternityStatus}}). ',
        'وتطلب الأمانة العامة تعاون الحكومة في البت فيها، بما في ذلك إجراء فحص الحمض النووي حيثما يسمح به ',
        'القانون الوطني ومع مراعاة رغبات الأم أو الولي في جميع الأحوال، وترجو من الحكومة تعيين جهة تنسيق ',
        'وطنية للمطالبات المتعلقة بإثبات النسب ونفقة الطفل.',
      ),
    ]),
    h2('السرية'),
    p(
      'تُحال هذه المراسلة في سرية تامة، ولا يجوز نشرها أو استخدامها لأي غرض غير التحقيق وما قد يترتب عليه ',
      'من إجراءات. ويجب احترام سلامة الضحايا وخصوصيتهم ورغباتهم في كل خطوة: فلا يجوز الاتصال بأي ضحية ',
      'أو شاهد إلا عن طريق جهة الاتصال المذكورة أدناه.',
    ),
    ...noteClosing('ar'),
  ],
};

export const TCC_NOTIFICATION: Template = {
  id: 'tcc_notification',
  kind: 'tcc_notification',
  recipient: 'tcc',
  version: 1,
  name: SHIPPED_TEMPLATE_NAMES.tcc_notification,
  description:
    'Note verbale to the Permanent Mission of a troop- or police-contributing ' +
    'country asking it to appoint a National Investigation Officer (R11; A/72/751 ¶42, ¶73; ' +
    'model MOU, A/61/19 (Part III)), with the time limits.',
  pageSize: 'A4',
  confidentiality: 'strictly_confidential',
  languages: { en, fr, ar },
};
