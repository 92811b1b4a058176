import type { TemplateBlock, TemplateContent, Template, TemplateKind } from '../template.js';
import { b, bullets, h1, h2, itemWhen, p, UN_LETTERHEAD, UN_LETTERHEAD_AR, when } from './parts.js';
import { SHIPPED_TEMPLATE_NAMES } from './shipped-names.js';

/**
 * The letter each victim receives when the matter ends for her, whatever the outcome (A/72/751
 * ¶34; R13; domain.md §4): thanks; that the investigation has ended; its outcome in plain words
 * ("the facts could / could not be established", never "not believed"); who decided it; what
 * follows; that assistance does not depend on the outcome; her victims' rights advocate; the
 * paternity route where relevant; how to ask questions or add information; how her information
 * is protected. It names nobody but the victim it is written to (and a child's guardian).
 *
 * Read as the legal officer who signs it: no sentence promises what the Organization cannot
 * deliver (a result of disciplinary or national proceedings, a service, a date); where something
 * depends on others, the letter says so. French is worded so that nothing needs to agree with the
 * reader's sex but the salutation, which follows the recorded sex; Arabic addresses the reader in
 * the plural of respect, with a salutation that follows the recorded sex. Spanish (for victims in
 * Spanish-speaking missions; the other letters are not written in it) addresses the reader as usted.
 *
 * The discreet form ({{letter.discreet}}), for delivery to a home: no letterhead or emblem (the
 * renderers also drop any letterhead of a discreet document), and a title, heading and section
 * headings that do not say, on their face, what the letter is about. Each text that differs
 * carries both forms, so an edited template keeps them together.
 */

type Outcome = 'substantiated' | 'not_substantiated' | 'other';

/** Text as written in the discreet form, and as written otherwise. */
const discreetOr = (discreet: string, normal: string): string =>
  `{{#if letter.discreet}}${discreet}{{else}}${normal}{{/if}}`;

interface ClosureWords {
  letterhead: TemplateBlock;
  title: string;
  page: string;
  ourReference: string;
  dateLine: string;
  /** The addressee: her name, and a child's guardian in whose care the letter goes. */
  addressee: string;
  greeting: string;
  heading: string;
  thanks: string;
  ended: string;
  outcome: Record<Outcome, { heading: string; found: TemplateBlock[]; next: TemplateBlock[] }>;
  decidedBy: string;
  nextHeading: string;
  paternityHeading: string;
  paternity: string;
  supportHeading: string;
  support: string;
  supportContact: string;
  advocateHeading: string;
  advocate: string;
  questionsHeading: string;
  questions: string;
  protectionHeading: string;
  protection: string;
  minor: string;
  phone: string;
  email: string;
  closing: string;
}

function closure(words: ClosureWords, outcome: Outcome): TemplateContent {
  const reach = (prefix: 'assistance' | 'contact' | 'advocate') =>
    bullets(
      ...(prefix === 'assistance' ? [itemWhen('assistance.name', b('{{assistance.name}}'))] : []),
      itemWhen(`${prefix}.phone`, `${words.phone}{{${prefix}.phone}}`),
      itemWhen(`${prefix}.email`, `${words.email}{{${prefix}.email}}`),
      itemWhen(`${prefix}.address`, `{{${prefix}.address}}`),
    );
  const told = words.outcome[outcome];
  return {
    title: words.title,
    header: { left: '{{case.reference}}' },
    footer: { right: words.page },
    blocks: [
      // Discreet form: no letterhead, so nothing on the page says who sends it (issue 11, item 2).
      when('letter.discreet', [], [words.letterhead]),
      { kind: 'paragraph', align: 'end', runs: [{ text: words.dateLine }] },
      p(b(words.ourReference), '{{case.reference}}'),
      // A child's letter goes with the guardian the case records (R4; A/72/751 ¶26: child-sensitive).
      when('victim.name', [p(words.addressee)], [when('guardian', [p(words.addressee)])]),
      when('letter.recipientAddress', [p('{{letter.recipientAddress}}')]),
      p(words.greeting),
      h1(words.heading),
      // A/72/751 ¶25: the victim's rights and dignity first; thanks in plain words (domain.md §4).
      p(words.thanks),
      // A/72/751 ¶34: a letter at the end of the investigation, whatever its outcome.
      p(words.ended),
      // The outcome in non-technical terms; "not established" never means "not believed" (domain.md §4).
      h2(told.heading),
      ...told.found,
      // Who decided the outcome: the entity that decided the findings, or her closure (A/72/751 ¶45, ¶46).
      when('outcome.decidedBy', [p(words.decidedBy)]),
      // What follows: measures are decided by others (A/72/751 ¶46, ¶47, ¶66), so nothing is promised.
      h2(words.nextHeading),
      ...told.next,
      when('outcome.whatFollows', [p('{{outcome.whatFollows}}')]),
      // A/72/751 ¶29: field advocates' work on paternity claims; the claim outlives the investigation.
      when('victim.paternityClaimed', [h2(words.paternityHeading), p(words.paternity)]),
      // A/72/751 ¶31–¶35: assistance and support to victims, unrelated to the outcome.
      h2(words.supportHeading),
      p(words.support),
      when('assistance', [p(words.supportContact), reach('assistance')]),
      // A/72/751 ¶26–¶29: the (field) victims' rights advocate; the officer gives the contact.
      h2(words.advocateHeading),
      p(words.advocate),
      reach('advocate'),
      // How to ask questions or add information (domain.md §4); the contact point of the letter.
      h2(words.questionsHeading),
      p(words.questions),
      reach('contact'),
      // A/72/751 ¶38: the confidentiality policy balancing privacy and accountability; R9.
      h2(words.protectionHeading),
      p(words.protection),
      // A/72/751 ¶26, ¶45: child-sensitive; R4/R5: a child reads it with a trusted adult if she wishes.
      when('victim.minor', [p(words.minor)]),
      p(words.closing),
      { kind: 'signature', name: '{{letter.author}}', title: '{{letter.authorTitle}}' },
    ],
  };
}

const en: ClosureWords = {
  letterhead: UN_LETTERHEAD,
  title: discreetOr('Personal letter — {{case.reference}}', 'The investigation has ended — {{case.reference}}'),
  page: 'Page {page} of {pages}',
  ourReference: 'Our reference: ',
  dateLine: '{{#if letter.place}}{{letter.place}}, {{/if}}{{letter.date}}',
  addressee:
    '{{#if victim.name}}{{victim.name}}{{#if guardian}}, {{/if}}{{/if}}' +
    '{{#if guardian}}in the care of {{#if guardian.name}}{{guardian.name}}{{else}}your guardian{{/if}}{{/if}}',
  greeting: '{{#if victim.name}}Dear {{victim.name}},{{else}}Hello,{{/if}}',
  heading: discreetOr('About the matter you raised with us', 'The investigation has ended'),
  thanks:
    'Thank you for speaking to us, and for the trust you placed in us. We know that this was not easy. ' +
    'What you told us was taken seriously.',
  ended: discreetOr(
    'We are writing to let you know that our work on the matter you raised with us, received on ' +
      '{{case.dateReceived}}, has now ended.',
    'We are writing to let you know that the investigation has now ended. It concerned the report we ' +
      'received on {{case.dateReceived}}.',
  ),
  outcome: {
    substantiated: {
      heading: discreetOr('What was found', 'What the investigation found'),
      found: [
        p(
          discreetOr(
            'We were able to confirm what you told us: there was enough to show that it happened.',
            'The investigation found that the facts you reported could be established. This means that there ' +
              'was enough evidence to show that what you reported happened.',
          ),
        ),
      ],
      next: [
        p(
          discreetOr(
            'What follows for the person concerned is decided by others, not by us.',
            'Measures against the person concerned are decided by others — their employer, or the country ' +
              'they serve — not by the investigators.',
          ),
          ' We cannot tell you what will be decided or when. You may ',
          'ask us about the steps that concern you, and we will tell you what we are allowed to share.',
        ),
      ],
    },
    not_substantiated: {
      heading: discreetOr('What was found', 'What the investigation found'),
      found: [
        p(
          discreetOr(
            'We could not confirm what you told us: we did not find enough to show what happened, to the ' +
              'standard that our rules require.',
            'The investigation could not establish the facts you reported. This means that the investigators ' +
              'did not find enough evidence to prove what happened, to the standard that the rules require.',
          ),
        ),
        p(b('This does not mean that you were not believed, and it does not mean that nothing happened.')),
      ],
      next: [
        p(
          discreetOr('Our work on this matter has ended.', 'The investigation is closed.'),
          ' If new information comes to light, you may tell us: it may allow ',
          'the matter to be looked at again.',
        ),
      ],
    },
    other: {
      heading: discreetOr('Why it was closed', 'Why the investigation was closed'),
      found: [
        p(
          discreetOr(
            'Our work ended before what you told us could be confirmed.',
            'The investigation was closed before the facts could be established.',
          ),
          ' {{outcome.reason}}',
        ),
        p(b('This does not mean that you were not believed.')),
      ],
      next: [
        p(
          'If your situation changes, or if new information comes to light, you may tell us at any time: ',
          'it may allow the matter to be looked at again.',
        ),
      ],
    },
  },
  decidedBy: 'This outcome was decided by: {{outcome.decidedBy}}.',
  nextHeading: 'What happens now',
  paternityHeading: discreetOr('Your request about your child', 'Your paternity and child support claim'),
  paternity:
    discreetOr(
      'Your request about your child is followed separately: the end of our work does not end it.',
      'Your claim about the paternity of your child is followed separately: the end of the investigation ' +
        'does not end it.',
    ) + '{{#if assistance.name}} You can ask {{assistance.name}} about the next steps.{{/if}}',
  supportHeading: discreetOr('Help for you', 'Your support'),
  support:
    `The help offered to you does not depend on ${discreetOr('this outcome', 'the outcome of the investigation')}. ` +
    'You may ask for medical ' +
    'care, counselling, legal advice or other support, now or later; we will tell you what is available ' +
    'and help you reach it.',
  supportContact: 'To ask for help, contact:',
  advocateHeading: discreetOr('Someone who can help you', 'Your victims’ rights advocate'),
  advocate: discreetOr(
    '{{advocate.name}} can listen to you, explain this letter and help you with what you need:',
    '{{advocate.name}}, victims’ rights advocate, can listen to you, explain this letter and help you ' +
      'make your rights count:',
  ),
  questionsHeading: 'Questions or new information',
  questions:
    'If you have questions about this letter, or if you would like to tell us something more, you can ' +
    'contact {{contact.name}}{{#if contact.title}} ({{contact.title}}){{/if}}. Please mention the ' +
    'reference {{case.reference}}. You can also ask the person who gave you this letter to help you.',
  protectionHeading: 'How your information is protected',
  protection:
    'Your name and what you told us are stored securely. They are shared only with those who need them ' +
    'to act on your case, under the rules that protect your privacy, or with your agreement; in documents ' +
    `sent outside ${discreetOr('our team', 'the investigation team')}, a code replaces your name unless you ` +
    'agreed otherwise. You may ' +
    'ask us who has received your information.',
  minor:
    'If you wish, {{#if guardian.name}}{{guardian.name}}{{else}}a trusted adult{{/if}} or a support worker ' +
    'can read this letter with you and help you contact us.',
  phone: 'Telephone: ',
  email: 'Email: ',
  closing: 'With our thanks and our best wishes,',
};

const fr: ClosureWords = {
  letterhead: UN_LETTERHEAD,
  title: discreetOr('Courrier personnel — {{case.reference}}', 'L’enquête est terminée — {{case.reference}}'),
  page: 'Page {page} sur {pages}',
  ourReference: 'Notre référence : ',
  dateLine: '{{#if letter.place}}{{letter.place}}, le {{/if}}{{letter.date}}',
  addressee:
    '{{#if victim.name}}{{victim.name}}{{#if guardian}}, {{/if}}{{/if}}' +
    '{{#if guardian}}aux bons soins de {{#if guardian.name}}{{guardian.name}}' +
    '{{else}}la personne qui a votre garde{{/if}}{{/if}}',
  // The salutation follows the recorded sex; a child, or a sex not recorded, is greeted without it.
  greeting:
    '{{#if victim.minor}}Bonjour,{{else}}{{#if victim.female}}Madame,{{else}}{{#if victim.male}}Monsieur,' +
    '{{else}}Bonjour,{{/if}}{{/if}}{{/if}}',
  heading: discreetOr('Au sujet de ce dont vous nous avez fait part', 'L’enquête est terminée'),
  thanks:
    'Merci de nous avoir parlé et de nous avoir fait confiance. Nous savons que cela n’a pas été facile. ' +
    'Ce que vous nous avez dit a été pris au sérieux.',
  ended: discreetOr(
    'Nous vous écrivons pour vous faire savoir que nous avons terminé notre travail sur la question que vous ' +
      'nous avez signalée, reçue le {{case.dateReceived}}.',
    'Nous vous écrivons pour vous faire savoir que l’enquête est maintenant terminée. Elle portait sur le ' +
      'signalement que nous avons reçu le {{case.dateReceived}}.',
  ),
  outcome: {
    substantiated: {
      heading: discreetOr('Ce qui a été établi', 'Ce que l’enquête a établi'),
      found: [
        p(
          discreetOr(
            'Nous avons pu confirmer ce que vous nous avez dit : les éléments recueillis suffisent à montrer ' +
              'que cela s’est produit.',
            'L’enquête a permis d’établir les faits que vous avez signalés. Cela signifie que les éléments ' +
              'recueillis suffisent à montrer que ce que vous avez signalé s’est produit.',
          ),
        ),
      ],
      next: [
        p(
          discreetOr(
            'La suite donnée à l’égard de la personne concernée est décidée par d’autres, et non par nous.',
            'Les mesures à l’égard de la personne mise en cause sont décidées par d’autres — son employeur, ou ' +
              'le pays qu’elle sert —, et non par les enquêteurs.',
          ),
          ' Nous ne pouvons pas vous dire ce qui sera décidé ',
          'ni quand. Vous pouvez nous interroger sur les étapes qui vous concernent : nous vous dirons ce que ',
          'nous sommes autorisés à communiquer.',
        ),
      ],
    },
    not_substantiated: {
      heading: discreetOr('Ce qui a été établi', 'Ce que l’enquête a établi'),
      found: [
        p(
          discreetOr(
            'Nous n’avons pas pu confirmer ce que vous nous avez dit : nous n’avons pas trouvé assez d’éléments ' +
              'pour montrer ce qui s’est passé, au niveau exigé par nos règles.',
            'L’enquête n’a pas permis d’établir les faits que vous avez signalés. Cela signifie que les ' +
              'enquêteurs n’ont pas trouvé assez d’éléments pour prouver ce qui s’est passé, au niveau de preuve ' +
              'exigé par les règles.',
          ),
        ),
        p(b('Cela ne veut pas dire que votre parole a été mise en doute, ni qu’il ne s’est rien passé.')),
      ],
      next: [
        p(
          discreetOr('Notre travail sur cette question est terminé.', 'L’enquête est close.'),
          ' Si de nouveaux éléments apparaissent, vous pouvez nous en faire part : ils ',
          'pourraient permettre de réexaminer l’affaire.',
        ),
      ],
    },
    other: {
      heading: discreetOr('Pourquoi l’affaire a été close', 'Pourquoi l’enquête a été close'),
      found: [
        p(
          discreetOr(
            'Notre travail a pris fin avant que ce que vous nous avez dit puisse être confirmé.',
            'L’enquête a été close avant que les faits puissent être établis.',
          ),
          ' {{outcome.reason}}',
        ),
        p(b('Cela ne veut pas dire que votre parole a été mise en doute.')),
      ],
      next: [
        p(
          'Si votre situation change, ou si de nouveaux éléments apparaissent, vous pouvez nous en faire part ',
          'à tout moment : ils pourraient permettre de réexaminer l’affaire.',
        ),
      ],
    },
  },
  decidedBy: 'Cette issue a été décidée par : {{outcome.decidedBy}}.',
  nextHeading: 'La suite',
  paternityHeading: discreetOr(
    'Votre demande concernant votre enfant',
    'Votre demande de reconnaissance de paternité et de pension alimentaire',
  ),
  paternity:
    discreetOr(
      'Votre demande concernant votre enfant est suivie séparément : la fin de notre travail ne l’arrête pas.',
      'Votre demande concernant la paternité de votre enfant est suivie séparément : la fin de l’enquête ne ' +
        'l’arrête pas.',
    ) +
    '{{#if assistance.name}} Vous pouvez demander à {{assistance.name}} quelles sont les ' +
    'prochaines étapes.{{/if}}',
  supportHeading: discreetOr('De l’aide pour vous', 'Votre accompagnement'),
  support:
    `L’aide qui vous est proposée ne dépend pas ${discreetOr('de ce résultat', 'du résultat de l’enquête')}. ` +
    'Vous pouvez demander des soins ' +
    'médicaux, un soutien psychologique, des conseils juridiques ou une autre aide, maintenant ou plus ' +
    'tard ; nous vous dirons ce qui existe et vous aiderons à y accéder.',
  supportContact: 'Pour demander de l’aide, contactez :',
  advocateHeading: discreetOr('Une personne pour vous aider', 'La défense de vos droits de victime'),
  advocate: discreetOr(
    '{{advocate.name}} peut vous écouter, vous expliquer cette lettre et vous aider dans vos démarches :',
    '{{advocate.name}}, dont le rôle est de défendre les droits des victimes, peut vous écouter, vous ' +
      'expliquer cette lettre et vous aider à faire valoir vos droits :',
  ),
  questionsHeading: 'Vos questions et toute nouvelle information',
  questions:
    'Si vous avez des questions sur cette lettre, ou si vous souhaitez nous dire autre chose, vous pouvez ' +
    'contacter {{contact.name}}{{#if contact.title}} ({{contact.title}}){{/if}}. Merci d’indiquer la ' +
    'référence {{case.reference}}. Vous pouvez aussi demander de l’aide à la personne qui vous a remis ' +
    'cette lettre.',
  protectionHeading: 'Comment vos informations sont protégées',
  protection:
    'Votre nom et ce que vous nous avez dit sont conservés en lieu sûr. Ils ne sont communiqués qu’aux ' +
    'personnes qui en ont besoin pour agir dans votre dossier, selon les règles qui protègent votre vie ' +
    'privée, ou avec votre accord ; dans les documents envoyés en dehors ' +
    `${discreetOr('de notre équipe', 'de l’équipe d’enquête')}, un code ` +
    'remplace votre nom, sauf accord de votre part. Vous pouvez nous demander qui a reçu vos informations.',
  minor:
    'Si vous le souhaitez, {{#if guardian.name}}{{guardian.name}}{{else}}un adulte de confiance{{/if}} ou ' +
    'une personne qui vous accompagne peut lire cette lettre avec vous et vous aider à nous contacter.',
  phone: 'Téléphone : ',
  email: 'Courriel : ',
  closing: 'Avec nos remerciements, nous vous adressons nos salutations les meilleures.',
};

const ar: ClosureWords = {
  letterhead: UN_LETTERHEAD_AR,
  title: discreetOr('رسالة شخصية — {{case.reference}}', 'انتهاء التحقيق — {{case.reference}}'),
  page: 'الصفحة {page} من {pages}',
  ourReference: 'مرجعنا: ',
  dateLine: '{{#if letter.place}}{{letter.place}}، {{/if}}{{letter.date}}',
  addressee:
    '{{#if victim.name}}إلى: {{victim.name}}{{#if guardian}}، {{/if}}{{/if}}' +
    '{{#if guardian}}بعناية {{#if guardian.name}}{{guardian.name}}{{else}}وليّ أمركم{{/if}}{{/if}}',
  // The salutation follows the recorded sex (none for a child or a sex not recorded); then the usual opening.
  greeting:
    '{{#if victim.minor}}{{else}}{{#if victim.female}}السيدة الفاضلة، {{/if}}{{#if victim.male}}السيد ' +
    'الفاضل، {{/if}}{{/if}}تحية طيبة، وبعد،',
  heading: discreetOr('بشأن المسألة التي أطلعتمونا عليها', 'انتهى التحقيق'),
  thanks:
    'نشكركم على حديثكم معنا وعلى الثقة التي منحتمونا إياها. ونحن ندرك أن ذلك لم يكن أمرًا سهلًا. وقد أخذنا ' +
    'ما أخبرتمونا به على محمل الجد.',
  ended: discreetOr(
    'نكتب إليكم لنبلغكم بأننا أنهينا عملنا بشأن المسألة التي أطلعتمونا عليها، والتي تلقيناها في {{case.dateReceived}}.',
    'نكتب إليكم لنبلغكم بأن التحقيق قد انتهى. وكان التحقيق يتعلق بالبلاغ الذي تلقيناه في {{case.dateReceived}}.',
  ),
  outcome: {
    substantiated: {
      heading: discreetOr('ما ثبت', 'ما توصل إليه التحقيق'),
      found: [
        p(
          discreetOr(
            'تمكّنا من التأكد مما أخبرتمونا به: فما جُمع كان كافيًا لإثبات أنه قد حدث.',
            'خلص التحقيق إلى أنه أمكن إثبات الوقائع التي أبلغتم عنها. ويعني ذلك أن الأدلة التي جُمعت كانت كافية ' +
              'لإثبات أن ما أبلغتم عنه قد حدث.',
          ),
        ),
      ],
      next: [
        p(
          discreetOr(
            'تتخذ جهات أخرى، لا نحن، القرارات بشأن ما يلي ذلك فيما يخص الشخص المعني.',
            'تتخذ جهات أخرى — جهة عمل الشخص المعني أو البلد الذي يخدمه — القرارات بشأن التدابير المتخذة بحقه، ' +
              'لا المحققون.',
          ),
          ' ولا يمكننا أن نخبركم بما سيتقرر أو بموعده. ويمكنكم أن تسألونا عن الخطوات التي تعنيكم، ',
          'وسنطلعكم على ما يُسمح لنا بإطلاعكم عليه.',
        ),
      ],
    },
    not_substantiated: {
      heading: discreetOr('ما ثبت', 'ما توصل إليه التحقيق'),
      found: [
        p(
          discreetOr(
            'لم نتمكن من التأكد مما أخبرتمونا به: فلم نجد ما يكفي لإثبات ما حدث وفقًا لما تشترطه قواعدنا.',
            'لم يتمكن التحقيق من إثبات الوقائع التي أبلغتم عنها. ويعني ذلك أن المحققين لم يجدوا أدلة كافية ' +
              'لإثبات ما حدث وفقًا لما تشترطه القواعد.',
          ),
        ),
        p(b('ولا يعني ذلك أننا لم نصدقكم، ولا يعني أن شيئًا لم يحدث.')),
      ],
      next: [
        p(
          discreetOr('لقد انتهى عملنا بشأن هذه المسألة.', 'لقد أُغلق التحقيق.'),
          ' وإذا ظهرت معلومات جديدة، يمكنكم إبلاغنا بها: فقد تتيح إعادة النظر في المسألة.',
        ),
      ],
    },
    other: {
      heading: discreetOr('سبب إغلاق المسألة', 'سبب إغلاق التحقيق'),
      found: [
        p(
          discreetOr('انتهى عملنا قبل أن يتسنى التأكد مما أخبرتمونا به.', 'أُغلق التحقيق قبل أن يتسنى إثبات الوقائع.'),
          ' {{outcome.reason}}',
        ),
        p(b('ولا يعني ذلك أننا لم نصدقكم.')),
      ],
      next: [
        p('إذا تغيرت ظروفكم أو ظهرت معلومات جديدة، يمكنكم إبلاغنا بها في أي وقت: فقد تتيح إعادة النظر في ', 'المسألة.'),
      ],
    },
  },
  decidedBy: 'الجهة التي قررت هذه النتيجة: {{outcome.decidedBy}}.',
  nextHeading: 'الخطوات التالية',
  paternityHeading: discreetOr('طلبكم المتعلق بطفلكم', 'مطالبتكم بإثبات النسب ونفقة الطفل'),
  paternity:
    discreetOr(
      'تجري متابعة طلبكم المتعلق بطفلكم بصورة منفصلة، ولا ينتهي بانتهاء عملنا.',
      'تجري متابعة مطالبتكم المتعلقة بنسب طفلكم بصورة منفصلة، ولا تنتهي بانتهاء التحقيق.',
    ) + '{{#if assistance.name}} ويمكنكم الاستفسار عن الخطوات التالية لدى: {{assistance.name}}.{{/if}}',
  supportHeading: discreetOr('مساعدة لكم', 'المساعدة المقدمة لكم'),
  support:
    `لا تتوقف المساعدة المعروضة عليكم على ${discreetOr('هذه النتيجة', 'نتيجة التحقيق')}. ` +
    'ويمكنكم طلب الرعاية الطبية أو الدعم النفسي أو ' +
    'المشورة القانونية أو غيرها من أشكال الدعم، الآن أو لاحقًا؛ وسنخبركم بما هو متاح ونساعدكم على الوصول إليه.',
  supportContact: 'لطلب المساعدة، يُرجى التواصل مع:',
  advocateHeading: discreetOr('من يمكنه مساعدتكم', 'المدافع عن حقوق الضحايا'),
  advocate: discreetOr(
    'يمكن لـ{{advocate.name}} الاستماع إليكم وشرح هذه الرسالة ومساعدتكم فيما تحتاجون إليه:',
    'يمكن لـ{{advocate.name}}، المدافع عن حقوق الضحايا، الاستماع إليكم وشرح هذه الرسالة ومساعدتكم على ' +
      'إعمال حقوقكم:',
  ),
  questionsHeading: 'الأسئلة والمعلومات الجديدة',
  questions:
    'إذا كانت لديكم أسئلة بشأن هذه الرسالة، أو إذا رغبتم في إخبارنا بشيء آخر، يمكنكم التواصل مع ' +
    '{{contact.name}}{{#if contact.title}} ({{contact.title}}){{/if}}، مع ذكر المرجع {{case.reference}}. ' +
    'ويمكنكم أيضًا طلب المساعدة من الشخص الذي سلّمكم هذه الرسالة.',
  protectionHeading: 'كيف نحمي معلوماتكم',
  protection:
    'يُحفظ اسمكم وما أخبرتمونا به بأمان. ولا يُطلع عليهما إلا من يحتاجون إليهما لمتابعة قضيتكم، وفقًا ' +
    'للقواعد التي تحمي خصوصيتكم، أو بموافقتكم؛ وفي الوثائق التي تُرسل إلى خارج ' +
    `${discreetOr('فريقنا', 'فريق التحقيق')}، يحل رمز محل ` +
    'اسمكم ما لم توافقوا على غير ذلك. ويمكنكم أن تسألونا عمّن تلقى معلوماتكم.',
  minor:
    'إذا رغبتم، يمكن {{#if guardian.name}}لـ{{guardian.name}}{{else}}لشخص بالغ تثقون به{{/if}} أو لأحد ' +
    'الأخصائيين الاجتماعيين أن يقرأ هذه الرسالة معكم وأن يساعدكم على التواصل معنا.',
  phone: 'الهاتف: ',
  email: 'البريد الإلكتروني: ',
  closing: 'مع خالص الشكر وأطيب التمنيات،',
};

/** The letterhead of a Spanish letter: the Organization's name in the reader's language first. */
const UN_LETTERHEAD_ES: TemplateBlock = {
  kind: 'letterhead',
  lines: ['NACIONES UNIDAS', 'UNITED NATIONS', '{{case.mission}}'],
  logo: 'un_emblem',
};

// Spanish addresses the reader as usted and, like French, needs nothing to agree with her sex but the salutation.
const es: ClosureWords = {
  letterhead: UN_LETTERHEAD_ES,
  title: discreetOr('Carta personal — {{case.reference}}', 'La investigación ha concluido — {{case.reference}}'),
  page: 'Página {page} de {pages}',
  ourReference: 'Nuestra referencia: ',
  dateLine: '{{#if letter.place}}{{letter.place}}, {{/if}}{{letter.date}}',
  addressee:
    '{{#if victim.name}}{{victim.name}}{{#if guardian}}, {{/if}}{{/if}}' +
    '{{#if guardian}}a cargo de {{#if guardian.name}}{{guardian.name}}' +
    '{{else}}la persona que tiene su tutela{{/if}}{{/if}}',
  // The salutation follows the recorded sex; a child, or a sex not recorded, is greeted without it.
  greeting:
    '{{#if victim.minor}}Hola:{{else}}{{#if victim.female}}Estimada señora:{{else}}{{#if victim.male}}' +
    'Estimado señor:{{else}}Hola:{{/if}}{{/if}}{{/if}}',
  heading: discreetOr('Sobre el asunto que usted nos comunicó', 'La investigación ha concluido'),
  thanks:
    'Gracias por hablar con nosotros y por la confianza que depositó en nosotros. Sabemos que no fue fácil. ' +
    'Lo que usted nos contó se tomó en serio.',
  ended: discreetOr(
    'Le escribimos para informarle de que hemos terminado nuestro trabajo sobre el asunto que usted nos ' +
      'comunicó, recibido el {{case.dateReceived}}.',
    'Le escribimos para informarle de que la investigación ha concluido. Se refería a la denuncia que ' +
      'recibimos el {{case.dateReceived}}.',
  ),
  outcome: {
    substantiated: {
      heading: discreetOr('Lo que se pudo comprobar', 'Lo que concluyó la investigación'),
      found: [
        p(
          discreetOr(
            'Pudimos confirmar lo que usted nos contó: lo reunido basta para mostrar que ocurrió.',
            'La investigación concluyó que los hechos que usted denunció pudieron establecerse. Esto significa ' +
              'que hubo pruebas suficientes para mostrar que lo que usted denunció ocurrió.',
          ),
        ),
      ],
      next: [
        p(
          discreetOr(
            'Lo que suceda con la persona en cuestión lo deciden otros, no nosotros.',
            'Las medidas contra la persona en cuestión las deciden otros —su empleador o el país al que ' +
              'sirve—, no los investigadores.',
          ),
          ' No podemos decirle qué se decidirá ni cuándo. Puede ',
          'preguntarnos por los pasos que le conciernen, y le diremos lo que estemos autorizados a comunicarle.',
        ),
      ],
    },
    not_substantiated: {
      heading: discreetOr('Lo que se pudo comprobar', 'Lo que concluyó la investigación'),
      found: [
        p(
          discreetOr(
            'No pudimos confirmar lo que usted nos contó: no encontramos lo suficiente para mostrar lo que ' +
              'ocurrió, con el grado de certeza que exigen nuestras normas.',
            'La investigación no pudo establecer los hechos que usted denunció. Esto significa que los ' +
              'investigadores no encontraron pruebas suficientes para demostrar lo que ocurrió, con el grado de ' +
              'certeza que exigen las normas.',
          ),
        ),
        p(b('Esto no significa que no le hayamos creído, ni que no haya pasado nada.')),
      ],
      next: [
        p(
          discreetOr('Nuestro trabajo sobre este asunto ha terminado.', 'La investigación está cerrada.'),
          ' Si surge nueva información, puede comunicárnosla: podría permitir ',
          'examinar el asunto de nuevo.',
        ),
      ],
    },
    other: {
      heading: discreetOr('Por qué se cerró el asunto', 'Por qué se cerró la investigación'),
      found: [
        p(
          discreetOr(
            'Nuestro trabajo terminó antes de que pudiera confirmarse lo que usted nos contó.',
            'La investigación se cerró antes de que pudieran establecerse los hechos.',
          ),
          ' {{outcome.reason}}',
        ),
        p(b('Esto no significa que no le hayamos creído.')),
      ],
      next: [
        p(
          'Si su situación cambia, o si surge nueva información, puede comunicárnoslo en cualquier momento: ',
          'podría permitir examinar el asunto de nuevo.',
        ),
      ],
    },
  },
  decidedBy: 'Este resultado lo decidió: {{outcome.decidedBy}}.',
  nextHeading: 'Qué ocurre ahora',
  paternityHeading: discreetOr(
    'Su solicitud sobre su hijo o hija',
    'Su solicitud de reconocimiento de paternidad y de manutención',
  ),
  paternity:
    discreetOr(
      'Su solicitud sobre su hijo o hija se sigue por separado: el final de nuestro trabajo no le pone fin.',
      'Su solicitud sobre la paternidad de su hijo o hija se sigue por separado: el final de la investigación ' +
        'no le pone fin.',
    ) + '{{#if assistance.name}} Puede preguntar a {{assistance.name}} cuáles son los próximos pasos.{{/if}}',
  supportHeading: discreetOr('Ayuda para usted', 'Su apoyo'),
  support:
    `La ayuda que se le ofrece no depende ${discreetOr('de este resultado', 'del resultado de la investigación')}. ` +
    'Puede pedir atención médica, apoyo psicológico, asesoramiento jurídico u otro tipo de apoyo, ahora o ' +
    'más adelante; le diremos qué existe y le ayudaremos a acceder a ello.',
  supportContact: 'Para pedir ayuda, póngase en contacto con:',
  advocateHeading: discreetOr('Alguien que puede ayudarle', 'Su defensor o defensora de los derechos de las víctimas'),
  advocate: discreetOr(
    '{{advocate.name}} puede escucharle, explicarle esta carta y ayudarle en lo que necesite:',
    '{{advocate.name}}, cuya función es defender los derechos de las víctimas, puede escucharle, explicarle ' +
      'esta carta y ayudarle a hacer valer sus derechos:',
  ),
  questionsHeading: 'Preguntas o nueva información',
  questions:
    'Si tiene preguntas sobre esta carta, o si desea contarnos algo más, puede ponerse en contacto con ' +
    '{{contact.name}}{{#if contact.title}} ({{contact.title}}){{/if}}. Por favor, mencione la referencia ' +
    '{{case.reference}}. También puede pedir ayuda a la persona que le entregó esta carta.',
  protectionHeading: 'Cómo se protege su información',
  protection:
    'Su nombre y lo que usted nos contó se guardan de forma segura. Solo se comunican a quienes los ' +
    'necesitan para actuar en su caso, conforme a las normas que protegen su privacidad, o con su ' +
    'consentimiento; en los documentos enviados fuera ' +
    `${discreetOr('de nuestro equipo', 'del equipo de investigación')}, un código sustituye su nombre, ` +
    'salvo que usted haya aceptado otra cosa. Puede preguntarnos quién ha recibido su información.',
  minor:
    'Si lo desea, {{#if guardian.name}}{{guardian.name}}{{else}}una persona adulta de confianza{{/if}} o una ' +
    'persona que le acompañe puede leer esta carta con usted y ayudarle a ponerse en contacto con nosotros.',
  phone: 'Teléfono: ',
  email: 'Correo electrónico: ',
  closing: 'Con nuestro agradecimiento y nuestros mejores deseos,',
};

function closureTemplate(kind: TemplateKind, outcome: Outcome, description: string): Template {
  return {
    id: kind,
    kind,
    recipient: 'victim',
    version: 1,
    name: SHIPPED_TEMPLATE_NAMES[kind],
    description,
    pageSize: 'A4',
    confidentiality: 'confidential',
    languages: {
      en: closure(en, outcome),
      fr: closure(fr, outcome),
      ar: closure(ar, outcome),
      es: closure(es, outcome),
    },
  };
}

export const CLOSURE_SUBSTANTIATED = closureTemplate(
  'closure_substantiated',
  'substantiated',
  'Plain-language letter to a victim when the facts could be established.',
);
export const CLOSURE_NOT_SUBSTANTIATED = closureTemplate(
  'closure_not_substantiated',
  'not_substantiated',
  'Plain-language letter to a victim when the facts could not be established (never "not believed").',
);
export const CLOSURE_OTHER = closureTemplate(
  'closure_other',
  'other',
  'Plain-language letter to a victim when the matter closed for her before the facts could be established.',
);
