import type { TemplateBlock, TemplateContent, Template, TemplateKind } from '../template.js';
import { b, bullets, h1, h2, itemWhen, p, UN_LETTERHEAD, UN_LETTERHEAD_AR, when } from './parts.js';

/**
 * The letter every victim receives when the investigation ends, whatever the outcome (R13;
 * domain.md §4): thanks; that the investigation has ended; its outcome in plain words ("the
 * facts could / could not be established", never "not believed"); what follows; that assistance
 * continues whatever the outcome, with contacts; the paternity route where relevant; how to ask
 * questions or add information; how their information is protected. It names nobody but the
 * victim it is written to. Arabic addresses the reader in the plural of respect.
 */

type Outcome = 'substantiated' | 'not_substantiated' | 'other';

interface ClosureWords {
  letterhead: TemplateBlock;
  title: string;
  page: string;
  ourReference: string;
  dateLine: string;
  greeting: TemplateBlock[];
  heading: string;
  thanks: string;
  ended: string;
  outcome: Record<Outcome, TemplateBlock[]>;
  paternityHeading: string;
  paternity: string;
  supportHeading: string;
  support: string;
  supportContact: string;
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
  const reach = (prefix: 'assistance' | 'contact') =>
    bullets(
      ...(prefix === 'assistance' ? [itemWhen('assistance.name', b('{{assistance.name}}'))] : []),
      itemWhen(`${prefix}.phone`, `${words.phone}{{${prefix}.phone}}`),
      itemWhen(`${prefix}.email`, `${words.email}{{${prefix}.email}}`),
      itemWhen(`${prefix}.address`, `{{${prefix}.address}}`),
    );
  return {
    title: words.title,
    header: { left: '{{case.reference}}' },
    footer: { right: words.page },
    blocks: [
      words.letterhead,
      { kind: 'paragraph', align: 'end', runs: [{ text: words.dateLine }] },
      p(b(words.ourReference), '{{case.reference}}'),
      ...words.greeting,
      h1(words.heading),
      p(words.thanks),
      p(words.ended),
      ...words.outcome[outcome],
      when('outcome.whatFollows', [p('{{outcome.whatFollows}}')]),
      when('victim.paternityClaimed', [h2(words.paternityHeading), p(words.paternity)]),
      h2(words.supportHeading),
      p(words.support),
      when('assistance', [p(words.supportContact), reach('assistance')]),
      h2(words.questionsHeading),
      p(words.questions),
      reach('contact'),
      h2(words.protectionHeading),
      p(words.protection),
      when('victim.minor', [p(words.minor)]),
      p(words.closing),
      { kind: 'signature', name: '{{letter.author}}', title: '{{letter.authorTitle}}' },
    ],
  };
}

const en: ClosureWords = {
  letterhead: UN_LETTERHEAD,
  title: 'The investigation has ended — {{case.reference}}',
  page: 'Page {page} of {pages}',
  ourReference: 'Our reference: ',
  dateLine: '{{#if letter.place}}{{letter.place}}, {{/if}}{{letter.date}}',
  greeting: [p('{{#if victim.name}}Dear {{victim.name}},{{else}}Hello,{{/if}}')],
  heading: 'The investigation has ended',
  thanks:
    'Thank you for speaking to us, and for the trust you placed in us. We know that ' +
    'this was not easy. What you told us was taken seriously.',
  ended:
    'We are writing to let you know that the investigation has now ended. It ' +
    'concerned the report we received on {{case.dateReceived}}.',
  outcome: {
    substantiated: [
      h2('What the investigation found'),
      p(
        'The investigation found that the facts you reported could be established. This ' +
          'means that there was enough evidence to show that what you reported happened.',
      ),
      h2('What happens now'),
      p(
        'The findings have been sent to those who are responsible for taking action ' +
          'against the person concerned. They take those decisions, not the investigators, ',
        'and we cannot promise what the result will be. If you wish, we will tell you ' +
          'about the steps that concern you, as far as we are allowed to.',
      ),
    ],
    not_substantiated: [
      h2('What the investigation found'),
      p(
        'The investigation could not establish the facts you reported. This means that ' +
          'the investigators did not find enough evidence to prove what happened, ',
        'to the standard that the rules require.',
      ),
      p(b('This does not mean that you were not believed, and it does not mean that nothing happened.')),
      h2('What happens now'),
      p(
        'The investigation is closed, and no further action will be taken on the basis ' +
          'of it. If new information comes to light, the matter can be looked at again.',
      ),
    ],
    other: [
      h2('Why the investigation was closed'),
      p('The investigation was closed before the facts could be established. {{outcome.reason}}'),
      p(b('This does not mean that you were not believed.')),
      h2('What happens now'),
      p(
        'If your situation changes, or if new information comes to light, the matter can ' +
          'be looked at again. You can contact us at any time.',
      ),
    ],
  },
  paternityHeading: 'Your paternity and child support claim',
  paternity:
    'Your claim about the paternity of your child does not end with this ' +
    'investigation. It is followed up separately, and we will keep helping you with ' +
    'it, ' +
    ('including support for your child.{{#if assistance.name}} You can ask ' +
      '{{assistance.name}} about the next steps.{{/if}}'),
  supportHeading: 'Your support continues',
  support:
    'The help you receive does not depend on the outcome of the investigation. It ' +
    'continues. You can keep receiving medical care, counselling, legal advice ' +
    'and other support, and you can ask for help at any time, now or later.',
  supportContact: 'To ask for help, contact:',
  questionsHeading: 'Questions or new information',
  questions:
    'If you have questions about this letter, or if you would like to tell us ' +
    'something more, you can contact {{contact.name}}{{#if contact.title}} ' +
    '({{contact.title}}){{/if}}. ' +
    ('Please mention the reference {{case.reference}}. You can also ask the person ' +
      'who gave you this letter to help you.'),
  protectionHeading: 'How your information is protected',
  protection:
    'Your name and what you told us are kept confidential and stored securely. In ' +
    'documents sent outside the investigation team, you are referred to by a code ' +
    ('instead of your name, unless you agreed otherwise. Your information is shared ' +
      'only with the people who need it to act on your case, or with your agreement. ') +
    'You can ask us at any time who has received it.',
  minor: 'If you wish, a trusted adult or a support worker can read this letter with you and help you contact us.',
  phone: 'Telephone: ',
  email: 'Email: ',
  closing: 'With our thanks and our best wishes,',
};

const fr: ClosureWords = {
  letterhead: UN_LETTERHEAD,
  title: 'L’enquête est terminée — {{case.reference}}',
  page: 'Page {page} sur {pages}',
  ourReference: 'Notre référence : ',
  dateLine: '{{#if letter.place}}{{letter.place}}, le {{/if}}{{letter.date}}',
  greeting: [p('{{#if victim.name}}Bonjour {{victim.name}},{{else}}Bonjour,{{/if}}')],
  heading: 'L’enquête est terminée',
  thanks:
    'Merci de nous avoir parlé et de nous avoir fait confiance. Nous savons que cela ' +
    'n’a pas été facile. Ce que vous nous avez dit a été pris au sérieux.',
  ended:
    'Nous vous écrivons pour vous informer que l’enquête est maintenant terminée. ' +
    'Elle portait sur le signalement que nous avons reçu le {{case.dateReceived}}.',
  outcome: {
    substantiated: [
      h2('Ce que l’enquête a établi'),
      p(
        'L’enquête a permis d’établir les faits que vous avez signalés. Cela signifie ' +
          'que les éléments recueillis suffisent à montrer que ce que vous avez signalé ' +
          's’est produit.',
      ),
      h2('La suite'),
      p(
        'Les conclusions ont été transmises aux personnes chargées de prendre des ' +
          'mesures à l’égard de la personne mise en cause. Ce sont elles qui prennent ces ' +
          'décisions, ',
        'et non les enquêteurs, et nous ne pouvons pas vous promettre quel en sera le ' +
          'résultat. Si vous le souhaitez, nous vous tiendrons informé(e) des étapes qui ' +
          'vous concernent, ',
        'dans la mesure où nous y sommes autorisés.',
      ),
    ],
    not_substantiated: [
      h2('Ce que l’enquête a établi'),
      p(
        'L’enquête n’a pas permis d’établir les faits que vous avez signalés. Cela ' +
          'signifie que les enquêteurs n’ont pas trouvé assez d’éléments pour prouver ce ' +
          'qui s’est passé, ',
        'au niveau de preuve exigé par les règles.',
      ),
      p(b('Cela ne veut pas dire que vous n’avez pas été cru(e), ni qu’il ne s’est rien passé.')),
      h2('La suite'),
      p(
        'L’enquête est close et aucune autre mesure ne sera prise sur cette base. Si de ' +
          'nouveaux éléments apparaissent, l’affaire pourra être réexaminée.',
      ),
    ],
    other: [
      h2('Pourquoi l’enquête a été close'),
      p('L’enquête a été close avant que les faits puissent être établis. {{outcome.reason}}'),
      p(b('Cela ne veut pas dire que vous n’avez pas été cru(e).')),
      h2('La suite'),
      p(
        'Si votre situation change, ou si de nouveaux éléments apparaissent, l’affaire ' +
          'pourra être réexaminée. Vous pouvez nous contacter à tout moment.',
      ),
    ],
  },
  paternityHeading: 'Votre demande de reconnaissance de paternité et de pension alimentaire',
  paternity:
    'Votre demande concernant la paternité de votre enfant ne s’arrête pas avec ' +
    'cette enquête. Elle est suivie séparément, et nous continuerons à vous aider, ' +
    ('y compris pour obtenir un soutien pour votre enfant.{{#if assistance.name}} ' +
      'Vous pouvez demander à {{assistance.name}} quelles sont les prochaines ' +
      'étapes.{{/if}}'),
  supportHeading: 'Votre accompagnement continue',
  support:
    'L’aide que vous recevez ne dépend pas du résultat de l’enquête. Elle continue. ' +
    'Vous pouvez continuer à bénéficier de soins médicaux, d’un soutien ' +
    'psychologique, ' +
    ('de conseils juridiques et d’autres formes d’aide, et vous pouvez demander de ' +
      'l’aide à tout moment, maintenant ou plus tard.'),
  supportContact: 'Pour demander de l’aide, contactez :',
  questionsHeading: 'Vos questions et toute nouvelle information',
  questions:
    'Si vous avez des questions sur cette lettre, ou si vous souhaitez nous dire ' +
    'autre chose, vous pouvez contacter {{contact.name}}{{#if contact.title}} ' +
    '({{contact.title}}){{/if}}. ' +
    ('Merci d’indiquer la référence {{case.reference}}. Vous pouvez aussi demander de ' +
      'l’aide à la personne qui vous a remis cette lettre.'),
  protectionHeading: 'Comment vos informations sont protégées',
  protection:
    'Votre nom et ce que vous nous avez dit restent confidentiels et sont conservés ' +
    'en lieu sûr. Dans les documents envoyés en dehors de l’équipe d’enquête, ' +
    ('vous êtes désigné(e) par un code et non par votre nom, sauf si vous avez donné ' +
      'votre accord. Vos informations ne sont communiquées qu’aux personnes qui en ont ' +
      'besoin ') +
    'pour agir dans votre dossier, ou avec votre accord. Vous pouvez nous demander à tout moment qui les a reçues.',
  minor:
    'Si vous le souhaitez, un adulte de confiance ou un travailleur social peut lire ' +
    'cette lettre avec vous et vous aider à nous contacter.',
  phone: 'Téléphone : ',
  email: 'Courriel : ',
  closing: 'Avec nos remerciements, nous vous adressons nos salutations les meilleures.',
};

const ar: ClosureWords = {
  letterhead: UN_LETTERHEAD_AR,
  title: 'انتهاء التحقيق — {{case.reference}}',
  page: 'الصفحة {page} من {pages}',
  ourReference: 'مرجعنا: ',
  dateLine: '{{#if letter.place}}{{letter.place}}، {{/if}}{{letter.date}}',
  greeting: [when('victim.name', [p('إلى: {{victim.name}}')]), p('تحية طيبة، وبعد،')],
  heading: 'انتهى التحقيق',
  thanks:
    'نشكركم على حديثكم معنا وعلى الثقة التي منحتمونا إياها. ونحن ندرك أن ذلك لم يكن ' +
    'أمرًا سهلًا. وقد أخذنا ما أخبرتمونا به على محمل الجد.',
  ended: 'نكتب إليكم لنبلغكم بأن التحقيق قد انتهى. وكان التحقيق يتعلق بالبلاغ الذي تلقيناه في {{case.dateReceived}}.',
  outcome: {
    substantiated: [
      h2('ما توصل إليه التحقيق'),
      p(
        'خلص التحقيق إلى أنه أمكن إثبات الوقائع التي أبلغتم عنها. ويعني ذلك أن الأدلة ' +
          'التي جُمعت كانت كافية لإثبات أن ما أبلغتم عنه قد حدث.',
      ),
      h2('الخطوات التالية'),
      p(
        'أُحيلت نتائج التحقيق إلى الجهات المسؤولة عن اتخاذ الإجراءات بحق الشخص المعني. ' +
          'وهذه الجهات هي التي تتخذ تلك القرارات، لا المحققون، ',
        'ولا يمكننا أن نعدكم بنتيجة معينة. وإذا رغبتم في ذلك، فسنبلغكم بالخطوات التي تعنيكم، في حدود ما يُسمح لنا به.',
      ),
    ],
    not_substantiated: [
      h2('ما توصل إليه التحقيق'),
      p(
        'لم يتمكن التحقيق من إثبات الوقائع التي أبلغتم عنها. ويعني ذلك أن المحققين لم ' +
          'يجدوا أدلة كافية لإثبات ما حدث وفقًا لما تشترطه القواعد.',
      ),
      p(b('ولا يعني ذلك أننا لم نصدقكم، ولا يعني أن شيئًا لم يحدث.')),
      h2('الخطوات التالية'),
      p(
        'لقد أُغلق التحقيق، ولن يُتخذ أي إجراء آخر استنادًا إليه. وإذا ظهرت معلومات ' +
          'جديدة، يمكن إعادة النظر في المسألة.',
      ),
    ],
    other: [
      h2('سبب إغلاق التحقيق'),
      p('أُغلق التحقيق قبل أن يتسنى إثبات الوقائع. {{outcome.reason}}'),
      p(b('ولا يعني ذلك أننا لم نصدقكم.')),
      h2('الخطوات التالية'),
      p('إذا تغيرت ظروفكم أو ظهرت معلومات جديدة، يمكن إعادة النظر في المسألة. ويمكنكم التواصل معنا في أي وقت.'),
    ],
  },
  paternityHeading: 'مطالبتكم بإثبات النسب ونفقة الطفل',
  paternity:
    'لا تنتهي مطالبتكم المتعلقة بنسب طفلكم بانتهاء هذا التحقيق، بل تجري متابعتها ' +
    'بصورة منفصلة، وسنواصل مساعدتكم فيها، بما في ذلك الحصول على الدعم لطفلكم.' +
    '{{#if assistance.name}} ويمكنكم الاستفسار عن الخطوات التالية لدى: {{assistance.name}}.{{/if}}',
  supportHeading: 'المساعدة مستمرة',
  support:
    'لا تتوقف المساعدة التي تتلقونها على نتيجة التحقيق، بل تستمر. ويمكنكم مواصلة ' +
    'الحصول على الرعاية الطبية والدعم النفسي والمشورة القانونية ' +
    'وغيرها من أشكال الدعم، كما يمكنكم طلب المساعدة في أي وقت، الآن أو لاحقًا.',
  supportContact: 'لطلب المساعدة، يُرجى التواصل مع:',
  questionsHeading: 'الأسئلة والمعلومات الجديدة',
  questions:
    'إذا كانت لديكم أسئلة بشأن هذه الرسالة، أو إذا رغبتم في إخبارنا بشيء آخر، يمكنكم ' +
    'التواصل مع {{contact.name}}{{#if contact.title}} ({{contact.title}}){{/if}}، ' +
    'مع ذكر المرجع {{case.reference}}. ويمكنكم أيضًا طلب المساعدة من الشخص الذي سلّمكم هذه الرسالة.',
  protectionHeading: 'كيف نحمي معلوماتكم',
  protection:
    'يبقى اسمكم وما أخبرتمونا به سريًّا ومحفوظًا بأمان. وفي الوثائق التي تُرسل إلى ' +
    'خارج فريق التحقيق، يُشار إليكم برمز بدلًا من اسمكم، ما لم توافقوا على غير ذلك. ' +
    ('ولا نشارك معلوماتكم إلا مع من يحتاجون إليها لمتابعة قضيتكم، أو بموافقتكم. ' +
      'ويمكنكم أن تسألونا في أي وقت عمّن تلقى هذه المعلومات.'),
  minor:
    'إذا رغبتم، يمكن لشخص بالغ تثقون به أو لأحد الأخصائيين الاجتماعيين أن يقرأ هذه ' +
    'الرسالة معكم وأن يساعدكم على التواصل معنا.',
  phone: 'الهاتف: ',
  email: 'البريد الإلكتروني: ',
  closing: 'مع خالص الشكر وأطيب التمنيات،',
};

function closureTemplate(kind: TemplateKind, outcome: Outcome, name: string, description: string): Template {
  return {
    id: kind,
    kind,
    recipient: 'victim',
    version: 1,
    name,
    description,
    pageSize: 'A4',
    confidentiality: 'confidential',
    languages: { en: closure(en, outcome), fr: closure(fr, outcome), ar: closure(ar, outcome) },
  };
}

export const CLOSURE_SUBSTANTIATED = closureTemplate(
  'closure_substantiated',
  'substantiated',
  'Victim closure letter: substantiated',
  'Plain-language letter to a victim when the facts could be established.',
);
export const CLOSURE_NOT_SUBSTANTIATED = closureTemplate(
  'closure_not_substantiated',
  'not_substantiated',
  'Victim closure letter: not substantiated',
  'Plain-language letter to a victim when the facts could not be established (never "not believed").',
);
export const CLOSURE_OTHER = closureTemplate(
  'closure_other',
  'other',
  'Victim closure letter: closed for other reasons',
  'Plain-language letter to a victim when the case closed before the facts could be established.',
);
