import type { CliWords } from '../en/cli.js';
import { text } from '../text.js';

/**
 * كلمات سطر الأوامر بالعربية: المفاتيح والمعاملات نفسها التي في الفهرس الإنكليزي. الأرقام بالأرقام
 * الغربية (0-9) كما تكتبها وثائق الأمم المتحدة، وأسماء الخيارات والأوامر تبقى كما تُكتب في سطر الأوامر.
 */

/** «أ، ب و ج». */
const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('، ')} و${items[items.length - 1]}`;

const plural = new Intl.PluralRules('ar');

/** An Arabic count with its noun in the form the number calls for (zero, one, two, few, many, other). */
const counted = (
  n: number,
  forms: Readonly<Record<'zero' | 'one' | 'two' | 'few' | 'many' | 'other', string>>,
): string => forms[plural.select(n) as keyof typeof forms].replace('{n}', String(n));

const deadlines = (n: number): string =>
  counted(n, {
    zero: 'لا مهلة',
    one: 'مهلة واحدة',
    two: 'مهلتان',
    few: '{n} مهل',
    many: '{n} مهلة',
    other: '{n} مهلة',
  });

const items = (n: number): string =>
  counted(n, {
    zero: 'لا عنصر',
    one: 'عنصر واحد',
    two: 'عنصران',
    few: '{n} عناصر',
    many: '{n} عنصرًا',
    other: '{n} عنصر',
  });

const attemptsIn = (n: number): string =>
  counted(n, {
    zero: 'دون أي محاولة',
    one: 'بعد محاولة واحدة',
    two: 'بعد محاولتين',
    few: 'بعد {n} محاولات',
    many: 'بعد {n} محاولة',
    other: 'بعد {n} محاولة',
  });

const rows = (n: number): string =>
  counted(n, { zero: 'لا صفوف', one: 'صف واحد', two: 'صفّان', few: '{n} صفوف', many: '{n} صفًا', other: '{n} صف' });

const files = (n: number): string =>
  counted(n, {
    zero: 'لا ملفات',
    one: 'ملف واحد',
    two: 'ملفان',
    few: '{n} ملفات',
    many: '{n} ملفًا',
    other: '{n} ملف',
  });

const days = (n: number): string =>
  counted(n, { zero: 'لا أيام', one: 'يوم واحد', two: 'يومين', few: '{n} أيام', many: '{n} يومًا', other: '{n} يوم' });

const entries = (n: number): string =>
  counted(n, {
    zero: 'لا مدخلات',
    one: 'مدخل واحد',
    two: 'مدخلان',
    few: '{n} مدخلات',
    many: '{n} مدخلًا',
    other: '{n} مدخل',
  });

const evidenceFiles = (n: number): string =>
  counted(n, {
    zero: 'لا ملفات أدلة',
    one: 'ملف دليل واحد',
    two: 'ملفا أدلة',
    few: '{n} ملفات أدلة',
    many: '{n} ملفًا من ملفات الأدلة',
    other: '{n} ملف أدلة',
  });

const contacts = (n: number): string =>
  counted(n, {
    zero: 'لا جهات اتصال',
    one: 'جهة اتصال واحدة',
    two: 'جهتا اتصال',
    few: '{n} جهات اتصال',
    many: '{n} جهة اتصال',
    other: '{n} جهة اتصال',
  });

export const cliWords: CliWords = {
  unknownLanguage: (accepted: string) => `يقبل الخيار --ui-lang إحدى هذه اللغات: ${accepted} (لغة هذه الرسائل).`,

  help: {
    title: 'casefile - ملف القضايا المشفر في Casefile، من سطر الأوامر',
    usage: 'الاستخدام: casefile [--vault DIR] [--json] <الأمر> [الخيارات]',
    commands: 'الأوامر:',
    globalOptions: 'الخيارات العامة (قبل الأمر أو بعده):',
    environment: 'متغيرات البيئة:',
    environmentVariables: {
      vault: 'مجلد الخزنة المشفرة، إذا لم يُعطَ --vault',
      passphrase: 'عبارة المرور، إذا لم يُعطَ --passphrase-file',
      newPassphrase: 'عبارة المرور الجديدة للأمر passwd، إذا لم يُعطَ --new-passphrase-file',
      debug: 'يبيّن موضع الخطأ الداخلي (ولا يعرض نصه أبدًا)',
      language: 'لغة الرسائل (en، fr، ar)، إذا لم يُعطَ --ui-lang؛ وإلا LC_ALL أو LC_MESSAGES أو LANG',
    },
    secrets: [
      'يُقرأ السر من ملف خياره، وإلا من متغير البيئة الخاص به، وإلا يُطلب دون إظهار ما يُكتب إذا كان',
      'الإدخال القياسي طرفية. لا تُعرض الأسرار أبدًا؛ ويُعرض مفتاح الاسترداد مرة واحدة فقط، عند init.',
    ],
    exitCodes: 'رموز الخروج:',
    commandHelp: 'شغّل «casefile <الأمر> --help» لمعرفة خيارات أمر ما.',
    commandUsage: 'الاستخدام: casefile [--vault DIR] [--json]',
    commandOptions: 'الخيارات:',
    commandGlobalOptions: 'الخيارات العامة:',
    required: '[إلزامي]',
    requiredFor: (subcommand: string) => `[إلزامي مع ${subcommand}]`,
  },

  exitCodes: {
    ok: 'نجاح',
    failure: 'أي خطأ آخر',
    usage: text(
      'خطأ في الاستخدام أو إدخال غير صالح (خيار خاطئ، أمر أو طريقة غير معروفة، JSON غير صالح، ',
      'عبارة مرور ضعيفة)',
    ),
    wrongSecret: 'عبارة المرور أو مفتاح الاسترداد غير صحيح',
    noVault: 'لا توجد خزنة في هذا المجلد، أو أنه ليس خزنة Casefile',
    blockingFindings: 'check: في القضية ملاحظات مانعة بموجب المبادئ',
    notFound: 'غير موجود: لا توجد قضية أو شخص أو دليل أو مقابلة أو ملف بهذا الوصف',
    vaultDamaged: 'الخزنة تالفة (لا تُفتح، أو وجد فحصٌ انقطاعًا): استعِدها من نسخة احتياطية',
    wrongRuntime: text(
      'لا يمكن تحميل وحدة قاعدة البيانات (مبنية للتطبيق، أو مفقودة): ',
      'شغّل node build/native-module.mjs node',
    ),
    cancelled: 'توقف عند طلب الإدخال (Ctrl-C)',
  },

  globalOptions: {
    vault: 'مجلد الخزنة المشفرة (الافتراضي: $CASEFILE_VAULT).',
    'passphrase-file': 'قراءة عبارة المرور من FILE (يُتجاهل سطر جديد واحد في آخره).',
    json: text(
      'إخراج للبرامج: JSON على الإخراج القياسي (والأوقات لحظات ISO 8601 بالتوقيت العالمي UTC)، ',
      'والأخطاء بصيغة {"error":{"code","message"}}.',
    ),
    help: 'عرض هذه المساعدة، أو مساعدة أمر ما بعد اسمه.',
    version: 'طباعة إصدار casefile ثم الخروج.',
    'ui-lang': 'لغة الرسائل: en أو fr أو ar، وتُقبل المنطقة (الافتراضي: $CASEFILE_LANG، وإلا لغة النظام).',
  },

  sharedOptions: {
    case: 'القضية، برقمها المرجعي (CF-2026-0001) أو بمعرّفها.',
    input: 'إدخال JSON من FILE، أو من الإدخال القياسي مع -.',
    itemCase: 'القضية (الرقم المرجعي أو المعرّف)؛ تلزم عند إعطاء الدليل برقمه (E-0001).',
    recoveryKeyFile: 'فتح الخزنة بمفتاح الاسترداد الموجود في FILE بدلًا من عبارة المرور.',
    toPath: 'export وreport: الملف المراد كتابته (يجب ألا يكون موجودًا من قبل).',
  },

  commandLine: {
    noArguments: 'لا وسائط',
    argumentCount: (command: string, expected: string, got: number, usage: string) =>
      `يأخذ الأمر casefile ${command}: ${expected}؛ وأُعطي ${got}. الاستخدام: casefile ${usage}`,
    noCommand: 'لم يُعطَ أي أمر. انظر casefile --help.',
    unknownCommand: (suggestion: string) => `هذا ليس أمرًا من أوامر casefile.${suggestion} انظر casefile --help.`,
    unknownOption: (command: string | undefined, suggestion: string) =>
      `هذا ليس خيارًا من خيارات «casefile${command ? ` ${command}` : ''}».${suggestion} انظر casefile --help.`,
    didYouMean: (names: readonly string[]) =>
      ` هل تقصد ${names.length === 1 ? names[0] : `${names.slice(0, -1).join('، ')} أو ${names.at(-1)}`}؟`,
    takesNoValue: (option: string) => `الخيار ${option} لا يأخذ قيمة.`,
    needsValue: (option: string, placeholder: string) => `الخيار ${option} يحتاج إلى قيمة: ${option} ${placeholder}.`,
    valueLooksLikeOption: (option: string, placeholder: string) =>
      `الخيار ${option} يحتاج إلى قيمة، لكن الوسيط التالي خيار. اكتب ` +
      `${option}=${placeholder} إذا كانت القيمة تبدأ بـ «-».`,
    givenTwice: (option: string) => `أُعطي الخيار --${option} أكثر من مرة.`,
    noVaultFolder: 'لا يوجد مجلد للخزنة: أعطِ --vault DIR أو عرّف CASEFILE_VAULT.',
    subcommands: (command: string, names: string) =>
      `يأخذ الأمر casefile ${command} أحد هذه الأوامر الفرعية: ${names}. انظر casefile ${command} --help.`,
    version: (version: string, node: string) => `casefile ${version} (Node.js ${node})`,
  },

  output: {
    failure: (message: string) => `casefile: ${message}`,
    notice: (message: string) => `casefile: تنبيه: ${message}`,
    unexpected:
      'تعذّر على casefile إتمام العمل على نحو غير متوقع. عرّف CASEFILE_DEBUG=1 لمعرفة الموضع (لا تُعرض أي بيانات).',
    internalError: (where: string, kind: string) => `casefile: خطأ داخلي في ${where}: ${kind} (النص محجوب)`,
  },

  line: {
    withId: (text: string, id: string) => `${text}. المعرّف: ${id}`,
    sentenceWithId: (sentence: string, id: string) => `${sentence} المعرّف: ${id}`,
    facts: (facts: readonly string[]) => facts.join('؛ '),
    about: (subject: string, text: string) => `${subject}: ${text}`,
    label: (name: string) => `${name}:`,
  },

  secrets: {
    passphrase: 'عبارة المرور',
    newPassphrase: 'عبارة المرور الجديدة',
    recoveryKey: 'مفتاح الاسترداد',
    prompt: (secret: string) => `${secret}: `,
    repeatPrompt: (secret: string) => `${secret} مرة أخرى: `,
    entriesDiffer: 'الإدخالان مختلفان.',
    notChosen: (secret: string, attempts: number) => `${secret}: لم يتم الاختيار ${attemptsIn(attempts)}.`,
    noneEntered: (secret: string) => `${secret}: لم يُدخَل شيء.`,
    cannotPrompt: (secret: string, ways: string) =>
      `${secret}: لم تُعطَ، والإدخال القياسي ليس طرفية، فلن يطلبها casefile. استخدم ${ways}.`,
    or: ' أو ',
    fileNamed: (secret: string, path: string) => `ملف ${secret} ${path}`,
    fileTooLarge: (secret: string, path: string) => `ملف ${secret} ${path} أكبر من أن يحتوي على ${secret}.`,
    fileEmpty: (secret: string, path: string) => `ملف ${secret} ${path} فارغ.`,
    cannotRead: (what: string, why: string) => `تتعذر قراءة ${what}: ${why}`,
    passphraseOrKey: 'أعطِ إما --passphrase-file وإما --recovery-key-file، لا الاثنين معًا.',
    noVault: (problem: string, dir: string, command: string) =>
      `${problem} المجلد: ${dir}. لإنشاء خزنة فيه: ${command}`,
    folderMadePrivate: (changed: number, failed: number) =>
      [
        'كان بإمكان حسابات أخرى على هذا الحاسوب فتح مجلد هذه الخزنة: فقد وُسّعت صلاحيات الوصول إليه.',
        ...(changed > 0 ? [`أعاده Casefile خاصًا بك (${items(changed)} عُدّل).`] : []),
        ...(failed > 0 ? [`${items(failed)} تعذّر جعله خاصًا: يملكه حساب آخر. انقل الخزنة إلى مجلد خاص بك.`] : []),
        'تبقى الملفات مشفرة، ولكن إذا لم توسّع الصلاحيات بنفسك، فأبلغ المسؤول عن أمن هذا الحاسوب.',
      ].join(' '),
    cancelled: 'أُلغي عند طلب الإدخال.',
    terminalClosed: 'لا إدخال: أُغلقت الطرفية.',
  },

  input: {
    stdin: 'الإدخال القياسي',
    cannotReadFile: (path: string, why: string) => `تتعذر قراءة ملف الإدخال ${path}: ${why}.`,
    noSuchFile: 'الملف غير موجود',
    unreadable: 'غير قابل للقراءة',
    tooLarge: (where: string, mib: number) => `الإدخال من ${where} أكبر من ${mib} ميبيبايت.`,
    empty: (where: string) => `الإدخال من ${where} فارغ؛ أعطِ قيمة JSON مثل {}.`,
    notJson: (where: string, position: string) => `الإدخال من ${where} ليس JSON صالحًا: ${position}.`,
    syntaxAt: (reason: string, line: number, column: number, offset: number) =>
      `${reason} في السطر ${line}، العمود ${column} (الموضع ${offset})`,
    unparsable: 'تعذّرت قراءته',
    notUtf8: (where: string) => `الإدخال من ${where} ليس نصًا صالحًا بترميز UTF-8.`,
    notObject: 'يجب أن يكون الإدخال كائن JSON.',
    notString: (what: string) => `يجب أن يكون ${what} في الإدخال نصًا.`,
    givenTwice: (what: string) => `أُعطي ${what} في الإدخال وكخيار بقيمتين مختلفتين؛ أعطه مرة واحدة.`,
    needs: (what: string, options: readonly string[]) => `${what}: ينقص ${joinAnd(options)}.`,
    invalid: (what: string, problems: string) => `${what}: إدخال غير صالح: ${problems}`,
    wholeInput: 'الإدخال',
    instant: (option: string) =>
      `يأخذ الخيار --${option} تاريخًا ووقتًا مع منطقتهما الزمنية، مثل 2026-03-02T10:30Z أو 2026-03-02T10:30+01:00.`,
    giveCase: 'حدّد القضية: --case CASE.',
    noSuchPerson: (code: string | undefined, reference: string) =>
      code === undefined ? `لا يوجد هذا الشخص في ${reference}.` : `لا يوجد ${code} في ${reference}.`,
  },

  jsonSyntax: {
    controlCharacter: 'حرف تحكم داخل نص',
    badUnicodeEscape: 'تسلسل \\u خاطئ داخل نص',
    badEscape: 'تسلسل هروب خاطئ داخل نص',
    unterminatedString: 'نص غير مُغلق',
    unexpectedEnd: 'نهاية غير متوقعة للإدخال',
    textAfterValue: 'نص غير متوقع بعد قيمة JSON',
    expectedColon: 'يُتوقع «:» بعد اسم خاصية',
    expectedCommaOrBrace: 'يُتوقع «,» أو «}»',
    expectedCommaOrBracket: 'يُتوقع «,» أو «]»',
    expectedPropertyName: 'يُتوقع اسم خاصية بين علامتي اقتباس مزدوجتين',
    malformedNumber: 'رقم مكتوب على نحو خاطئ',
    expectedValue: 'تُتوقع قيمة JSON',
  },

  case: {
    whatIntake: 'تسجيل القضية',
    whatListOptions: 'خيارات قائمة القضايا',
    whatExclusion: 'الاستبعاد من العدّ',
    giveIntake: 'أعطِ القضية مع --input FILE|-، أو على الأقل --title و--received و--entity و--channel.',
    sortSyntax: (keys: string) => `يأخذ الخيار --sort KEY أو KEY:asc|desc، حيث KEY أحد: ${keys}.`,
    takesCase: (subcommand: string) =>
      `يأخذ الأمر casefile case ${subcommand} القضية: رقمها المرجعي (CF-2026-0001) أو معرّفها.`,
    takesNoCase: (subcommand: string) => `لا يأخذ الأمر casefile case ${subcommand} وسيط CASE.`,
    exclusionEither: 'يأخذ الأمر casefile case exclusion إما --clear وإما --ground و--reason، لا الاثنين معًا.',
    exclusionNeeds:
      'يأخذ الأمر casefile case exclusion الخيارين --ground GROUND و--reason TEXT، أو --clear لإعادة عدّ القضية.',
    opened: (reference: string, id: string) => `فُتحت القضية ${reference}. المعرّف: ${id}`,
    notCounted: (reference: string, ground: string) => `القضية ${reference} غير محسوبة في الإحصاءات: ${ground}.`,
    countedAgain: (reference: string) => `القضية ${reference} محسوبة في الإحصاءات من جديد.`,
    noCases: 'لا توجد قضايا.',
    headings: {
      reference: 'الرقم المرجعي',
      status: 'الحالة',
      category: 'الفئة',
      urgent: 'عاجلة',
      received: 'تاريخ الاستلام',
      victims: 'الضحايا',
      blocking: 'مانعة',
      title: 'العنوان',
    },
    archivedMark: ' (مؤرشفة)',
    yes: 'نعم',
    no: 'لا',
    none: 'لا شيء',
    unknownDate: 'غير معروف',
    between: (from: string, to: string) => `بين ${from} و${to}`,
    atIncident: (ageBand: string) => `${ageBand} وقت الواقعة`,
    notClassified: 'لم تُصنَّف بعد',
    categoryNotSet: 'الفئة غير محددة',
    subtypeNotSet: 'النوع الفرعي غير محدد',
    paternityClaimed: (status: string, dnaPermitted: string, sampleTaken: string) =>
      `مقدَّمة، ${status}؛ هل يسمح القانون الوطني بفحص الحمض النووي: ${dnaPermitted}؛ أُخذت العينة: ${sampleTaken}`,
    noLocation: '(لم يُسجَّل مكان)',
    locationWithheld: '(سري للغاية: لا يُعرض هنا؛ يعرضه الأمر «casefile call cases.get»)',
    notAssigned: 'لم تُحدَّد',
    acknowledged: (at: string) => `أُقرّ به في ${at}`,
    notAcknowledged: 'لم يُقرّ به',
    fields: {
      status: 'الحالة',
      classification: 'التصنيف',
      received: 'الاستلام',
      entity: 'الجهة',
      investigating: 'جهة التحقيق',
      urgent: 'عاجلة',
      incidentDates: 'تواريخ الواقعة',
      location: 'المكان',
      allegedExchange: 'المقابل المدعى',
      paternityClaim: 'مطالبة بإثبات النسب',
      obligation: 'واجب الإبلاغ',
      confidentiality: 'مستوى السرية',
      archived: 'مؤرشفة',
      openedChanged: 'الفتح / التعديل',
    },
    summary: 'الملخص:',
    statusHistory: 'سجل الحالات:',
    openedMark: '(الفتح)',
    people: 'الأشخاص (بالرمز المستعار):',
    nothing: '(لا شيء)',
  },

  unlock: {
    needsCheck: 'يحتاج الأمر casefile unlock إلى --check: فكل أمر يفتح الخزنة بنفسه طوال مدة تشغيله.',
    opens: (secret: string, dir: string) => `OK: ${secret} يفتح الخزنة في ${dir}.`,
  },
  passwd: {
    currentPassphrase: 'عبارة المرور الحالية',
    same: 'عبارة المرور الجديدة هي نفسها الحالية.',
    changed: 'تغيّرت عبارة المرور. ولم يتغيّر مفتاح الاسترداد.',
  },
  init: {
    created: (dir: string) => `أُنشئت الخزنة في ${dir}.`,
    recoveryKeyNotice: [
      'مفتاح الاسترداد - دوّنه الآن. لا يُعرض إلا الآن ولا يمكن عرضه مرة أخرى:',
      'يفتح الخزنة إذا فُقدت عبارة المرور، ولذلك يستطيع كل من يحوزه فتح الخزنة أيضًا.',
      'احفظه على الورق، بعيدًا عن هذا الحاسوب. لا تحفظه في ملف أو في لقطة شاشة.',
    ],
    vaultThere: (dir: string) => `توجد خزنة Casefile في ${dir} من قبل.`,
    notEmpty: (dir: string) => `${dir} ليس فارغًا وليس خزنة Casefile: اختر مجلدًا فارغًا أو جديدًا.`,
    aFile: (dir: string) => `${dir} ملف وليس مجلدًا: اختر مجلدًا فارغًا أو جديدًا.`,
  },
  verify: {
    broken: (row: number | undefined, checked: number, why: string) =>
      `سجل التدقيق منقطع${row === undefined ? '' : ` عند الصف ${row}`} (قُرئ ${rows(checked)}).${why ? ` ${why}` : ''}`,
    intact: (checked: number) => `OK: تُحقّق من ${rows(checked)}`,
  },
  methods: {
    whileLocked: 'تعمل والخزنة المشفرة مقفلة',
    needsUnlocked: 'تتطلب فتح قفل الخزنة المشفرة',
    forDevelopers: 'للمطورين ومسؤولي التكامل: كل طريقة من طرق واجهة البرمجة، وما تفعله، ومتى تعمل، وإدخالها.',
    input: (schema: string) => `الإدخال: ${schema}`,
  },
  call: {
    unknownMethod: (typed: string, suggestion: string) =>
      `طريقة غير معروفة: ${typed}.${suggestion} شغّل casefile methods لسردها.`,
    invalidInput: (method: string, problems: string) => `إدخال غير صالح للطريقة ${method}: ${problems}`,
  },
  check: {
    headings: {
      block: 'مانعة (يرفض التطبيق ما قد يزيدها سوءًا؛ عالجها أولًا)',
      warn: 'تحذيرات (تُعالَج أو تُبرَّر)',
      info: 'تذكيرات',
    },
    none: (reference: string, asOf: string) => `${reference}: لا ملاحظات (في ${asOf}).`,
    counts: (reference: string, block: number, warn: number, info: number, asOf: string) =>
      `${reference}: مانعة ${block}، تحذيرات ${warn}، تذكيرات ${info} (في ${asOf}).`,
    fix: 'المعالجة:',
  },

  givenFile: {
    notFound: (given: string) => `${given} غير موجود.`,
    notAFile: (given: string, kind: string) => `${given} ليس ملفًا؛ حدّد ${kind}.`,
  },
  letterhead: {
    missing: 'حدّد مستند Word: casefile letterhead import FILE.docx.',
    kind: 'مستند Word (.docx)',
    shipped: 'تستخدم الرسائل الترويسة المرفقة (لم تُستورد ترويسة).',
    imported: (source: string, at: string, by: string) => `استُوردت الترويسة من ${source} في ${at} بواسطة ${by}.`,
    header: 'رأس الصفحة:',
    logo: (logo: string) => `الشعار: ${logo}`,
    footer: 'تذييل الصفحة:',
    none: '(لا شيء)',
    noLogo: 'لا شيء',
    inUse: 'تستخدمها الآن كل رسالة ليست بالصيغة المتحفظة.',
    shippedAgain: 'تستخدم الرسائل الترويسة المرفقة من جديد.',
  },
  action: {
    what: 'الإجراء',
    none: (reference: string) => `لم يُسجَّل أي إجراء في ${reference}.`,
    giveSubject: 'حدّد الشخص المعني: --subject S-01.',
    recorded: (reference: string, action: string) => `سُجّل في ${reference}: ${action}`,
  },
  finding: {
    what: 'ما خُلص إليه',
    none: (reference: string) => `لم يُسجَّل أي شيء خُلص إليه في ${reference}.`,
    line: (code: string, outcome: string, version: number, on: string, by: string) =>
      `${code}: ${outcome}${version === 1 ? '' : ` (تصحيح، النسخة ${version})`}، تقرر في ${on} من ${by}.`,
    caseNow: (reference: string, status: string) => `أصبحت حالة ${reference} الآن «${status}».`,
  },
  victimContact: {
    what: 'الاتصال',
    none: (reference: string) => `لم يُسجَّل أي اتصال في ${reference}.`,
    giveVictim: 'حدّد الضحية: --victim V-01.',
    line: (how: string, language: string, told: string, letterDelivered: boolean) =>
      `${how}، باللغة ${language}؛ ما قيل: ${told}${letterDelivered ? ' (سُلّمت رسالة الإغلاق)' : ''}`,
    logged: (reference: string, contact: string) => `سُجّل في ${reference}: ${contact}`,
  },

  assistance: {
    whatOffer: 'عرض المساعدة',
    whatStep: 'خطوة الإحالة',
    none: (reference: string) => `لم تُسجَّل أي مساعدة في ${reference}.`,
    giveVictim: 'حدّد الضحية: --victim V-01.',
    line: (service: string, status: string, at: string, offeredAt: string, providerRecorded: boolean) =>
      `${service} — ${status} (${at})؛ عُرضت في ${offeredAt}${providerRecorded ? '، وسُجّل مقدّم الخدمة' : ''}`,
    offered: (reference: string, referral: string) => `عُرضت في ${reference}: ${referral}`,
    updated: (reference: string, referral: string) => `حُدّثت في ${reference}: ${referral}`,
  },
  followup: {
    whatItem: 'بند المتابعة',
    whatReply: 'الرد',
    none: (reference: string) => `لا توجد بنود متابعة في ${reference}.`,
    giveItemAndLetter: 'حدّد بند المتابعة والرسالة: --item ID --letter ID.',
    sentTo: (kind: string, to: string, subject: string | undefined) =>
      `${kind} إلى ${to}${subject === undefined ? '' : ` بشأن ${subject}`}`,
    replyDue: (at: string) => `الرد منتظر في ${at}`,
    answered: (at: string) => `ورد الرد في ${at}`,
    replies: (count: number) => `الردود: ${count}`,
    lettersLinked: (count: number) => `الرسائل المرتبطة: ${count}`,
    opened: (reference: string, item: string) => `فُتح في ${reference}: ${item}`,
    linked: (reference: string, item: string) => `رُبطت رسالة في ${reference}: ${item}`,
    replied: (reference: string, item: string) => `سُجّل رد في ${reference}: ${item}`,
  },
  investigation: {
    qualifiedYesNo: 'يأخذ الخيار --qualified القيمة yes أو no.',
    whatAction: 'إجراء التحقيق',
    whatOutcome: 'النتيجة',
    none: (reference: string) => `لم يُسجَّل أي إجراء تحقيق في ${reference}.`,
    giveActionAndOutcome: 'حدّد الإجراء وكيف انتهى: --action ID --outcome OUTCOME.',
    evidence: (numbers: string) => `الأدلة ${numbers}`,
    closed: (deadlines: string) => `أُغلق: ${deadlines}`,
    clockClosed: (clock: string, count: number) => (count === 1 ? clock : `${clock} (${deadlines(count)})`),
    concluded: (reference: string, action: string) => `اختُتم في ${reference}: ${action}`,
    recorded: (reference: string, action: string) => `سُجّل في ${reference}: ${action}`,
  },

  identity: {
    fileAfter: (option: string) => `أعطِ اسم ملف بعد --${option}.`,
    exists: (given: string) => `${given} موجود من قبل؛ حدّد ملفًا جديدًا.`,
    secretWarning: text(
      'هوية age هي المفتاح السري لهذه الخزنة: من يحوز الملف يستطيع فتح كل حزمة مرسلة إليها. ',
      'أضف --i-understand لكتابتها، واحذف الملف بعد استخدامه.',
    ),
    recipient: 'تستلم هذه الخزنة حزم القضايا على متلقي age هذا:',
    fingerprint: (fingerprint: string) => `بصمة مفتاح التوقيع: ${fingerprint}`,
    card: 'بطاقة الاتصال (أعطها للزملاء؛ فهي لا تحتوي إلا على مفاتيح عامة):',
    publicWritten: (file: string) =>
      `كُتب مفتاح التوقيع العام في ${file} (PEM، من أجل openssl pkeyutl -verify -pubin -rawin).`,
    secretWritten: (file: string) => `كُتبت هوية age السرية في ${file}: احفظها في مكان آمن واحذفها بعد استخدامها.`,
  },
  contact: {
    verified: 'متحقَّق منها',
    notVerified: 'غير متحقَّق منها',
    recipient: 'المتلقي',
    fingerprint: 'بصمة مفتاح التوقيع',
    safetyNumber: 'رقم الأمان',
    id: 'المعرّف',
    card: 'بطاقة الاتصال',
    signingKey: 'مفتاح التوقيع',
    unreadable: (what: string, given: string) => `تعذّرت قراءة ملف ${what} ${given}.`,
    giveCardOrKeys: 'أعطِ --card FILE، أو --name و--recipient age1… و--signing-key FILE (ملف PEM).',
    added: 'أُضيفت، ولم يُتحقّق منها بعد:',
    compare: 'قارن رقم الأمان مع زميلك (شخصيًا أو باتصال تثق به)، ثم:',
    none: 'لا توجد جهات اتصال بعد.',
    nameIt: 'حدّد جهة الاتصال: casefile contact verify ID (انظر casefile contact list).',
    markedVerified: 'وُسمت بأنها متحقَّق منها:',
  },
  stats: {
    what: 'تصدير الإحصاءات',
    noMissions: 'لا توجد بعد قضية في هذه الخزنة تذكر بعثة أو جهة: احذف --mission.',
    unknownMission: (named: string) => `لا توجد قضية تذكر هذه البعثة أو الجهة. المذكورة في القضايا: ${named}.`,
    notWritten: 'لم تُكتب الإحصاءات.',
    written: (path: string, sha256: string) => `كُتبت الإحصاءات في ${path} (SHA-256 ${sha256}).`,
  },
  consent: {
    what: 'قرار الموافقة',
    giveDecision: text(
      'أعطِ القرار مع --input FILE|-، أو مع --person و--purpose و--decision (انظر ',
      'casefile consent --help).',
    ),
    notBoth: (option: string) => `أعطِ القرار إما مع --input وإما بخيارات (--${option})، لا الاثنين معًا.`,
    byCodeNeedsCase: 'الشخص المعطى برمزه (V-01) يحتاج إلى القضية: --case CASE.',
    recorded: (
      person: string,
      purpose: string,
      decision: string,
      guardian: string | undefined,
      byGuardian: boolean,
      oneRecipient: boolean,
      at: string,
    ) =>
      `سُجّل لـ ${person}: ${purpose} — ${decision} ` +
      `${byGuardian ? `من الولي${guardian ? ` (${guardian})` : ''}` : 'من الشخص نفسه'}` +
      `${oneRecipient ? '، لجهة متلقية واحدة' : ''}، بتاريخ ${at}.`,
  },

  paternity: {
    what: 'سجل الطفل',
    born: 'يأخذ الخيار --born يومًا (2025-11-20) أو شهرًا (2025-11) أو سنة (2025) أو unknown.',
    sampleTaken: (on: string) => `أُخذت عينة الحمض النووي في ${on}`,
    sampleSent: (on: string) => `أُرسلت في ${on}`,
    result: (result: string, on: string) => `النتيجة: ${result} (${on})`,
    stateContacted: (on: string, how: string) => `جرى الاتصال بالدولة العضو في ${on} (${how})`,
    supportOrdered: (on: string) => `تقررت النفقة في ${on}`,
    supportPaid: (on: string) => `دُفعت النفقة في ${on}`,
    child: (code: string, mother: string, subject: string) => `${code} (الأم ${mother}، الشخص المعني ${subject})`,
    noSuchChild: (ref: string, reference: string) => `لا يوجد سجل طفل ${ref} في ${reference}.`,
    none: (reference: string) => `لا توجد سجلات أطفال في ${reference}.`,
    giveChild: 'حدّد سجل الطفل: --child C-01.',
    notBoth: (option: string) => `أعطِ السجل إما مع --input وإما بخيارات (--${option})، لا الاثنين معًا.`,
    recorded: (reference: string, child: string) => `سُجّل في ${reference}: ${child}`,
    updated: (reference: string, child: string) => `حُدّث في ${reference}: ${child}`,
  },
  deadlines: {
    closedBefore: (span: string) => `أُغلقت قبل الموعد بـ ${span}`,
    closedLate: (span: string) => `أُغلقت متأخرة بـ ${span}`,
    overdue: (span: string) => `متأخرة بـ ${span}`,
    left: (span: string) => `يتبقى ${span}`,
    span: (days: number, hours: string, minutes: string) =>
      `${days > 0 ? `${days} يوم ` : ''}${hours} ساعة ${minutes} دقيقة`,
    none: 'لا توجد مهل مفتوحة.',
    headings: {
      due: (timeZone: string) => `الموعد (${timeZone})`,
      countdown: 'العد التنازلي',
      state: 'الحالة',
      firmness: 'الطبيعة',
      case: 'القضية',
      concerns: 'تخص',
      id: 'المعرّف',
      clock: 'المهلة',
    },
    giveId: 'أعطِ معرّف المهلة، أو على الأقل أحرفه الستة الأولى كما يطبعها casefile deadlines.',
    noMatch: (ref: string) => `لا توجد مهلة لقضية غير مؤرشفة يبدأ معرّفها بـ ${ref}.`,
    ambiguous: (ref: string, count: number) => `${ref} يطابق ${count} من المهل: أعطِ مزيدًا من المعرّف.`,
    closeTakesId: 'يأخذ الأمر casefile deadlines close معرّف المهلة.',
    sayAction: 'بيّن ما اتُّخذ مع --action TEXT: تُغلق المهلة بالإجراء المتخذ.',
    noArgument: 'لا يأخذ الأمر casefile deadlines أي وسيط، أو: close ID --action TEXT.',
  },

  timeline: {
    noEvents: (reference: string) => `${reference}: لا أحداث.`,
    summary: (reference: string, dated: number, undated: number) =>
      `${reference}: أحداث مؤرخة: ${dated}؛ أحداث مجهولة التاريخ: ${undated}.`,
    noDated: '(لا أحداث مؤرخة)',
    dateUnknown: 'تاريخ مجهول:',
    origin: { manual: 'يدوي', derived: 'مستنتج' },
    headings: {
      date: 'التاريخ (كما ذُكر)',
      precision: 'الدقة',
      kind: 'النوع',
      basis: 'الأساس',
      origin: 'المصدر',
      title: 'العنوان',
    },
  },

  evidence: {
    nameFile: 'سمِّ الملف المراد إضافته: casefile evidence add FILE --case CASE.',
    notFound: (given: string) => `لم يُعثر على ${given}.`,
    notAFile: (given: string) => `${given} ليس ملفًا؛ لا يُضاف إلى محتوى الدليل إلا الملفات.`,
    nameCase: 'سمِّ القضية: --case CASE (مرجعها أو معرّفها).',
    typeIsOneOf: (types: string) => `يأخذ --type إحدى القيم التالية: ${types}.`,
    itemOrNew: 'يضيف --item الملف إلى دليل موجود: أما --type و--description فيصفان دليلًا جديدًا.',
    content: (fileName: string, size: string, sha256: string) => `${fileName} (${size}، بصمة SHA-256 ${sha256})`,
    unreadable: (file: string) => `تعذّرت قراءة ${file}.`,
    adding: (name: string) => `إضافة ${name}`,
    notReadBack: 'أُضيف الملف، لكن تعذّرت قراءة سجله بعد ذلك.',
    added: (content: string, number: string, reference: string) => `أُضيف ${content} إلى ${number} في ${reference}.`,
    signedOnAdding: (fingerprint: string) => `وُقّع المصدر بمفتاح هذه الخزنة المشفرة (البصمة ${fingerprint}).`,
    oneOrAll: 'تحقّق من دليل واحد (casefile evidence verify ITEM) أو من جميع الأدلة (--all).',
    verifying: 'جارٍ التحقق',
    failure: (number: string, fileName: string, problem: string) => `${number} ${fileName}: ${problem}`,
    failed: (failed: number, checked: number, list: readonly string[]) =>
      `أخفق في التحقق ${failed} من أصل ${files(checked)}، ووُضعت عليها علامة: ${list.join('؛ ')}.`,
    verified: (count: number, size: string) => `تم: فُكّ تشفير ${files(count)} وأُعيد حساب بصمتها (${size}).`,
    nameItemToExport: 'سمِّ الدليل: casefile evidence export ITEM --to PATH.',
    noFileWithId: (number: string) => `لا يحوي ${number} ملفًا بهذا المعرّف.`,
    noFiles: (number: string) => `لا يحوي ${number} أي ملف.`,
    chooseContent: (number: string, count: number, list: string) =>
      `يحوي ${number} ${files(count)}؛ اختر واحدًا منها بـ --content ID: ${list}.`,
    exportCancelled: 'أُلغي التصدير.',
    exported: (fileName: string, number: string, path: string, sha256: string) =>
      `صُدّر ${fileName} من ${number} إلى ${path} (بصمة SHA-256 ${sha256}، تم التحقق منها). ` +
      'هذا التصدير مسجّل في سجل التدقيق.',
    notSigned: (fileName: string) => `${fileName}: لم يُوقَّع بعد (ملف سُجّل قبل بدء التوقيع: تحقّق منه ليُوقَّع).`,
    signedAtIngest: (fileName: string, at: string) => `${fileName}: وُقّع عند الإضافة، ${at}`,
    signedAtVerification: (fileName: string, at: string) =>
      `${fileName}: وُقّع عند أول تحقق منه، ${at} (سُجّل قبل بدء توقيع المصدر)`,
    signerFingerprint: (fingerprint: string) => `  بصمة مفتاح الموقِّع: ${fingerprint}`,
    statement: (statement: string) => `  البيان: ${statement}`,
    signature: (signature: string) => `  التوقيع (Ed25519، base64): ${signature}`,
    nameItemForProvenance: 'سمِّ الدليل: casefile evidence provenance ITEM [--out DIR].',
    folderTaken: (out: string) => `${out} موجود أصلًا أو يتعذّر إنشاؤه؛ سمِّ مجلدًا جديدًا.`,
    provenanceWritten: (folder: string, command: string) => `كُتب في ${folder}. تحقّق من كل ملف بالأمر: ${command}`,
    reportWhat: 'تقرير التحقق',
    nameCaseForReport: 'سمِّ القضية: casefile evidence verification-report CASE --out FILE.',
    reportNotWritten: 'لم يُكتب التقرير.',
    thisVault: (fingerprint: string) => `${fingerprint} (هذه الخزنة المشفرة)`,
    reportWritten: (reference: string, path: string, sha256: string) =>
      `كُتب تقرير التحقق الخاص بـ ${reference} في ${path} (بصمة SHA-256 ${sha256}):`,
    reportCounts: (items: number, count: number, signed: number) =>
      `الأدلة: ${items}؛ الملفات: ${count}؛ الملفات الموقّعة: ${signed}.`,
    signers: (fingerprints: readonly string[]) =>
      fingerprints.length === 0
        ? 'بصمات مفاتيح الموقّعين: لا شيء.'
        : `بصمات مفاتيح الموقّعين: ${fingerprints.join('، ')}.`,
  },

  custody: {
    notBoth: (option: string) => `أعطِ الحدث إما بـ --input وإما بالخيارات (--${option})، لا بكليهما.`,
    sayKind: (kinds: string) => `بيّن ما حدث: --kind ${kinds}.`,
    what: 'حدث عهدة',
    hashMatches: (fileName: string) => `${fileName}: البصمة مطابقة`,
    hashFailed: (fileName: string, problem: string) => `${fileName}: إخفاق (${problem})`,
    noMatch: 'البصمة غير مطابقة',
    event: (sequence: number, kind: string, at: string, checks: readonly string[]) =>
      `رقم ${sequence}: ${kind} في ${at}${checks.length > 0 ? `؛ ${checks.join('؛ ')}` : ''}`,
    nameItem: (subcommand: string) => `سمِّ الدليل: casefile custody ${subcommand} ITEM (E-0001 مع --case، أو معرّفه).`,
    failedRecheck: (number: string, failed: number, event: string) =>
      `سُجّل على ${number}، لكن أخفق ${files(failed)} في إعادة التحقق من البصمة ووُضعت عليها علامة: ${event}.`,
    logged: (number: string, reference: string, event: string) => `سُجّل على ${number} (${reference}): ${event}.`,
    withPurpose: (event: string, purpose: string) => `${event} — ${purpose}`,
    none: (number: string) => `لم يُسجَّل أي حدث عهدة لـ ${number}.`,
    reportWhat: 'تقرير سلسلة العهدة',
    reportNotWritten: 'لم يُكتب التقرير.',
    reportWritten: (number: string, path: string, sha256: string) =>
      `كُتب تقرير سلسلة العهدة الخاص بـ ${number} في ${path} (بصمة SHA-256 ${sha256}).`,
  },

  backup: {
    notStarted: 'لم يبدأ أي نسخ احتياطي.',
    noOutcome: 'انتهى النسخ الاحتياطي دون أن يبيّن ما كتبه.',
    backingUp: 'جارٍ إنشاء النسخة الاحتياطية',
    done: (folder: string, at: string) => `أُنشئت نسخة احتياطية في ${folder} في ${at}، وقُرئت كاملةً للتحقق منها.`,
    files: (count: number, copied: number, kept: number, rechecked: number, written: string) =>
      `ملفات الأدلة: ${count} (نُسخ منها الآن: ${copied}؛ موجودة أصلًا في النسخة الاحتياطية: ${kept}، ` +
      `أُعيدت قراءة ${rechecked} منها والتحقق منها)؛ كُتب ${written}.`,
    never: 'لم تُنشأ قط نسخة احتياطية لهذه الخزنة المشفرة.',
    last: (at: string) => `آخر نسخة احتياطية: ${at}.`,
    due: (count: number) => `حان وقت النسخة الاحتياطية (يأتي التذكير بعد ${days(count)}).`,
    notDue: (count: number) => `لم يحن بعد وقت النسخة الاحتياطية (يأتي التذكير بعد ${days(count)}).`,
    takes: 'يأخذ الأمر casefile backup الخيار --to DIR، أو الكلمة status.',
    notBoth: 'أعطِ إما --to DIR وإما status، لا كليهما.',
    verifyAllWithTo: 'يُستعمل --verify-all مع --to DIR.',
    sayWhere: 'بيّن أين تُكتب النسخة الاحتياطية: casefile backup --to DIR.',
    sayWhich: 'بيّن أي نسخة احتياطية تُستعاد: casefile restore --from DIR --vault NEW.',
    notFound: (from: string) => `لم يُعثر على ${from}.`,
    nothingRestored: 'لم يُستعد شيء.',
    restored: (at: string, dir: string, cases: number, count: number) =>
      `استُعيدت النسخة الاحتياطية المؤرخة ${at} في ${dir}: القضايا: ${cases}؛ ملفات الأدلة: ${count}؛ ` +
      'وتم التحقق من كل ملف.',
    unlockAsBefore: 'افتحها بعبارة المرور نفسها أو بمفتاح الاسترداد نفسه الخاص بالخزنة المشفرة التي نُسخت.',
  },

  person: {
    giveRole: 'أعطِ الشخص بـ --input FILE|-، أو على الأقل بـ --role ROLE.',
    roleIsOneOf: (roles: string) => `يأخذ --role إحدى القيم التالية: ${roles}.`,
    doesNotApply: (option: string, role: string) => `لا ينطبق --${option} على الدور ${role}.`,
    notBoth: (what: 'person' | 'profile', option: string) =>
      `أعطِ ${what === 'person' ? 'الشخص' : 'الملف التعريفي'} إما بـ --input وإما بالخيارات (--${option})، لا بكليهما.`,
    theCase: 'القضية',
    nameCase: 'سمِّ القضية: --case CASE (مرجعها أو معرّفها).',
    what: 'الملف التعريفي للشخص',
    added: (code: string, role: string, reference: string, id: string) =>
      `أُضيف ${code} (${role}) إلى ${reference}. المعرّف: ${id}`,
    sayWhatChanges: 'بيّن ما يتغير: --input FILE|- أو أحد الخيارات.',
    roleNeverChanges: (code: string, role: string) => `دور ${code} هو ${role}؛ ولا يتغير الدور أبدًا.`,
    updated: (code: string, reference: string) => `حُدّث ${code} في ${reference}.`,
    namePerson: (subcommand: string) => `سمِّ الشخص: casefile person ${subcommand} V-01 --case CASE.`,
    addTakesNoPerson: 'لا يأخذ الأمر person add أي شخص: يُسند رمزه تلقائيًا.',
    shown: (code: string, role: string, reference: string, id: string) =>
      `${code} — ${role}، في ${reference}. المعرّف: ${id}`,
    guardianImplicated: 'سُجّل استثناء (الولي متورط)',
    everySubject: 'غير مسجَّل (تذكر رسالة الإغلاق الخاصة بها كل شخص معني في القضية)',
    noIdentity: 'لا شيء',
  },

  interview: {
    notesFile: (path: string) => `ملف الملاحظات ${path}`,
    stdin: 'الإدخال القياسي',
    notesTooLarge: (where: string) => `تتجاوز الملاحظات في ${where} حجم 4 ميبيبايت.`,
    giveNotes: 'أعطِ الملاحظات نصًا عاديًا: --notes-file FILE (أو - للإدخال القياسي).',
    notUtf8: (where: string) => `الملاحظات في ${where} ليست بترميز UTF-8 صالح.`,
    givePlace: 'أعطِ ترتيبات المقابلة بـ --input FILE|-، أو على الأقل بـ --place-type TYPE.',
    notBoth: (option: string) => `أعطِ ترتيبات المقابلة إما بـ --input وإما بالخيارات (--${option})، لا بكليهما.`,
    theCase: 'القضية',
    theInterviewee: 'الشخص الذي تُجرى معه المقابلة',
    nameCaseAndPerson: 'سمِّ القضية والشخص الذي تُجرى معه المقابلة: --case CASE --person PERSON.',
    arrangements: 'ترتيبات المقابلة',
    reason: 'السبب (--reason TEXT)',
    planned: (code: string, at: string | undefined, reference: string, id: string) =>
      `خُطّط لمقابلة ${code}${at === undefined ? '' : ` بتاريخ ${at}`} في ${reference}. المعرّف: ${id}`,
    nameInterview: (subcommand: string) => `سمِّ المقابلة: casefile interview ${subcommand} INTERVIEW_ID.`,
    conducted: (code: string, at: string | undefined) =>
      `سُجّلت مقابلة ${code}${at === undefined ? '' : ` بتاريخ ${at}`} على أنها أُجريت.`,
    notesSaved: (code: string, at: string | undefined, revision: number) =>
      `حُفظت ملاحظات مقابلة ${code}${at === undefined ? '' : ` بتاريخ ${at}`} (المراجعة ${revision}).`,
    signed: (code: string, at: string | undefined) =>
      `وُقّعت مقابلة ${code}${at === undefined ? '' : ` بتاريخ ${at}`}: ملاحظاتها هي النسخة 1، للقراءة فقط؛ ` +
      'وأي تغيير يكون تعديلًا مُلحقًا.',
    amended: (code: string, at: string | undefined, version: number) =>
      `عُدّلت ملاحظات مقابلة ${code}${at === undefined ? '' : ` بتاريخ ${at}`}: النسخة ${version}؛ ` +
      'وتبقى كل نسخة سابقة مقروءة.',
    addTakesNoId: 'لا يأخذ الأمر casefile interview add معرّف مقابلة؛ بل يطبع معرّف المقابلة الجديدة.',
  },

  letter: {
    headings: { template: 'القالب', recipient: 'المرسَل إليه', languages: 'اللغات', version: 'الإصدار', name: 'الاسم' },
    edited: '(معدَّل)',
    sayCase: 'حدّد القضية: --case REF.',
    lettersFor: (reference: string) => `رسائل ${reference}:`,
    applies: 'تنطبق',
    appliesTo: (codes: readonly string[]) => `تنطبق (${codes.join('، ')})`,
    doesNotApply: (reason: string) => `لا تنطبق: ${reason}`,
    exceptionPossible: 'يجوز إنشاؤها استثناءً (--exception-reason)',
    more: (count: number) => `… و${count} غيرها (يسمّي letter render واحدًا منها ويبيّن هل تنطبق الرسالة)`,
    sayCaseAndTemplate: 'حدّد القضية والقالب: --case REF --template ID.',
    particularsRefused: (problems: string) => `رُفضت بيانات الرسالة (--input): ${problems}.`,
    nameAdvocate: 'سمِّ المدافع أيضًا: --advocate NAME.',
    addressee: 'المرسَل إليه (recipientName)',
    checkFirst: 'لم تُنشأ الرسالة. تحقّق أولًا مما يلي:',
    despiteWarnings: 'أعطِ ما ينقص في --input، أو أضف --despite-warnings لإنشائها على حالها.',
    notWritten: 'سُجّلت الرسالة لكنها لم تُكتب.',
    registered: (
      template: string,
      version: number,
      language: string,
      reference: string,
      path: string,
      sha256: string,
    ) => `سُجّل ${template} v${version} (${language}) للقضية ${reference} وكُتب في ${path} (SHA-256 ${sha256}).`,
    withheld: (codes: readonly string[]) => `هويات حُجبت (لا موافقة لهذا المرسَل إليه): ${codes.join('، ')}.`,
    exception: 'أُنشئت استثناءً: فهي لا تنطبق على القضية بحالتها الراهنة.',
    discreet: 'صيغة متحفظة: بلا ترويسة ولا شعار، وبعناوين محايدة.',
    exporting: (reference: string) => `تصدير رسائل ${reference}`,
    wrote: (count: number, folder: string) => `كُتب في ${folder} ${files(count)}:`,
    closureGroundNeeds: text(
      'حدّد القضية والضحية، والسبب، ومن قرّر ومتى: ',
      '--case --victim --ground --decided-by --decided-on.',
    ),
    closureRecorded: (code: string, reference: string, ground: string, decidedBy: string, decidedOn: string) =>
      `سُجّل لـ ${code} في ${reference}: ${ground}، بقرار من ${decidedBy} في ${decidedOn}.`,
  },

  bundle: {
    nameBundle: (subcommand: string) => `سمِّ الحزمة: casefile bundle ${subcommand} FILE.casefile.`,
    kind: 'حزمة (.casefile)',
    passphrase: 'عبارة مرور الحزمة',
    signedByContact: (name: string, verified: boolean, fingerprint: string) =>
      `وقّعها ${name}، ` +
      `${verified ? 'وهو جهة اتصال متحقَّق منها' : 'وهو جهة اتصال لم يُتحقَّق منها بعد (قارن أرقام الأمان)'}؛ ` +
      `مفتاح التوقيع ${fingerprint}.`,
    signedByStranger: (fingerprint: string | null) =>
      `وقّعها شخص ليس من جهات اتصالك (مفتاح التوقيع ${fingerprint ?? 'غير مذكور'}).`,
    unsigned: 'غير موقّعة: لا شيء يبيّن من أعدّها.',
    omitted: { identities: 'هويات الأشخاص', letter_files: 'ملفات الرسائل' },
    leftOut: (omitted: readonly string[]) => `ما استبعده المرسِل: ${joinAnd(omitted)}.`,
    counts: (kind: string, added: number, changed: number, kept: number, same: number, conflicting: number) =>
      `  ${kind}: جديدة: ${added}؛ أحدث (أُخذت): ${changed}؛ أُبقيت كما هي هنا (عُدّلت هنا فقط): ${kept}؛ ` +
      `متطابقة: ${same}${conflicting > 0 ? `؛ عُدّلت في الجانبين: ${conflicting}` : ''}`,
    bundled: (reference: string, at: string, here: boolean) =>
      `القضية ${reference}، حُزمت في ${at}${here ? ' (موجودة أصلًا في هذه الخزنة)' : ''}.`,
    arrivesAs: (sender: string, reference: string) =>
      `المرجع الذي أعطاه المرسِل ${sender} هو مرجع قضية أخرى هنا: فتصل باسم ${reference}.`,
    evidenceFiles: (count: number, size: string) => `${evidenceFiles(count)} (${size})، وقد تُحقّق من كل منها.`,
    imported: 'استُوردت.',
    dryRun: 'لم يُكتب شيء (تجربة دون تنفيذ).',
    noContact: (name: string) => `لا توجد جهة اتصال باسم ${name}؛ انظر casefile contact list.`,
    sameName: (count: number, name: string) =>
      `هناك ${contacts(count)} باسم ${name}. حدّد الجهة المقصودة بمعرّفها أو بمتلقيها age1… ` +
      '(انظر casefile contact list).',
    nameCase: 'سمِّ القضية: casefile bundle export CASE --to FILE.casefile.',
    sayWhere: 'بيّن أين تُكتب الحزمة: --to FILE.casefile.',
    fileExists: (file: string) => `${file} موجود أصلًا؛ سمِّ ملفًا جديدًا.`,
    recipientsOrPassphrase:
      'شفّر الحزمة إما لـ --recipient (جهات اتصال أو مفاتيح age1…) وإما بـ --bundle-passphrase-file F.',
    withoutTakes: (accepted: string) => `يأخذ --without: ${accepted}.`,
    notStarted: 'لم تبدأ أي حزمة.',
    exportSaidNothing: 'انتهى التصدير دون أن يبيّن ما كتبه.',
    exporting: 'التصدير',
    checking: 'التحقق',
    importing: 'الاستيراد',
    written: (reference: string, file: string, size: string) =>
      `كُتبت القضية ${reference} في ${file} (${size}، مشفرة بـ age).`,
    manifest: (sha256: string) => `SHA-256 لبيان المحتويات: ${sha256}`,
    notYetVerified: (names: readonly string[]) =>
      `لم يُتحقَّق بعد من: ${names.join('، ')}. قارن أرقام الأمان قبل إرسال الملف.`,
    importNotStarted: 'لم يبدأ أي استيراد.',
    importSaidNothing: 'انتهى الاستيراد دون أن يبيّن ما قرأه.',
    notAConflict: (key: string) => `${key} ليس سجلًا عُدّل في الجانبين في هذه الحزمة؛ لم يُستورد شيء.`,
    verified: (reference: string, at: string) =>
      `تم: القضية ${reference}، حُزمت في ${at}؛ ` + 'كل مدخل يطابق بصمته SHA-256.',
    verifiedCounts: (count: number, filesCount: number, size: string) =>
      `${entries(count)}، ${evidenceFiles(filesCount)} (${size}).`,
    conflict: (number: number, record: string) => `التعارض ${number}: عُدّل ${record} هنا وفي الحزمة.`,
    changedOnBothSides: (field: string, here: string) => `${field}، عُدّل في الجانبين: هنا ${here}`,
    inTheBundle: (there: string) => `في الحزمة ${there}`,
    taken: (field: string, there: string, here: string) =>
      `${field}، عُدّل في الحزمة فقط: تؤخذ القيمة ${there} (هنا ${here})`,
    kept: (field: string, here: string, there: string) =>
      `${field}، عُدّل هنا فقط: تُبقى القيمة ${here} (في الحزمة ${there})`,
    takeTheirs: (key: string) => `تُبقى قيمة هذه الخزنة حيث عدّلها الجانبان؛ ولأخذ قيمة الحزمة: --take-theirs ${key}`,
  },

  instant: (date: string, zone: string) => `${date} (${zone})`,

  evidenceFiles: {
    numberNeedsCase: (ref: string) => `${ref} رقم داخل قضية: أضف --case CASE.`,
    noSuchItem: (ref: string, reference: string) => `لا يوجد ${ref} في ${reference}.`,
    giveItem: 'أعطِ الدليل برقمه (E-0001، مع --case) أو بمعرّفه.',
    sayWhere: (option: string) => `بيّن أين يُكتب الملف: --${option} PATH.`,
    pathTaken: (path: string) => `${path} موجود أصلًا؛ اختر مسارًا آخر (لا يُكتب فوق أي ملف).`,
    filesDone: (done: number, total: number) => `${done} من أصل ${files(total)}`,
    rowsDone: (done: number, total: number) => `${done} من أصل ${rows(total)} في سجل التدقيق`,
    bytesDone: (done: string, total: string | undefined, percent: number | undefined, rate: string) =>
      `${done}${total === undefined ? '' : ` من أصل ${total}`}` +
      `${percent === undefined ? '' : ` ${percent}%`}، ${rate}`,
    cancelled: (label: string) => `${label}: أُلغيت العملية؛ لم يُحتفظ بشيء.`,
  },

  commands: {
    init: {
      summary: 'إنشاء خزنة مشفرة في المجلد؛ يُعرض مفتاح استردادها مرة واحدة.',
      options: {},
      details: [
        'ينشئ خزنة مشفرة في مجلد --vault (يُنشأ إن لم يكن موجودًا؛ ويجب ألا يحتوي على خزنة).',
        'تأتي عبارة المرور من --passphrase-file أو من $CASEFILE_PASSPHRASE؛ وإلا تُطلب مرتين دون إظهار ما يُكتب.',
        'يُطبع مفتاح الاسترداد مرة واحدة (مع --json: {"recoveryKey": "..."}).',
        'المنطقة الزمنية للبعثة (التي تُحسب بها «اليوم» و«نهاية اليوم» في المهل) هي في البداية منطقة هذا',
        'الحاسوب؛ غيّرها بالأمر casefile call clocks.update.',
      ],
    },
    unlock: {
      summary: 'التحقق من أن عبارة المرور (أو مفتاح الاسترداد) تفتح الخزنة.',
      options: {
        check: 'التحقق من السر فقط.',
      },
      details: [
        'يفتح الخزنة بالسر ثم يقفلها من جديد؛ يطبع OK ويخرج بالرمز 0، أو يخرج بالرمز 3 إذا كان السر خاطئًا.',
        'كل أمر آخر يفتح الخزنة بنفسه طوال مدة تشغيله، لذا فإن --check هو الشكل الوحيد.',
      ],
    },
    passwd: {
      summary: 'تغيير عبارة المرور (يبقى مفتاح الاسترداد كما هو).',
      options: {
        'new-passphrase-file': 'قراءة عبارة المرور الجديدة من FILE (يُتجاهل سطر جديد واحد في آخره).',
      },
      details: [
        'تأتي عبارة المرور الحالية من --passphrase-file أو $CASEFILE_PASSPHRASE أو طلب إدخال مخفي؛ وإذا نُسيت،',
        'فأعطِ مفتاح الاسترداد بدلًا منها مع --recovery-key-file. وتأتي عبارة المرور الجديدة من',
        '--new-passphrase-file أو ${{newPassphraseVariable}} أو طلب إدخال مخفي (تُطلب مرتين).',
        'لا يُعاد إلا كتابة مفتاح البيانات المغلّف في vault.json؛ ولا يُعاد تشفير البيانات.',
      ],
    },
    methods: {
      summary: 'سرد كل طرق واجهة البرمجة مع ما تفعله كل منها ومخطط JSON لإدخالها (للمطورين ومسؤولي التكامل).',
      options: {},
      details: [
        'هذه هي الطرق التي يمكن أن يستدعيها «casefile call» (وتطبيق سطح المكتب). مع --json: مصفوفة من',
        '{name, summary, whileLocked, touchesSession, input, output}، والإدخال والإخراج بصيغة JSON Schema.',
        'يُكتب ما تفعله كل طريقة (summary) باللغة التي يتحدث بها سطر الأوامر (--ui-lang)؛ أما الأسماء',
        'والمفاتيح والمخططات فهي واحدة في كل اللغات، فهي ما يقرؤه البرنامج النصي.',
      ],
    },
    call: {
      summary: 'استدعاء أي طريقة من واجهة البرمجة بإدخال JSON؛ يطبع الرد بصيغة JSON.',
      options: {
        input: 'إدخال JSON من FILE، أو من الإدخال القياسي مع -.',
      },
      details: [
        'يرسل إدخال JSON (ملفًا، أو - للإدخال القياسي، أو {} افتراضيًا) إلى METHOD عبر الموجّه نفسه الذي',
        'يستخدمه تطبيق سطح المكتب. الطرق التي تحتاج إلى خزنة مفتوحة تفتحها أولًا بعبارة المرور (أو',
        '--recovery-key-file). تُطبع قيمة الرد بصيغة JSON؛ ويخرج الفشل برمز غير الصفر.',
        'شغّل «casefile methods» لسرد الطرق ومخططات إدخالها.',
      ],
    },
    case: {
      summary: text(
        'فتح قضية عند تسجيلها، وسرد القضايا (مصفّاة ومرتبة)، وعرض إحداها مع سجلها وأشخاصها، ',
        'أو استبعادها من العدد المنشور.',
      ),
      options: {
        title: 'create: عنوان العمل (أسماء مستعارة فقط، لا اسم أبدًا).',
        received: 'create: تاريخ الاستلام، YYYY-MM-DD.',
        entity: 'create: البعثة أو الجهة، مثل MINUSCA.',
        channel: 'create: طريقة الإبلاغ عن الادعاء.',
        confidentiality: 'standard أو confidential (الافتراضي) أو strictly_confidential.',
        urgent: 'create: وسمها عاجلة؛ list: القضايا العاجلة فقط.',
        status: 'list: القضايا التي في هذه الحالات فقط.',
        category: 'list: القضايا التي من هذه الفئات فقط.',
        archived: 'list: تضمين القضايا المؤرشفة.',
        sort: 'list: ترتيب الفرز (الافتراضي updatedAt:desc).',
        ground: 'exclusion: سبب عدم احتساب البلاغ (A/72/751، الحاشية 11).',
        reason: 'exclusion: السبب، بكلماتك.',
        clear: 'exclusion: احتساب القضية من جديد.',
      },
      details: [
        'create: التسجيل بصيغة JSON مع --input (ما تأخذه الطريقة cases.create)، و/أو خيارات للحقول',
        '  الشائعة: --title و--received (تاريخ الاستلام) و--entity (البعثة) و--channel (طريقة الإبلاغ:',
        '  in_person, hotline, email_or_letter, community_based_complaint_mechanism, un_personnel,',
        '  partner_organisation, national_authorities, media, other) و--urgent و--confidentiality.',
        '  الخيارات الموسومة [إلزامي مع create] لازمة ما لم يعطِ --input تلك الحقول.',
        '  الحقل المعطى في الإدخال وكخيار معًا يجب أن يتطابق. يطبع الرقم المرجعي الجديد.',
        'list: --status S1,S2 و--category {{categories}} و--urgent و--archived (تضمين القضايا المؤرشفة)،',
        '  و--sort KEY[:asc|desc] حيث KEY أحد: {{sortKeys}}.',
        '  الحالات: {{statuses}}.',
        'show CASE: القضية برقمها المرجعي (CF-2026-0001) أو معرّفها: حقولها وسجل حالاتها وأشخاصها',
        '  بالرمز المستعار. لا تُطبع الأسماء أبدًا؛ ولا يُطبع كذلك المكان السري للغاية.',
        'exclusion CASE: استبعاد القضية من الإحصاءات المنشورة (A/72/751، الحاشية 11) مع --ground',
        '  ({{grounds}})',
        '  و--reason TEXT؛ و--clear يعيد احتسابها. تبقى القضية في الملف؛ ويُسجَّل التغيير في سجل التدقيق.',
        'مع --json: يطبع create سجل القضية، وlist {items}، وshow {case, people}، وexclusion سجل القضية.',
      ],
    },
    person: {
      summary: text(
        'إضافة شخص إلى قضية (يُسنَد الرمز المستعار V-01 أو S-01… ويُطبع)، أو تعديل بياناته، ',
        'أو عرضها بالرموز.',
      ),
      options: {
        case: 'القضية، برقمها المرجعي (CF-2026-0001) أو بمعرّفها.',
        role: 'victim أو witness أو subject أو reporter أو guardian أو interpreter أو support_person.',
        sex: 'الضحية أو الشاهد: female أو male أو unknown (الافتراضي).',
        'age-band': 'الضحية أو الشاهد: adult أو minor أو unknown (الافتراضي).',
        language: 'اللغة المحكية بوسم BCP 47 (fr، sg، ar-SD).',
        guardian: 'الضحية: رمز الولي (G-01) أو معرّفه.',
        subjects: 'الضحية: الأشخاص المعنيون الذين يتعلق بهم ادعاؤها، برموز (S-01,S-02) أو معرّفات مفصولة بفواصل.',
        'personnel-category': text(
          'الشخص المعني: civilian_int, civilian_ns, civilian_unv, military_mc, military_mo, police_unpol, ',
          'police_fpu, contractor, non_un_force, implementing_partner أو unknown.',
        ),
        rank: 'الشخص المعني: الرتبة العسكرية أو الشرطية، أو الدرجة الوظيفية.',
        'investigating-entity': text(
          'الشخص المعني: جهة التحقيق (oios, tcc_pcc, joint_tcc_oios, mission_siu, un_police, ad_hoc_panel, ',
          'agency_investigators)؛ الافتراضي tcc_pcc مع military_mc وpolice_fpu، وإلا oios.',
        ),
        nationality: 'الشخص المعني: رمز البلد وفق ISO 3166-1 alpha-3.',
        unit: 'الشخص المعني: الوحدة أو الوحدة العسكرية.',
        function: 'الشخص المعني: الوظيفة.',
        'un-personnel': 'المبلِّغ: من موظفي الأمم المتحدة.',
        relationship: 'الولي: parent, relative, legal_guardian, appointed_representative, other.',
        languages: 'المترجم الشفوي: اللغات، مفصولة بفواصل.',
        vetted: 'المترجم الشفوي: خضع للتدقيق.',
        'support-kind': 'شخص الدعم: psychosocial_worker, trusted_adult, ngo_representative, other.',
        confidentiality: 'standard أو confidential (الافتراضي) أو strictly_confidential.',
      },
      details: [
        'يُعطى الشخص إما بصيغة JSON مع --input (ما تأخذه الطريقة people.add:',
        '{"profile": {...}, "identity": {...}}، و"caseId" اختياري عند إعطاء --case)، وإما بخيارات',
        'للبيانات: --role victim|witness|subject|reporter|guardian|interpreter|support_person، ثم',
        'الخيارات الخاصة بالدور. لا تُقبل حقول الهوية (الأسماء، وبيانات الاتصال، وتاريخ الميلاد) إلا في',
        '--input، ولا تُقبل كخيارات أبدًا: فسطر الأوامر يبقى في سجل الأوامر.',
        'يجوز إعطاء الولي (--guardian، أو profile.guardianPersonId) برمزه (G-01) أو معرّفه، وكذلك',
        'الأشخاص المعنيون الذين يتعلق بهم ادعاء الضحية (--subjects S-01,S-02، أو profile.allegedSubjectIds):',
        'فتبيّن رسالة الإغلاق الموجهة إليها كيف انتهى الأمر بالنسبة إليها وفق ما خُلص إليه بشأنهم',
        '(إن لم يُعطَ: جميع الأشخاص المعنيين).',
        'edit PERSON (رمز أو معرّف) يطبّق الخيارات على البيانات المسجلة (--subjects none يزيل الربط)،',
        'أو يستبدلها بـ --input {"profile": {...}}؛ ولا يتغير الدور أبدًا. show PERSON يطبع البيانات،',
        'والأشخاص الذين تذكرهم بالرمز، وأيّ حقول الهوية مسجلة (لا قيمها أبدًا).',
      ],
    },
    consent: {
      summary: 'إضافة قرار موافقة (مُنحت، رُفضت، سُحبت) إلى سجل شخص.',
      options: {
        person: 'صاحب الموافقة: الرمز (V-01) أو المعرّف.',
        purpose: 'الغرض من الموافقة (انظر أعلاه).',
        decision: 'given أو refused أو withdrawn.',
        by: 'self (الافتراضي) أو guardian.',
        guardian: 'الولي صاحب القرار: الرمز (G-01) أو المعرّف؛ ويعني ضمنًا --by guardian.',
        'decided-at': 'متى قرر الشخص، مع المنطقة الزمنية (2026-03-02T10:30Z)؛ الافتراضي الآن.',
        recipient: 'قصر القرار على جهة متلقية واحدة.',
      },
      details: [
        'يُعطى القرار إما بصيغة JSON مع --input (ما تأخذه الطريقة consents.record)، وإما بخيارات.',
        'الأغراض: interview, recording, medical_exam, forensic_sampling, referral_to_services,',
        'sharing_with_national_authorities، وun_disciplinary_process (المشاركة مع الإجراءات التأديبية للأمم',
        'المتحدة: تلزم لرسالة إلى الموارد البشرية أو إلى برنامج متطوعي الأمم المتحدة)، أو custom:<تسمية>.',
        'بالنسبة إلى القاصر، قرار الولي هو الموافقة',
        '(--by guardian --guardian G-01) وقرار الطفل نفسه (--by self) هو القبول: ويلزم الاثنان معًا.',
        'يجوز إعطاء الأشخاص بالرمز (V-01) مع --case.',
        'من دون --decided-at يؤرَّخ القرار بالآن. لا يُعدَّل السجل أبدًا: تغيير الرأي قرار جديد؛',
        'ولا يجوز سحب إلا موافقة سارية.',
      ],
    },
    assistance: {
      summary: 'عرض المساعدة على ضحية ومتابعة إحالتها إلى مقدّم الخدمة، خطوة بخطوة.',
      options: {
        victim: 'الضحية: V-01 أو المعرّف.',
        service: 'الخدمة (انظر أعلاه).',
        provider: 'مقدّم الخدمة (يلزم قبل الإحالة).',
        advocate: 'المدافع عن حقوق الضحايا المعني.',
        referral: 'معرّف الإحالة (انظر list).',
        status: 'الخطوة التالية (انظر أعلاه).',
        reason: 'سبب عدم إتمامها (أو رفضها).',
        at: 'متى حدث ذلك، مع المنطقة الزمنية؛ الافتراضي الآن.',
      },
      details: [
        'offer: --victim (V-01 أو المعرّف)، --service (medical, psychosocial, legal, shelter, livelihood,',
        'education, child_support)، واختياريًا --provider و--advocate (المدافع عن حقوق الضحايا).',
        'لا يحتاج العرض إلى موافقة: فهو يُقدَّم سواء شاركت الضحية في التحقيق أم لا.',
        'update --referral ID --status: accepted أو refused (بعد offered)، in_progress (الإحالة إلى مقدّم',
        'الخدمة، بعد accepted: تحتاج إلى مقدّم الخدمة وإلى موافقة الضحية على referral_to_services لذلك',
        'المقدّم، انظر casefile consent record)، ثم completed أو not_completed (مع --reason).',
        'من دون --at تؤرَّخ الخطوة بالآن. list: إحالات القضية، أو إحالات ضحية واحدة (--victim).',
      ],
    },
    'victim-contact': {
      summary: 'تسجيل كل اتصال بضحية (متى، ومن، وكيف، وبأي لغة، ومع أي مترجم شفوي، وما قيل لها).',
      options: {
        victim: 'الضحية: V-01 أو المعرّف.',
        by: 'من أجرى الاتصال من الفريق.',
        how: 'الطريقة (انظر أعلاه).',
        language: 'اللغة المستخدمة.',
        told: 'ما قيل للضحية.',
        interpreter: 'المترجم الشفوي: I-01 أو المعرّف.',
        note: 'ملاحظة سرية.',
        at: 'متى، مع المنطقة الزمنية؛ الافتراضي الآن.',
      },
      details: [
        'log: --victim (V-01 أو المعرّف)، --by (من الفريق)، --how (in_person, phone, message,',
        'intermediary, letter)، --language (fr، sg، ar-SD…)، --told (progress, outcome, assistance،',
        'مفصولة بفواصل)، واختياريًا --interpreter (I-01: مترجم شفوي في القضية) و--note (سرية).',
        'من دون --at يؤرَّخ الاتصال بالآن. يُسجَّل تسليم رسالة الإغلاق، بعد تسجيله، اتصالًا من تلقاء نفسه.',
        'list: اتصالات القضية، أو الاتصالات بضحية واحدة (--victim).',
      ],
    },
    investigation: {
      summary: 'تسجيل إجراءات التحقيق والفحوص الطبية الشرعية (مطلوبة، منجزة، مرفوضة، متعذرة).',
      options: {
        kind: 'ما أُنجز (انظر أعلاه).',
        by: 'من طلبه.',
        person: 'الشخص المعني بالإجراء: V-01 أو S-01 أو المعرّف.',
        evidence: 'الأدلة المرتبطة، مفصولة بفواصل.',
        description: 'ما طُلب (أسماء مستعارة فقط).',
        'requested-at': 'متى طُلب؛ الافتراضي الآن.',
        outcome: 'done أو refused أو not_possible.',
        'outcome-at': 'متى انتهى؛ الافتراضي الآن.',
        result: 'ما أسفر عنه (سري).',
        reason: 'سبب الرفض أو التعذر.',
        qualified: 'فحص أجراه مقدّم خدمة مؤهل.',
        action: 'الإجراء المراد اختتامه.',
      },
      details: [
        'record: --kind (forensic_medical_exam, toxicology_sample, cctv_request, phone_data_preservation,',
        'subject_reference_sample, site_visit, document_request, reputation_restoration, other)، --by (من',
        'طلبه)، واختياريًا --person (V-01 التي فُحصت أو أُخذت منها عينة، S-01 الذي أُخذت منه عينة أو بُرّئ)،',
        '--evidence (E-0001,E-0002)، --requested-at (الافتراضي الآن) و--description. الإجراء المنتهي يأخذ',
        '--outcome (done, refused, not_possible) مع --outcome-at (الافتراضي الآن)، و--result أو --reason،',
        'وللفحص المنجز --qualified yes|no. تُغلق المهلة التي يستجيب لها الإجراء معه (فحص أُنجز أو رُفض،',
        'أو طلب تسجيلات كاميرات أو حفظ بيانات هاتفية أُرسل). conclude: --action ID و--outcome (مع',
        '--outcome-at و--result و--reason و--qualified) لإجراء طُلب من قبل.',
        'list: إجراءات القضية.',
      ],
    },
    finding: {
      summary: 'تسجيل ما خُلص إليه بشأن شخص معني (أو تصحيحه)، أو سرد ما خُلص إليه في قضية.',
      options: {
        person: 'الشخص المعني: S-01 أو المعرّف.',
        outcome: 'ما تقرر.',
        'decided-by': 'من قرره.',
        'decided-on': 'يوم القرار.',
        report: 'الرقم المرجعي لتقرير التحقيق.',
        ground: text(
          'أُغلقت دون تحقيق: victim_declined_to_participate, subject_not_identified, ',
          'subject_separated_from_service أو other.',
        ),
        reason: 'أُغلقت دون تحقيق: السبب، بالكلمات.',
        'correction-reason': 'سبب تصحيح ما خُلص إليه والساري حاليًا.',
      },
      details: [
        'record: --person (S-01 أو المعرّف)، --outcome substantiated|not_substantiated|insufficient_evidence|',
        'closed_without_investigation، --decided-by (oios, tcc_pcc, joint_tcc_oios, mission_siu, un_police,',
        'ad_hoc_panel, agency_investigators)، --decided-on YYYY-MM-DD، و--report REF بعد التحقيق، أو --ground',
        'و--reason عند الإغلاق دون تحقيق. الشخص المعني الذي سبق أن خُلص إلى شيء بشأنه يُصحَّح ذلك مع',
        '--correction-reason: ويُحتفظ بما خُلص إليه سابقًا. وحين يكون لكل شخص معني في القضية ما خُلص إليه،',
        'تُستمد حالة إغلاق القضية منه.',
        'list: كل ما خُلص إليه في القضية (أو بشأن --person)، بكل نسخه، من الأقدم إلى الأحدث.',
      ],
    },
    action: {
      summary: 'تسجيل ما اتُّخذ بشأن شخص معني (تدابير مؤقتة، إعادة إلى الوطن، حظر، فصل، إحالة…).',
      options: {
        subject: 'الشخص المعني: S-01 أو المعرّف.',
        kind: 'الإجراء (انظر أعلاه).',
        source: 'من قرره أو أبلغ عنه.',
        reference: 'الرقم المرجعي للقرار أو التقرير.',
        description: 'ما اتُّخذ.',
        at: 'متى، مع المنطقة الزمنية؛ الافتراضي الآن.',
      },
      details: [
        'record: --subject (S-01 أو المعرّف)، --kind (administrative_leave, payments_withheld, repatriation,',
        'barred_from_future_service, dismissal_or_separation, referral_to_national_authorities,',
        'screening_database_entry, state_reported_action, reputation_restoration, other)، --source (mission,',
        'oios, member_state, contributing_country, organisation, other)، واختياريًا --reference (الرقم المرجعي',
        'للقرار أو التقرير؛ يلزم مع --source other) و--description (يلزم مع --kind other). من دون --at',
        'يؤرَّخ الإجراء بالآن. list: إجراءات القضية، أو إجراءات شخص معني واحد (--subject).',
      ],
    },
    followup: {
      summary: 'سجل المتابعة: الإحالات والإخطارات التي تنتظر ردًا، والردود الواردة.',
      options: {
        to: 'الجهة التي أُرسل إليها.',
        kind: 'referral أو notification.',
        subject: 'الشخص المعني الذي يخصه: S-01 أو المعرّف.',
        addressee: 'المؤسسة المرسَل إليها.',
        note: 'ملاحظة سرية.',
        'sent-at': 'متى أُرسل، مع المنطقة الزمنية؛ الافتراضي الآن.',
        item: 'بند المتابعة.',
        letter: 'الرسالة المراد ربطها (letter list).',
        summary: 'ما يقوله الرد.',
        'action-reported': 'الإجراء الذي يبلغ عنه الرد.',
        at: 'متى ورد الرد؛ الافتراضي الآن.',
      },
      details: [
        'رسالة الإحالة أو الإخطار التي ينشئها Casefile تفتح بندها من تلقاء نفسها. open: لما أُرسل خارج',
        'Casefile، --to (member_state, contributing_country, office)، --kind (referral, notification)،',
        'واختياريًا --subject (S-01) و--addressee و--note و--sent-at (الافتراضي الآن)؛ ويُنتظر رده وفق',
        'المهلة «الرد على إحالة أو إخطار» (الإعدادات). reply: --item ID، --summary، واختياريًا',
        '--action-reported و--at (الافتراضي الآن)؛ أول رد يغلق المهلة. link: --item ID --letter ID يضيف',
        'رسالة من السجل (تذكيرًا، أو رسالة متابعة) إلى المراسلات. list: بنود القضية مع حالتها والرد المنتظر.',
      ],
    },
    paternity: {
      summary: 'تسجيل أطفال مطالبة بإثبات النسب، وخطوات فحص الحمض النووي، والاتصال بالدولة العضو، والنفقة.',
      options: {
        child: 'سجل الطفل: C-01 أو المعرّف.',
        mother: 'الأم: V-01 أو المعرّف.',
        subject: 'الأب المدعى: S-01 أو المعرّف.',
        born: 'تاريخ الميلاد، أو تقديره.',
        'reported-on': 'متى قُدّمت المطالبة.',
        status: 'أين وصلت المطالبة (انظر أعلاه).',
        'dna-taken': 'يوم أخذ عينة الحمض النووي.',
        'dna-sent': 'يوم إرسالها للتحليل.',
        'dna-result': 'match أو no_match أو inconclusive.',
        'dna-result-on': 'يوم ورود النتيجة.',
        state: 'الدولة العضو التي جرى الاتصال بها.',
        'contacted-on': 'يوم الاتصال بها.',
        'contact-how': 'طريقة الاتصال بها (انظر أعلاه).',
        'support-amount': 'النفقة المقررة أو المدفوعة، مع العملة.',
        'support-ordered-on': 'يوم تقرير النفقة.',
        'support-paid-on': 'يوم آخر دفعة من النفقة.',
      },
      details: [
        'add: --mother (ضحية: V-01 أو المعرّف)، --subject (S-01 أو المعرّف)، --reported-on YYYY-MM-DD،',
        'و--born (2025-11-20 أو 2025-11 أو 2025 أو unknown؛ الافتراضي unknown). الحالة: reported (الافتراضي)،',
        'under_assessment, dna_requested, established, not_established أو withdrawn. يحصل الطفل على الرمز',
        'التالي (C-01، C-02…)، ولا يُعاد استخدامه أبدًا. update --child C-01: الخيارات المعطاة تغيّر حقول',
        'السجل، ويبقى الباقي. الحمض النووي: --dna-taken و--dna-sent و--dna-result match|no_match|inconclusive',
        'مع --dna-result-on؛ تحتاج العينة إلى موافقة الأم (أو الولي) على forensic_sampling',
        '(casefile consent record). الدولة العضو: --state و--contacted-on و--contact-how (note_verbale,',
        'letter, email, meeting, telephone, other). النفقة: --support-amount و--support-ordered-on',
        'و--support-paid-on. ويأخذ --input السجل كاملًا بصيغة JSON بدلًا من ذلك. list: أطفال القضية.',
      ],
    },
    interview: {
      summary: 'التخطيط لمقابلة، وتسجيل إجرائها، وحفظ ملاحظاتها، وتوقيعها، وتعديلها.',
      options: {
        case: 'القضية، برقمها المرجعي (CF-2026-0001) أو بمعرّفها.',
        person: 'add: الشخص الذي تُجرى معه المقابلة، بالرمز (V-01) أو المعرّف.',
        'place-type': 'add: un_office, safe_house, ngo_premises, medical_facility, …',
        'scheduled-at': 'add: موعدها المقرر.',
        'time-zone': 'add: المنطقة الزمنية IANA للمكان (Africa/Bangui).',
        private: 'add: المكان خاص.',
        language: 'add: لغة المقابلة (BCP 47).',
        recorded: 'add: تسجيل صوتي أو مرئي (يحتاج إلى موافقة خاصة به).',
        interpreter: 'add: المترجم الشفوي، بالرمز (I-01) أو المعرّف.',
        'conducted-at': 'conduct: متى أُجريت (الافتراضي الآن).',
        'signed-at': 'sign: متى وُقّعت (الافتراضي الآن).',
        reason: 'amend: سبب تغيير المحضر الموقّع.',
        'notes-file': 'notes وamend: الملاحظات نصًا عاديًا.',
      },
      details: [
        'add --case CASE --person PERSON [--input FILE|-]: التخطيط لمقابلة. يأخذ --input',
        '  JSON الطريقة interviews.plan ({"arrangements": {...}}، وcaseId وpersonId اختياريان)، أو استخدم الخيارات',
        '  --place-type (إلزامي) و--scheduled-at و--time-zone و--private و--language و--recorded و--interpreter.',
        '  يجوز إعطاء الأشخاص بالرمز (V-01) أو المعرّف. يطبع معرّف المقابلة الذي تأخذه الأوامر الفرعية الأخرى.',
        'conduct ID [--conducted-at TIME]: تسجيل أنها أُجريت (يُرفض من دون الموافقات التي تشترطها المبادئ،',
        '  مع ذكر القاعدة وطريقة المعالجة).',
        'notes ID --notes-file FILE|-: حفظ ملاحظات العمل نصًا عاديًا (فقرة في كل سطر) قبل التوقيع.',
        'sign ID [--signed-at TIME]: التوقيع؛ تصبح الملاحظات النسخة 1، للقراءة فقط.',
        'amend ID --reason TEXT --notes-file FILE|-: نسخة جديدة من الملاحظات الموقعة، مع سببها.',
        'تُكتب الأوقات مع منطقتها الزمنية: 2026-03-02T10:30Z أو 2026-03-02T10:30+01:00؛ والافتراضي الآن.',
      ],
    },
    evidence: {
      summary: text(
        'إضافة ملف إلى سجل الأدلة (مشفرًا، وتُحسب بصمته أثناء القراءة)، أو إعادة التحقق من المحتوى، أو تصدير ملف، ',
        'أو كتابة تقرير التحقق الخاص بقضية (PDF أو DOCX).',
      ),
      options: {
        case: 'القضية، برقمها المرجعي (CF-2026-0001) أو بمعرّفها.',
        type: 'add: نوع الدليل (الافتراضي digital؛ الأنواع مذكورة أعلاه).',
        description: 'add: ما هو الدليل (الافتراضي: اسم الملف).',
        item: 'add: دليل موجود (E-0001 أو المعرّف) يُضاف إليه الملف.',
        all: 'verify: كل أدلة الخزنة.',
        to: 'export وreport: الملف المراد كتابته (يجب ألا يكون موجودًا من قبل).',
        content: 'export: أيّ ملفات الدليل.',
        out: 'provenance: مجلد جديد للملفات التي يتحقق منها openssl؛ verification-report: الملف المراد كتابته.',
        format: 'verification-report: pdf أو docx (الافتراضي pdf).',
        lang: 'verification-report: en أو fr أو ar (الافتراضي en).',
      },
      details: [
        'add FILE: يسجل دليلًا جديدًا في --case (من النوع digital ما لم يُعطَ --type؛ ووصفه اسم الملف ما لم',
        'يُعطَ --description) أو يضيف الملف إلى دليل موجود مع --item، وينقل الملف إلى الخزنة مشفرًا؛',
        'وتُسجَّل بصمته SHA-256 وحجمه. يُعرض التقدم على الطرفية. يُسجَّل الدليل الجديد مع ملفه معًا: وإذا',
        'انقطع الأمر فلا يترك أيًّا منهما.',
        'verify ITEM | --all: يفك تشفير ملفات دليل واحد أو كل الأدلة ويعيد حساب بصمتها؛ والملف الذي يفشل',
        'يُوسم في الخزنة ويُبلَّغ عنه (الرمز VAULT_CORRUPT، الخروج 7).',
        'export ITEM --to PATH: يكتب ملفًا من الدليل (--content ID إذا كان فيه أكثر من ملف) نصًا غير مشفر',
        'في PATH، بعد التحقق من بصمته؛ ويُسجَّل التصدير في سجل التدقيق. يجب ألا يكون PATH موجودًا.',
        'provenance ITEM: المصدر الموقّع لكل ملف من ملفات الدليل (SHA-256، والحجم، ووقت الجمع، والجامع،',
        'والقضية، والدليل، موقّعًا بمفتاح Ed25519 الخاص بهذه الخزنة عند الإدخال)؛ --out DIR يكتب كل بيان',
        'وتوقيعه والمفتاح العام، من أجل openssl pkeyutl -verify -pubin -rawin.',
        'verification-report CASE --out FILE: لمحكمة أو سلطة، كل ملف في القضية مع SHA-256 الخاص به،',
        'وسلسلة العهدة، وتوقيع المصدر ومفتاح الموقّع، وطريقة التحقق من كل منها بـ sha256sum وopenssl؛',
        '--format pdf (الافتراضي) أو docx، و--lang en (الافتراضي) أو fr أو ar؛ ويُسجَّل في سجل التدقيق. يجب ألا',
        'يكون FILE موجودًا.',
        'يُعطى الدليل بمعرّفه، أو برقمه (E-0001) مع --case.',
        'الأنواع (--type): {{types}}.',
      ],
    },
    custody: {
      summary: text(
        'تسجيل حدث عهدة لدليل، أو سرد سلسلة العهدة الخاصة به، ',
        'أو كتابة تقرير العهدة الخاص به (PDF أو DOCX).',
      ),
      options: {
        kind: 'add: ما حدث.',
        at: 'add: متى، مع المنطقة الزمنية (الافتراضي: الآن).',
        'time-zone': 'add: المنطقة الزمنية التي يُعرض بها الوقت (Africa/Bangui).',
        from: 'add: من سلّم الدليل.',
        to: 'add: من تسلّم الدليل؛ report: الملف المراد كتابته (يجب ألا يكون موجودًا).',
        persons: 'add: من تصرّف أو شهد، مفصولين بفواصل.',
        purpose: 'add: السبب.',
        seal: 'add: الختم الذي وُضع أو وُجد.',
        location: 'add: أين.',
        note: 'add: أي شيء آخر.',
        'no-recheck': 'add: عدم إعادة حساب بصمة الملفات عند هذا الحدث.',
        format: 'report: pdf أو docx (الافتراضي pdf).',
        lang: 'report: en أو fr أو ar (الافتراضي en).',
      },
      details: [
        'add: --kind {{kinds}}؛ والافتراضي لـ --at هو الآن؛ ويحتاج التسليم إلى',
        '--from و--to، والختم إلى --seal. التسليم والفتح والنسخ والفحص والإعادة تعيد حساب بصمة ملفات الدليل',
        'وتحفظ النتيجة مع الحدث (--no-recheck لتخطي ذلك)؛ والملف الذي يفشل يُوسم (الخروج 7). لا تُضاف',
        'الأحداث إلا في آخر السلسلة: ويُرفض حدث مؤرخ قبل آخر حدث.',
        'مع --input، الحدث بصيغة JSON (ما تأخذه الطريقة custody.add، دون itemId).',
        'report ITEM --to PATH: التقرير الذي يذكر الدليل وبصمات SHA-256 لملفاته وكل حدث؛ ويُسجَّل في سجل التدقيق.',
        '--format pdf (الافتراضي) أو docx؛ --lang en (الافتراضي) أو fr أو ar: اللغة التي يُكتب بها التقرير.',
        'يُعطى الدليل بمعرّفه، أو برقمه (E-0001) مع --case.',
      ],
    },
    timeline: {
      summary:
        'التسلسل الزمني لقضية: الوقائع والمراحل والمقابلات والأدلة والعهدة وتغيّرات الحالة والأحداث المدخلة يدويًا.',
      options: {
        fr: 'مثل --ui-lang fr.',
      },
      details: [
        'CASE هو الرقم المرجعي (CF-2026-0001) أو المعرّف. يُطبع كل تاريخ كما ذُكر، مع درجة دقته؛ وهل',
        'الحدث ثابت أم مجرد رواية من مصدر؛ وهل أُدخل يدويًا («يدوي») أم قُرئ من ملف القضية («مستنتج»).',
        'تُسرد الأحداث المجهولة التاريخ على حدة. يظهر الأشخاص برموزهم المستعارة، والأدلة بأرقامها.',
        'العناوين المستنتجة بلغة هذه الرسائل.',
        'الترتيب: {{ordering}}',
        'مع --json: {caseId, reference, dated, undated, ordering}.',
      ],
    },
    deadlines: {
      summary:
        'مهل الاستجابة السريعة والمعايير الزمنية للقضايا، الأكثر إلحاحًا أولًا؛ وإغلاق مهلة بتسجيل الإجراء المتخذ.',
      options: {
        all: 'تضمين المهل المغلقة.',
        explain: 'بيان طريقة حساب كل مهلة.',
        fr: 'مثل --ui-lang fr.',
        action: 'close: الإجراء المتخذ.',
        at: 'close: متى اتُّخذ (الافتراضي الآن).',
      },
      details: [
        'من دون أمر فرعي: المهل المفتوحة لكل قضية غير مؤرشفة (أو لـ --case)، المتأخرة أولًا، ثم الأقرب',
        'موعدًا، كلٌّ مع عدّه التنازلي، والمواعيد بتوقيت البعثة (منطقتها الزمنية في رأس العمود). --all يضيف',
        'المهل المغلقة؛ و--explain يبيّن طريقة حساب كل منها.',
        'يظهر الأشخاص المعنيون برموزهم المستعارة، والأدلة بأرقامها، ولا تظهر الأسماء أبدًا.',
        'close ID: ID هو المعرّف أو أحرفه الأولى كما تطبعها القائمة؛ --action يبيّن ما اتُّخذ (إلزامي)،',
        '  و--at متى (الافتراضي الآن؛ مع المنطقة الزمنية، مثل 2026-03-02T10:30Z). وبعد الموعد المحدد',
        '  تُسجَّل المهلة مغلقة متأخرة.',
        'مع --json: تطبع القائمة {items, at}؛ ويطبع close المهلة المغلقة.',
      ],
    },
    letter: {
      summary: text(
        'سرد قوالب الرسائل، أو بيان الرسائل التي تستدعيها قضية، أو إنشاء رسالة: تُسجَّل (مشفرة) في الخزنة ',
        'وتُكتب في --out.',
      ),
      options: {
        case: 'القضية، برقمها المرجعي (CF-2026-0001) أو بمعرّفها.',
        template: 'render: القالب (انظر letter templates).',
        lang: 'render: en أو fr أو ar (الافتراضي en).',
        format: 'render: pdf أو docx (الافتراضي pdf)؛ export-all: pdf أو docx أو pdf,docx.',
        out: 'render: الملف المراد كتابته؛ export-all: المجلد المراد إنشاؤه (يجب ألا يكون أيٌّ منهما موجودًا).',
        all: 'export-all: كل رسائل القضية، لا رسائل الإغلاق وحدها.',
        recipient: 'render: المرسَل إليه، كما تسمّيه الرسالة.',
        victim: 'render وclosure-ground: ضحية رسالة الإغلاق (V-01 أو المعرّف).',
        advocate: 'render: المدافع عن حقوق الضحايا الذي تذكره رسالة الإغلاق (إلزامي لها).',
        'advocate-phone': 'render: هاتف المدافع.',
        'advocate-email': 'render: البريد الإلكتروني للمدافع.',
        discreet: 'render: رسالة إغلاق بالصيغة المتحفظة، لتسليمها في المنزل.',
        ground: 'closure-ground: سبب إغلاق الأمر بالنسبة إليها.',
        'decided-by': 'closure-ground: من قرره.',
        'decided-on': 'closure-ground: متى (YYYY-MM-DD).',
        reason: 'closure-ground: للسبب «other»، السبب كما ستقرؤه.',
        subject: 'render: الشخص المعني في الإحالة (S-01 أو المعرّف).',
        'exception-reason': 'render: إنشاء إحالة لا تنطبق، على سبيل الاستثناء، لهذا السبب.',
        input: 'render: تفاصيل الرسالة ككائن JSON (FILE، أو - للإدخال القياسي)؛ انظر أدناه.',
        'despite-warnings': 'render: إنشاء الرسالة رغم التحذيرات (موقّع افتراضي، تاريخ رد مضى…).',
      },
      details: [
        'يدمج render القضية في القالب بعد مرشّح الموافقة: الشخص الذي لا تشمل موافقته المسجلة الجهةَ',
        'المرسَل إليها يظهر باسمه المستعار وفئته العمرية وجنسه. تُحفظ الرسالة في السجل مع بصمة SHA-256',
        'لملفها؛ ويجب ألا يكون --out موجودًا (لا يُستبدل أي شيء).',
        'تسمّي رسائل الإغلاق ضحيتها (--victim V-01)؛ وتسمّي الإحالات الشخص المعني حين يكون هناك أكثر من واحد.',
        'يبيّن applicable، لكل نوع من الرسائل، هل تستدعيه وقائع القضية ولأي الأشخاص المعنيين (بحسب فئة',
        'الموظفين، وللإحالات بعد التحقيق، ما خُلص إلى ثبوته)، أو لماذا لا؛ ولرسالة الإغلاق، كل ضحية',
        'برمزها، وهل الرسالة لها الآن (ما خُلص إليه بشأن الأشخاص المعنيين بادعائها) ولماذا لا.',
        'لا تُنشأ الإحالة التي لا تنطبق إلا على سبيل الاستثناء: --exception-reason يعطي السبب، ويُحفظ في',
        'السجل (ويسجّل سجل التدقيق أن استثناءً قد جرى). ورسالة الإغلاق لا تكون استثناءً أبدًا.',
        'يكتب export-all رسائل الإغلاق الخاصة بالقضية (كل الرسائل مع --all) في المجلد الجديد --out، ويعرض',
        'تقدمه على الإخراج القياسي للأخطاء؛ وإذا أُوقف (Ctrl-C) فلا يترك مجلدًا ولا ملفًا.',
        'يعطي --input التفاصيل التي يوقّعها الموظف القانوني، بصيغة JSON: {"reference"، "noteNumber" (رقم',
        'المذكرة الشفوية أو رقم مكتب الشؤون القانونية)، "reportReference"، "replyBy" (YYYY-MM-DD؛ الافتراضي:',
        'مهلة الرد على المتابعة محسوبة من اليوم)، "author": {"name", "title"} (الموقّع)، "contact": {"name",',
        '"title", "email", "phone", "address"}، "recipientName"، "recipientAddress"، "place"، "particulars"،',
        '"findings"، "interimMeasures"، "subjectComments"، "dueProcess"، "annexes": ["title", ...]}. والرسالة',
        'التي فيها تحذيرات (لا موقّع أو موقّع افتراضي، أو جهة اتصال افتراضية، أو تاريخ رد ليس بعد اليوم، أو لا',
        'رقم مرجعي للتقرير ولا رقم مذكرة) لا تُنشأ ما لم يُعطَ --despite-warnings؛ وتُسرد التحذيرات.',
        'تكون رسالة الإغلاق بلغة الضحية المسجلة ما لم يحدد --lang غير ذلك؛ وتذكر بيانات الاتصال بالمدافع عن',
        'حقوق الضحايا (--advocate NAME، إلزامي)، ومع --discreet تُنشأ بالصيغة المتحفظة لتسليمها في المنزل:',
        'دون ترويسة أو شعار، وبعناوين لا تكشف موضوعها.',
        'يسجّل closure-ground سبب إغلاق الأمر بالنسبة إلى ضحية واحدة (victim_declined_to_participate,',
        'subject_not_identified, subject_separated_from_service، أو other مع --reason بكلمات موجهة إليها)، ومن',
        'قرره (oios, tcc_pcc, mission_siu, ...) ومتى؛ وتذكره رسالتها closure_other.',
      ],
    },
    letterhead: {
      summary: 'استخدام ترويسة المكتب الخاصة، المستوردة من مستند Word، في كل رسالة؛ أو العودة إلى الترويسة المرفقة.',
      options: {},
      details: [
        'import FILE.docx: يقرأ رأس الصفحة وتذييلها في القسم الأول من مستند Word (أسطر النص، وأول صورة',
        'في الرأس، PNG أو JPEG، شعارًا) ويجعلهما ترويسة كل رسالة ليست بالصيغة المتحفظة. ويُسجَّل الاستيراد',
        'في سجل التدقيق.',
        'show: يطبع الترويسة الحالية (أو يبيّن أن الترويسة المرفقة مستخدمة).',
        'reset: يعود إلى الترويسة المرفقة؛ ويُسجَّل ذلك في سجل التدقيق.',
      ],
    },
    stats: {
      summary: 'كتابة الإحصاءات المجهولة الهوية التي تنشرها الأمم المتحدة (القضايا المستلمة في فترة)، مع قواعد العدّ.',
      options: {
        from: 'أول يوم استلام (YYYY-MM-DD).',
        to: 'آخر يوم استلام (YYYY-MM-DD).',
        mission: 'قضايا هذه البعثة أو الجهة فقط.',
        category: 'هذه الفئة فقط.',
        status: 'القضايا التي في هذه الحالة اليوم فقط.',
        format: 'csv أو xlsx أو pdf أو json.',
        out: 'الملف المراد كتابته (يجب ألا يكون موجودًا).',
        lang: 'en (الافتراضي) أو fr أو ar: لغة الكلمات.',
        'suppress-below': 'إخفاء الأعداد الأقل من N (الافتراضي 3)، أو none.',
      },
      details: [
        'تُعدّ القضايا بحسب تاريخ استلامها، مع احتساب اليومين؛ والقضايا الموسومة بأنها غير محسوبة',
        '(A/72/751، الحاشية 11) لا تظهر إلا في عدد البلاغات غير المحسوبة. --mission يُبقي بعثة أو جهة',
        'واحدة، و--category إحدى {{categories}}، و--status إحدى {{statuses}}.',
        '--format {{formats}}: ملف CSV واحد، رقم في كل سطر (الجدول، الصف، العمود،',
        'القيمة)؛ وفي XLSX ورقة لكل جدول وورقة لقواعد العدّ؛ وفي PDF كل جدول والقواعد.',
        'الأعداد الأكبر من الصفر والأقل من --suppress-below ({{min}}–{{max}}،',
        'الافتراضي 3) تُستبدل بعلامة؛ و--suppress-below none يُظهر كل عدد. لا يُكتب أي اسم أو رمز أو مكان',
        'أو نص حر. ويُسجَّل كل تصدير في سجل التدقيق (الفترة، والمرشحات، والصيغة).',
      ],
    },
    identity: {
      summary: 'مفاتيح هذه الخزنة: متلقي age الذي يشفّر له الزملاء الحزم، ومفتاح التوقيع الخاص بها.',
      options: {
        'export-public': 'كتابة مفتاح التوقيع العام (PEM).',
        'export-identity': 'كتابة هوية age السرية.',
        'i-understand': 'تأكيد تصدير هوية age السرية.',
      },
      details: [
        'show: يطبع متلقي age (age1…) مع رمز QR الخاص به، وبصمة مفتاح التوقيع، وبطاقة الاتصال التي',
        'تُعطى للزملاء. --export-public FILE يكتب مفتاح التوقيع العام (PEM)، الذي يتحقق به أي شخص من',
        'التوقيع: openssl pkeyutl -verify -pubin -inkey FILE -rawin -in MSG -sigfile SIG.',
        '--export-identity FILE --i-understand يكتب هوية age السرية (من أجل age -d -i FILE، أو للانتقال إلى',
        'حاسوب جديد)؛ ويُسجَّل ذلك في سجل التدقيق.',
      ],
    },
    contact: {
      summary: 'مفاتيح الزملاء: لتشفير حزم القضايا لهم والتحقق مما يوقّعونه.',
      options: {
        card: 'بطاقة اتصال الزميل.',
        name: 'اسم الزميل.',
        role: 'دوره أو منظمته.',
        recipient: 'متلقي age الخاص به.',
        'signing-key': 'مفتاح التوقيع العام الخاص به (PEM).',
      },
      details: [
        'add: زميل من بطاقة اتصاله (يطبع casefile identity show بطاقتك)، أو من متلقي age الخاص به',
        'ومفتاح التوقيع العام (ملف PEM). تُضاف جهة الاتصال غير متحقَّق منها.',
        'list: كل جهة اتصال، ورقم الأمان الخاص بها، وهل تُحقّق منها.',
        'verify ID: بعد مقارنة رقم الأمان مع الزميل (وهو نفسه على الحاسوبين)، وسم جهة الاتصال بأنها',
        'متحقَّق منها؛ ويُسجَّل ذلك في سجل التدقيق.',
      ],
    },
    bundle: {
      summary: 'تسليم قضية إلى زميل في ملف مشفر واحد (age)، موقّع من هذه الخزنة؛ والتحقق من حزمة واستيرادها.',
      options: {
        to: 'مكان كتابة الحزمة (ملف جديد).',
        recipient: 'جهات اتصال (الاسم أو المعرّف) أو متلقون age1….',
        'bundle-passphrase-file': 'عبارة المرور التي تُشفَّر بها الحزمة (أو شُفّرت بها).',
        without: 'ما يُستبعد: identities, letter-files.',
        'dry-run': 'التحقق من الاستيراد ومعاينته؛ دون كتابة أي شيء.',
        'accept-unknown-signer': 'استيراد حزمة من مرسِل لم يُتحقّق منه.',
        'take-theirs': 'حلّ التعارضات بنسخة الحزمة.',
      },
      details: [
        'export CASE --to FILE: يكتب القضية (السجلات، وكل ملفات الأدلة، والعهدة، وصفوف التدقيق) مشفرة',
        'لـ --recipient (أسماء جهات اتصال أو مفاتيح age1…، مفصولة بفواصل) أو بعبارة المرور الموجودة في',
        '--bundle-passphrase-file. --without identities يستبعد هويات الأشخاص، والمرسَل إليهم في الرسائل، وأسباب',
        'تسمية أي شخص وملفات الرسائل، وجهات الاتصال الوطنية وأسماء ملفات الأدلة؛ أما الملاحظات والأوصاف',
        'وسائر النصوص الحرة فتُرسل كما كُتبت. --without letter-files يستبعد الرسائل المنشأة.',
        'تسجّل العهدة والتدقيق عملية التسليم.',
        'import FILE: يتحقق من التوقيع ومن كل بصمة SHA-256 قبل كتابة أي شيء، ثم يستورد في خطوة واحدة.',
        '--dry-run يُظهر ما سيُضاف أو يُغيَّر أو يتعارض. المرسِل الذي ليس من جهات اتصالك المتحقَّق منها',
        'يحتاج إلى --accept-unknown-signer. تُبقي التعارضات نسخة هذه الخزنة ما لم تُذكر في',
        '--take-theirs KEY[,KEY…]. verify FILE: يتحقق من حزمة ولا يكتب شيئًا.',
        'تفتح أداة age المرجعية الحزمة أيضًا: age -d -i IDENTITY FILE.',
      ],
    },
    check: {
      summary: 'قائمة التحقق من المبادئ في قضية (القواعد من R1 إلى R15 وR5b): كل ملاحظة مع طريقة معالجتها.',
      options: {},
      details: [
        'CASE هو الرقم المرجعي (CF-2026-0001) أو المعرّف. تُجمَّع الملاحظات بحسب خطورتها: مانعة، وتحذيرات،',
        'وتذكيرات. رمز الخروج: 0 إذا لم تكن هناك ملاحظة مانعة (لا تُفشل التحذيرات والتذكيرات)،',
        text(
          'و{{blockingStatus}} إذا كانت هناك ملاحظة مانعة واحدة على الأقل. مع --json: ',
          '{caseId, reference, asOf, counts, findings}.',
        ),
      ],
    },
    verify: {
      summary: 'إعادة حساب سلسلة بصمات سجل التدقيق؛ وطباعة OK أو أول صف منقطع.',
      options: {},
      details: [
        'يقرأ كل صف من صفوف التدقيق، ويعيد حساب بصمته من الصف ومن البصمة السابقة، ويتحقق من التسلسل',
        'ومن نهاية السلسلة المسجلة. يطبع OK مع عدد الصفوف التي تُحقّق منها ويخرج بالرمز 0؛ وإلا يبلّغ عن أول',
        'صف منقطع وسببه (صف مُغيَّر، أو رابط منقطع، أو صفوف مفقودة) كخطأ (الرمز VAULT_CORRUPT) ويخرج',
        'بالرمز 7. مع --json: {ok, checkedRows, firstBroken} إذا كانت السلسلة سليمة، و{"error": {...}} إذا',
        'كانت منقطعة.',
      ],
    },
    backup: {
      summary: 'نسخ الخزنة كلها احتياطيًا إلى مجلد (قرص USB)، مشفرة؛ أو بيان تاريخ آخر نسخة احتياطية.',
      options: {
        to: 'مجلد النسخة الاحتياطية (يُنشأ إن لم يكن موجودًا).',
        'verify-all': 'إعادة قراءة كل ملف دليل موجود في النسخة الاحتياطية والتحقق منه (بطيء على قرص USB).',
      },
      details: [
        '--to DIR: يكتب ملف المفاتيح، ولقطة مشفرة من ملف القضية، وكل ملف دليل (كما هو مخزَّن: مشفرًا) في DIR،',
        'وهو مجلد جديد أو فارغ أو نسخة احتياطية سابقة من هذه الخزنة؛ وعندئذ لا تُنسخ إلا ملفات الأدلة',
        'المضافة منذ ذلك الحين. يُعاد قراءة كل ملف والتحقق منه؛ وتُكتب قائمة المحتويات في الآخر، بحيث إذا',
        'انقطعت النسخة الاحتياطية بقيت النسخة السابقة كاملة. ويُسجَّل ذلك في سجل التدقيق.',
        'ملف الدليل الموجود في النسخة الاحتياطية لا تُعاد قراءته إلا إذا تغيّر حجمه أو وقته منذ آخر تحقق؛',
        'و--verify-all يعيد قراءة كل الملفات والتحقق منها.',
        'status: تاريخ آخر نسخة احتياطية للخزنة، وهل حان موعد التذكير.',
        'الاستعادة بالأمر: casefile restore --from DIR --vault NEW.',
      ],
    },
    restore: {
      summary: 'استعادة نسخة احتياطية كخزنة جديدة في مجلد --vault (جديد أو فارغ)، بعبارة مرورها أو مفتاح استردادها.',
      options: {
        from: 'مجلد النسخة الاحتياطية.',
      },
      details: [
        'يُتحقَّق من كل ملف في النسخة الاحتياطية وفق قائمة المحتويات قبل كتابة أي شيء؛ وتُبنى الخزنة من جديد',
        'بجوار مجلد --vault، وتُفتح بعبارة المرور (--passphrase-file أو CASEFILE_PASSPHRASE أو طلب إدخال)',
        'أو بمفتاح الاسترداد (--recovery-key-file)، ويُتحقَّق منها مرة أخرى، ولا توضع في مكانها إلا بعد ذلك.',
        'النسخة الاحتياطية التالفة أو المقطوعة أو المعدَّلة تُرفض ولا تترك شيئًا وراءها. تحتفظ الخزنة المستعادة',
        'بعبارة المرور ومفتاح الاسترداد الخاصين بالخزنة التي نُسخت احتياطيًا. ويُسجَّل ذلك في سجل تدقيق الخزنة',
        'المستعادة.',
      ],
    },
  },
};
