import type { MessageCatalogue } from '../catalogue.js';
import { text } from '../text.js';

/**
 * The core's messages in Arabic, second part: rule findings, the words of the documents the core writes,
 * status and deadline reasons, letter warnings, timeline titles, custody hand-over words and the app's own
 * windows. Same keys and params as the English catalogue; joined with ./messages.ts into the Arabic catalogue.
 */
export const messagesB: Pick<
  MessageCatalogue,
  | 'findings'
  | 'documents'
  | 'statusReasons'
  | 'letterWarnings'
  | 'templateProblems'
  | 'templatePlaces'
  | 'auditBreaks'
  | 'deadlineReasons'
  | 'timeline'
  | 'custodyTransfer'
  | 'app'
  | 'unknownValue'
> = {
  findings: {
    R1_INTERVIEW_CONSENT_MISSING: {
      afterInterview: {
        message: 'أُجريت مقابلة مع {{person}} دون أن تُسجَّل قبلها أي موافقة على المقابلة.',
        fix: 'سجِّل الموافقة على المقابلة مع تاريخ إعطائها؛ فلا يمكن وسم المقابلة بأنها أُجريت من دونها.',
      },
      beforeInterview: {
        message: 'لم تُسجَّل بعدُ موافقة {{person}} على المقابلة.',
        fix: 'اشرح المقابلة وسجِّل الموافقة (أو الرفض) قبل بدئها.',
      },
    },
    R1_RECORDING_CONSENT_MISSING: {
      default: {
        message: '{{person}}: لم يُسجَّل ما يفيد {{parties, consentPartyInText}} على تسجيل المقابلة.',
        fix: 'سجِّل الموافقة المستقلة على التسجيل الصوتي أو المرئي، وإلا فلا تسجِّل المقابلة.',
      },
    },
    R1_MEDICAL_EXAM_CONSENT_MISSING: {
      default: {
        message: '{{person}}: لم يُسجَّل ما يفيد {{parties, consentPartyInText}} على الفحص الطبي.',
        fix: 'سجِّل الموافقة على الفحص الطبي التي أُعطيت قبل إجرائه.',
      },
    },
    R1_SAMPLING_CONSENT_MISSING: {
      default: {
        message: text(
          '{{person}}: لم يُسجَّل ما يفيد {{parties, consentPartyInText}} على أخذ العينات لأغراض الطب الشرعي ',
          '(الدليل {{evidence}}).',
        ),
        fix: 'سجِّل الموافقة على أخذ العينات لأغراض الطب الشرعي التي أُعطيت قبل أخذ العينة أو الصورة.',
      },
    },
    R1_REFERRAL_CONSENT_MISSING: {
      default: {
        message: '{{person}}: لم يُسجَّل ما يفيد {{parties, consentPartyInText}} على الإحالة.',
        fix: 'سجِّل الموافقة على الإحالة إلى هذه الخدمة قبل إجراء الإحالة.',
      },
    },
    R2_ACTION_AFTER_REFUSAL: {
      default: {
        message: text(
          '{{person}}: جرى المضي في {{action, consentAction}} بعد أن {{refusal, consentRefusal}} ',
          '{{parties, consentPartyInText}}.',
        ),
        fix: text(
          'لا تسجِّل موافقة جديدة إلا إذا أعطاها الشخص (أو ولي الأمر) بحرية قبل الإجراء؛ وإلا فإن الإجراء ',
          'قد خالف قراره ويجب إبلاغ المشرف عليك بذلك.',
        ),
      },
    },
    R2_PLANNED_AFTER_REFUSAL: {
      default: {
        message: text(
          '{{person}}: {{refusal, consentRefusal}} {{parties, consentPartyInText}} على ',
          '{{action, consentAction}}.',
        ),
        fix: 'لا تمضِ في {{action, consentAction}} ما لم تُعطَ موافقة جديدة بحرية وتُسجَّل؛ ألغِ الخطة أو عدِّلها.',
      },
    },
    R3_RISK_ASSESSMENT_MISSING: {
      afterInterview: {
        message: text(
          'أُجريت مقابلة مع {{person}} دون أن يُسجَّل قبل الاتصال أي تقييم للمخاطر ',
          'وفقًا لمبدأ عدم الإضرار.',
        ),
        fix: text(
          'سجِّل تقييم المخاطر الذي أُجري قبل المقابلة مع تاريخه؛ وإن لم يُجرَ أي تقييم، ',
          'فأبلغ المشرف عليك بذلك.',
        ),
      },
      beforeInterview: {
        message: 'لم يُسجَّل أي تقييم للمخاطر وفقًا لمبدأ عدم الإضرار للمقابلة المقررة مع {{person}}.',
        fix: text(
          'قيِّم المخاطر التي قد يتعرض لها الشخص من جراء الاتصال به (الانتقام، والوصم، ',
          'وأن يراه الآخرون، وإعادة الصدمة) وسجِّل التقييم قبل المقابلة.',
        ),
      },
    },
    R3_CONTACT_ADVISED_AGAINST: {
      afterInterview: {
        message: 'أُجريت مقابلة مع {{person}} رغم أن تقييم المخاطر خلص إلى أن الاتصال سيُلحق الضرر.',
        fix: 'سجِّل تقييمًا جديدًا أُجري قبل المقابلة وأجازها، أو أبلغ المشرف عليك بهذه المخالفة.',
      },
      beforeInterview: {
        message: 'خلص تقييم المخاطر للمقابلة المقررة مع {{person}} إلى أن الاتصال سيُلحق الضرر.',
        fix: 'ألغِ المقابلة أو أجِّلها، أو أعِد التقييم عندما تتغير المخاطر.',
      },
    },
    R4_GUARDIAN_NOT_RECORDED: {
      minor: {
        message: '{{person}}: لم يُسجَّل أي ولي أمر.',
        fix: text(
          'سجِّل ولي الأمر (أحد الوالدين أو قريبًا أو وصيًا قانونيًا أو ممثلًا معيَّنًا)، ',
          'أو سجِّل الاستثناء إذا كان ولي الأمر متورطًا.',
        ),
      },
      possibleMinor: {
        message: '{{person}}: قد يكون الشخص قاصرًا، ولم يُسجَّل أي ولي أمر.',
        fix: text(
          'سجِّل ولي الأمر (أحد الوالدين أو قريبًا أو وصيًا قانونيًا أو ممثلًا معيَّنًا)، ',
          'أو سجِّل الاستثناء إذا كان ولي الأمر متورطًا.',
        ),
      },
    },
    R4_GUARDIAN_CONSENT_MISSING: {
      afterInterview: {
        message: 'أُجريت مقابلة مع {{person}} دون أن تُسجَّل قبلها موافقة ولي الأمر.',
        fix: 'سجِّل موافقة ولي الأمر التي أُعطيت قبل المقابلة، أو سجِّل الاستثناء إذا كان ولي الأمر متورطًا.',
      },
      afterInterviewPossibleMinor: {
        message: '{{person}}: قد يكون الشخص قاصرًا، وقد أُجريت معه مقابلة دون أن تُسجَّل قبلها موافقة ولي الأمر.',
        fix: 'سجِّل موافقة ولي الأمر التي أُعطيت قبل المقابلة، أو سجِّل الاستثناء إذا كان ولي الأمر متورطًا.',
      },
      beforeInterview: {
        message: 'لم تُسجَّل بعدُ موافقة ولي الأمر على إجراء مقابلة مع {{person}}.',
        fix: 'سجِّل موافقة ولي الأمر، أو الاستثناء إذا كان ولي الأمر متورطًا، قبل المقابلة.',
      },
    },
    R4_CHILD_ASSENT_MISSING: {
      afterInterview: {
        message: 'أُجريت مقابلة مع {{person}} دون أن يُسجَّل قبلها قبول الطفل نفسه.',
        fix: 'سجِّل قبول الطفل الذي أبداه قبل المقابلة، بعبارات فهمها الطفل.',
      },
      afterInterviewPossibleMinor: {
        message: '{{person}}: قد يكون الشخص قاصرًا، وقد أُجريت معه مقابلة دون أن يُسجَّل قبلها قبول الطفل نفسه.',
        fix: 'سجِّل قبول الطفل الذي أبداه قبل المقابلة، بعبارات فهمها الطفل.',
      },
      beforeInterview: {
        message: 'لم يُسجَّل بعدُ قبول الطفل نفسه لإجراء مقابلة مع {{person}}.',
        fix: 'اشرح المقابلة للطفل وسجِّل قبوله قبل بدئها.',
      },
    },
    R4_TRAINED_INTERVIEWER_MISSING: {
      default: {
        message: 'لا يضم الفريق المكلف بالمقابلة مع {{person}} أي شخص مدرَّب على إجراء المقابلات مع الأطفال.',
        fix: 'اجعل المقابلة مع الطفل يجريها محاور مدرَّب على مقابلة الأطفال، أو تُجرى بمشاركته.',
      },
    },
    R4_SETTING_NOT_SAFE: {
      default: {
        message: 'تُجرى المقابلة مع {{person}} في مقر للشرطة أو للقضاء.',
        fix: 'أجرِ المقابلة مع الطفل في مكان آمن ومناسب للأطفال يُختار بالاتفاق مع الطفل والشخص الداعم.',
      },
    },
    R4_REPEAT_WITHOUT_JUSTIFICATION: {
      afterInterview: {
        message: 'أُجريت مقابلة أخرى مع {{person}} دون مبرر مكتوب.',
        fix: 'اكتب سبب ضرورة إعادة المقابلة وسبب عدم كفاية المحضر السابق، وإلا فلا تُجرِ مقابلة أخرى مع الطفل.',
      },
      beforeInterview: {
        message: 'من المقرر إجراء مقابلة أخرى مع {{person}} دون مبرر مكتوب.',
        fix: 'اكتب سبب ضرورة إعادة المقابلة وسبب عدم كفاية المحضر السابق، وإلا فلا تُجرِ مقابلة أخرى مع الطفل.',
      },
    },
    R5_AGE_UNKNOWN: {
      default: {
        message: 'لم يثبت عمر {{person}} وقت الواقعة.',
        fix: 'حدِّد الفئة العمرية (أو تاريخ الميلاد)؛ وإلى أن يتم ذلك، وفِّر الحماية الواجبة للطفل.',
      },
    },
    R5_CONSENSUAL_CLOSURE: {
      default: {
        message: 'أُغلقت القضية على أساس أن العلاقة كانت بالتراضي، رغم أنه لم يثبت أن {{people}} من البالغين.',
        fix: text(
          'لا يمكن للطفل أن يعطي موافقته: اختر سببًا آخر للإغلاق، أو أثبت أولًا أن كل ضحية ',
          'كانت تبلغ 18 سنة أو أكثر وقت الواقعة.',
        ),
      },
    },
    R5b_CONSENSUAL_CLOSURE: {
      exchange: {
        message: text(
          'أُغلقت القضية على أساس أن العلاقة كانت بالتراضي، رغم وجود ادعاء بتقديم منفعة ',
          'مقابل ممارسة الجنس ({{exchanged, exchangeKindInText}}).',
        ),
        fix: text(
          'مقايضة المال أو السلع أو العمل أو المساعدة مقابل ممارسة الجنس محظورة أيًا كان ما وافق عليه ',
          'الشخص: اختر سببًا آخر للإغلاق.',
        ),
      },
      underProtection: {
        message: 'أُغلقت القضية على أساس أن العلاقة كانت بالتراضي، رغم أن {{people}} من اللاجئين أو المشردين.',
        fix: text(
          'العلاقات الجنسية مع الأشخاص المشمولين بحماية الأمم المتحدة محظورة حظرًا تامًا: اختر سببًا آخر ',
          'للإغلاق، أو صحِّح سجل الضحية إن لم تكن مشمولة بالحماية.',
        ),
      },
    },
    R6_EXCHANGE_NOT_SE: {
      unclassified: {
        message: text(
          'يوجد ادعاء بتقديم منفعة مقابل ممارسة الجنس ({{exchanged, exchangeKindInText}}) ',
          'لكن القضية لم تُصنَّف بعد.',
        ),
        fix: 'صنِّف القضية بوصفها استغلالًا جنسيًا، ما لم يكن فيها ادعاء آخر بانتهاك جنسي.',
      },
      classified: {
        message: text(
          'يوجد ادعاء بتقديم منفعة مقابل ممارسة الجنس ({{exchanged, exchangeKindInText}}) ',
          'لكن القضية مصنَّفة في فئة {{category, caseCategoryInText}}.',
        ),
        fix: 'صنِّف القضية بوصفها استغلالًا جنسيًا، ما لم يكن فيها ادعاء آخر بانتهاك جنسي.',
      },
    },
    R6_EXCHANGE_NOT_TRANSACTIONAL: {
      noSubtype: {
        message: text(
          'يوجد ادعاء بتقديم منفعة مقابل ممارسة الجنس ({{exchanged, exchangeKindInText}}) ',
          'لكن النوع الفرعي للقضية غير محدد.',
        ),
        fix: text(
          'اختر النوع الفرعي «ممارسة الجنس مقابل منفعة»، أو «التماس ممارسة الجنس مقابل منفعة» ',
          'إذا اقتصر الأمر على عرض المنفعة أو طلبها؛ وإذا كانت الضحية طفلًا، فإن «نشاط جنسي ',
          'مع قاصر» مناسب أيضًا.',
        ),
      },
      otherSubtype: {
        message: text(
          'يوجد ادعاء بتقديم منفعة مقابل ممارسة الجنس ({{exchanged, exchangeKindInText}}) ',
          'لكن النوع الفرعي للقضية هو «{{subtype, caseSubtype}}».',
        ),
        fix: text(
          'اختر النوع الفرعي «ممارسة الجنس مقابل منفعة»، أو «التماس ممارسة الجنس مقابل منفعة» ',
          'إذا اقتصر الأمر على عرض المنفعة أو طلبها؛ وإذا كانت الضحية طفلًا، فإن «نشاط جنسي ',
          'مع قاصر» مناسب أيضًا.',
        ),
      },
    },
    R7_GENDER_PREFERENCE_NOT_OFFERED: {
      default: {
        message: 'لم يُعرض على {{person}} اختيار جنس من يجري المقابلة.',
        fix: 'اسأل الضحية إن كانت تفضّل أن تجري المقابلة معها امرأة أو رجل، وسجِّل الإجابة.',
      },
    },
    R7_SUPPORT_PERSON_NOT_OFFERED: {
      default: {
        message: 'لم يُعرض على {{person}} حضور شخص داعم.',
        fix: 'اعرض على الضحية حضور شخص داعم من اختيارها، وسجِّل هذا العرض.',
      },
    },
    R7_SETTING_NOT_PRIVATE: {
      default: {
        message: 'لا تُجرى المقابلة مع {{person}} في مكان يكفل الخصوصية.',
        fix: 'انقل المقابلة إلى مكان لا يمكن فيه لأحد أن يراها أو يسمعها.',
      },
    },
    R7_INTERPRETER_NOT_VETTED: {
      default: {
        message: 'لم يُسجَّل أن المترجم الشفوي في المقابلة مع {{person}} قد خضع للتدقيق.',
        fix: text(
          'استعن بمترجم شفوي خضع للتدقيق ولا صلة له بالشخص المعني أو بالمجتمع المحلي المعني، ',
          'وسجِّل هذا التدقيق.',
        ),
      },
    },
    R7_TEAM_SINGLE_GENDER: {
      default: {
        message: 'جميع أعضاء الفريق الذي يجري المقابلة مع {{person}} من جنس واحد.',
        fix: 'أشرِك، حيثما أمكن، محاورين من الجنسين.',
      },
    },
    R8_ASSISTANCE_NOT_OFFERED: {
      noOffer: {
        message: 'جرى التواصل مع {{person}} لكن لم يُسجَّل أي عرض للمساعدة.',
        fix: 'اعرض المساعدة الآن وسجِّل العرض، أيًا كان قرار الضحية بشأن التحقيق.',
      },
      lateOffer: {
        message: 'لم تُعرض المساعدة على {{person}} إلا بعد الاتصال الأول.',
        fix: 'اعرض المساعدة الآن وسجِّل العرض، أيًا كان قرار الضحية بشأن التحقيق.',
      },
    },
    R8_OFFER_AT_FIRST_CONTACT: {
      default: {
        message: 'يجب عرض المساعدة على {{person}} عند أول اتصال.',
        fix: text(
          'جهِّز خيارات الإحالة (الرعاية الطبية، والدعم النفسي والاجتماعي، والمساعدة القانونية، والمأوى، ',
          'وسبل العيش، والتعليم، وإعالة الطفل) قبل الاتصال بالضحية.',
        ),
      },
    },
    R9_DISCLOSURE_WITHOUT_CONSENT: {
      default: {
        message: text(
          'تُرسَل هوية {{person}} ({{fields, identityFieldInText}}) إلى جهة متلقية دون تسجيل ',
          'موافقة الشخص على إطلاع تلك الجهة عليها.',
        ),
        fix: text(
          'سجِّل موافقة {{person}} على مشاركة المعلومات مع هذه الجهة (وموافقة ولي الأمر إذا ',
          'كان الشخص طفلًا)، أو لا ترسل سوى الاسم المستعار والفئة العمرية والجنس.',
        ),
      },
    },
    R9_DISCLOSURE_NOT_NECESSARY: {
      default: {
        message: 'أُدرجت هوية {{person}} ({{fields, identityFieldInText}}) حيث لا حاجة إليها.',
        fix: 'احذف البيانات التي تكشف هوية {{person}}؛ واكتفِ بالإشارة إلى الاسم المستعار والفئة العمرية والجنس.',
      },
    },
    R10_WRITTEN_NOTICE_MISSING: {
      afterInterview: {
        message: text(
          'أُجريت مقابلة مع {{person}} ({{category, personnelCategory}}) دون أن يُسجَّل قبلها ',
          'إخطار كتابي بالادعاء.',
        ),
        fix: 'سلِّم الموظف إخطارًا كتابيًا بالادعاء قبل المقابلة، وسجِّل وقت تسليمه.',
      },
      beforeInterview: {
        message: text(
          'من المقرر إجراء مقابلة مع {{person}} ({{category, personnelCategory}}) دون أن يُسجَّل ',
          'قبلها إخطار كتابي بالادعاء.',
        ),
        fix: 'سلِّم الموظف إخطارًا كتابيًا بالادعاء قبل المقابلة، وسجِّل وقت تسليمه.',
      },
    },
    R10_OBSERVER_NOT_OFFERED: {
      default: {
        message: 'لم يُسجَّل أنه عُرض على {{person}} ({{category, personnelCategory}}) حضور مراقب.',
        fix: 'أبلغ الموظف بأنه يجوز له أن يصطحب مراقبًا إلى المقابلة، وسجِّل هذا العرض.',
      },
    },
    R11_CONTRIBUTING_COUNTRY_NOT_NOTIFIED: {
      default: {
        message: '{{person}} ({{category, personnelCategory}}): لم يُسجَّل أي إخطار للبلد المساهم.',
        fix: text(
          'أخطِر البلد المساهم عن طريق بعثته الدائمة، واطلب إليه تعيين موظف تحقيق وطني؛ ',
          'ويبدأ حينئذ احتساب مهلة التعيين.',
        ),
      },
    },
    R12_HASH_MISSING: {
      default: {
        message: 'لم تُسجَّل للدليل {{evidence}} بصمة SHA-256 عند جمعه.',
        fix: text(
          'أضِف الملف عن طريق Casefile حتى تُحسب بصمته أثناء قراءته؛ وإذا كان الأصل قد عُدِّل ',
          'منذ ذلك الحين، فسجِّل ذلك بوصفه ملاحظة.',
        ),
      },
    },
    R12_ORIGINAL_CHANGED: {
      default: {
        message: 'عُدِّل الأصل الإثباتي {{evidence}} بعد جمعه.',
        fix: 'أبقِ الأصل دون أي مساس؛ واصنع نسخة عمل مسجَّلة في السجل واعمل عليها.',
      },
    },
    R12_COPY_NOT_LINKED: {
      default: {
        message: 'نسخة العمل {{evidence}} غير مربوطة بأصلها الإثباتي.',
        fix: 'سجِّل الأصل الذي أُخذت منه هذه النسخة.',
      },
    },
    R12_COPY_NOT_LOGGED: {
      default: {
        message: 'لم يُسجَّل إعداد النسخة {{evidence}} في سجل العهدة الخاص بـ {{original}}.',
        fix: 'أضِف النسخة إلى سجل العهدة الخاص بـ {{original}}: من أعدَّها، ومتى، ولماذا.',
      },
    },
    R12_COPY_NOT_APART: {
      default: {
        message: 'نسخة العمل {{evidence}} محفوظة مع أصلها {{original}}.',
        fix: 'احفظ الأصل الإثباتي بمعزل عن نسخ العمل.',
      },
    },
    R12_COLLECTION_NOT_LOGGED: {
      default: {
        message: 'لا يبدأ سجل العهدة الخاص بالدليل {{evidence}} بجمعه.',
        fix: 'سجِّل جمع الدليل (متى وأين ومن قام به) بوصفه أول حدث عهدة.',
      },
    },
    R12_CUSTODY_NOT_CHRONOLOGICAL: {
      default: {
        message: 'سجل العهدة الخاص بالدليل {{evidence}} غير مرتب ترتيبًا زمنيًا.',
        fix: text(
          'تحقَّق من تواريخ أحداث العهدة؛ فلا يجوز أن يكون تاريخ أي قيد في السجل سابقًا ',
          'لتاريخ القيد المسجَّل قبله.',
        ),
      },
    },
    R13_OUTCOME_LETTER_MISSING: {
      default: {
        message: 'أُغلقت القضية ولا توجد رسالة نتيجة موجهة إلى {{person}}.',
        fix: 'أعِدَّ رسالة النتيجة انطلاقًا من القالب، أيًا كانت النتيجة، وسلِّمها كتابةً أو شفويًا.',
      },
    },
    R13_OUTCOME_LETTER_NOT_DELIVERED: {
      default: {
        message: 'لم يُسجَّل تسليم رسالة النتيجة إلى {{person}}.',
        fix: 'سجِّل كيف سُلِّمت الرسالة ومتى ومن سلَّمها (شفويًا حيث تقتضي ذلك القدرة على القراءة أو دواعي السلامة).',
      },
    },
    R14_REPUTATION_STEPS_MISSING: {
      default: {
        message: 'ثبت أن الادعاء ضد {{person}} لا أساس له، ولم يُسجَّل أي إجراء لرد الاعتبار.',
        fix: 'سجِّل الإجراءات المتخذة (مثل إبلاغ الشخص المعني ورؤسائه كتابةً بالنتيجة).',
      },
    },
    R15_EXAM_WINDOW_OPEN: {
      default: {
        message: 'ربما لم تمضِ على الواقعة {{hours}} ساعة بعدُ، ولم يُعرض على {{person}} إجراء فحص طبي شرعي.',
        fix: text(
          'اعرض الآن إجراء فحص على يد مقدم خدمات مؤهل، وسجِّل ما إذا كان العرض قد قُبل أو رُفض؛ ',
          'واعرض العلاج (العلاج الوقائي بعد التعرض ومنع الحمل في حالات الطوارئ) فورًا في الحالتين.',
        ),
      },
    },
    R15_PROVIDER_NOT_QUALIFIED: {
      default: {
        message: 'لم يُسجَّل أن من أجرى الفحص الطبي الشرعي على {{person}} مقدم خدمات مؤهل.',
        fix: 'سجِّل مؤهلات مقدم الخدمات، أو اطلب من مقدم خدمات مؤهل مراجعة نتائج الفحص.',
      },
    },
    R15_TREATMENT_WAITING: {
      default: {
        message: 'سُجِّل فحص طبي شرعي أُجري على {{person}} لكن لم يُعرض أي علاج طبي.',
        fix: text(
          'اعرض الرعاية الطبية الآن (بما في ذلك العلاج الوقائي بعد التعرض ومنع الحمل في حالات ',
          'الطوارئ عند الاقتضاء)؛ فالعلاج لا ينتظر الفحص أو رفضه.',
        ),
      },
    },
    R15_EXAM_AFTER_WINDOW: {
      default: {
        message: 'أُجري الفحص الطبي الشرعي على {{person}} بعد مرور أكثر من {{hours}} ساعة على الواقعة.',
        fix: 'اذكر في التقرير أن التأخير قد يحدّ من نتائج الفحص الطبي الشرعي.',
      },
    },
  },

  documents: {
    custodyReport: {
      title: 'تقرير سلسلة العهدة',
      fileTitle: 'سلسلة العهدة: {{reference}} {{number}}',
      subtitle: 'الدليل {{number}} · القضية {{reference}}',
      header: '{{reference}} · الدليل {{number}} · سلسلة العهدة',
      footer: 'أُعدَّ في {{at}} بواسطة {{actor}} · {{marking}}',
      item: {
        heading: 'الدليل',
        number: 'الرقم',
        type: 'النوع',
        description: 'الوصف',
        role: 'الدور',
        workingCopyOf: 'نسخة عمل من {{number}}',
        workingCopyOfUnknown: 'نسخة عمل من أصل',
        copies: 'نسخ العمل',
        status: 'الحالة',
        confidentiality: 'مستوى السرية',
        collected: 'تاريخ الجمع',
        collectedAt: 'مكان الجمع',
        withheld: 'محجوب: سري للغاية (انظر الخزنة المشفرة)',
        collectedBy: 'القائم بالجمع',
        storage: 'مكان الحفظ',
        source: 'المصدر',
        recorded: 'تاريخ تسجيل اللقطات',
        identified: 'تاريخ تحديد المصدر',
      },
      files: {
        heading: 'الملفات المحفوظة في الخزنة المشفرة ({{files}})',
        none: 'لا توجد ملفات محفوظة لهذا الدليل.',
        sha256: 'بصمة SHA-256 عند الجمع',
        size: 'الحجم',
        bytes: '{{size}} بايت',
        added: 'تاريخ الإضافة',
        lastCheck: 'آخر تحقق',
        unchecked: 'لم يُتحقَّق منه مجددًا منذ إضافته',
        verified: 'تم التحقق: يطابق بصمة SHA-256 أعلاه ({{at}})',
        failed: 'فشل التحقق: {{problem}} ({{at}})',
        problemUnknown: 'لم يجتز الملف فحص السلامة',
      },
      events: {
        headingOne: 'سلسلة العهدة (حدث واحد)',
        heading: 'سلسلة العهدة (عدد الأحداث: {{events}})',
        none: 'لم يُسجَّل أي حدث عهدة.',
        title: '#{{sequence}}  {{kind}}  ·  {{at}}',
        from: 'من',
        to: 'إلى',
        persons: 'الأشخاص',
        purpose: 'الغرض',
        seal: 'رقم الختم',
        location: 'المكان',
        note: 'ملاحظة',
        recheck: 'إعادة التحقق من البصمة',
        recheckNone: 'لم يجرِ أي تحقق في هذا الحدث',
        match: '{{file}}: يطابق بصمة SHA-256 المسجلة عند الجمع',
        failed: '{{file}}: فشل التحقق، {{problem}}',
        expected: 'البصمة المتوقعة {{sha256}}',
        logged: 'تاريخ القيد',
        loggedBy: '{{at}} بواسطة {{actor}}',
      },
      certification: {
        heading: 'شهادة',
        statement: text(
          'أشهد بأن هذا التقرير يتضمن جميع أحداث العهدة المسجلة لهذا الدليل، وبصمة SHA-256 ',
          'لكل ملف من ملفاته كما هي مسجلة في الخزنة المشفرة.',
        ),
        name: 'الاسم',
        signature: 'التوقيع',
        date: 'التاريخ',
      },
    },
    verificationReport: {
      title: 'تقرير التحقق من الأدلة',
      fileTitle: 'التحقق من الأدلة: {{reference}}',
      subtitle: 'القضية {{reference}} · عدد الأدلة: {{items}} · عدد الملفات: {{files}}',
      header: '{{reference}} · التحقق من الأدلة',
      footer: 'أُعدَّ في {{at}} بواسطة {{actor}} · {{marking}}',
      about: {
        heading: 'عن هذا التقرير',
        purpose: text(
          'يسرد هذا التقرير جميع ملفات الأدلة المحفوظة للقضية {{reference}}. ويقدم لكل ملف بصمةً لمحتواه ',
          'الدقيق (بصمة SHA-256) وتوقيعًا رقميًا أُنشئ عند قيد الملف. وبهما يستطيع أي شخص أن يتحقق، دون ',
          'Casefile ودون الحاجة إلى الثقة بالأشخاص الذين في حوزتهم القضية، من أن الملف المسلَّم هو الملف ',
          'نفسه الذي جُمع، وأن سجل وقت جمعه والشخص الذي جمعه لم يتغير منذ ذلك الحين.',
        ),
        hash: text(
          'بصمة SHA-256 سلسلة من 64 حرفًا تُحسب من كل بايت في الملف: وتغيير بايت واحد يعطي بصمة ',
          'مختلفة تمامًا. فإذا كانت بصمة الملف الذي تلقيته هي البصمة المطبوعة هنا، فإن الملف هو الملف ',
          'الذي جُمع.',
        ),
        signature: text(
          'أنشأت التوقيعَ الخزنةُ المشفرة التي قيَّدت الملف، بمفتاح لا يغادر تلك الخزنة أبدًا. ويشمل ',
          'التوقيع بيانًا موجزًا: بصمة الملف وحجمه، ووقت جمعه والشخص الذي جمعه، والقضية والدليل. ',
          'ويُعرَّف الموقِّع ببصمة (8 مجموعات من 4 أحرف)، ويُطبع مفتاحه العام في نهاية هذا التقرير. ',
          'اطلب من الموقِّع بصمته عبر قناة أخرى (شخصيًا أو بالهاتف): فإن كانت مطابقة، وثبتت صحة ',
          'التوقيع، فإن البيان صادر عن ذلك الموقِّع ولم يُغيَّر.',
        ),
        imported: text(
          'يحتفظ الدليل المستلَم من خزنة أحد الزملاء بتوقيع الخزنة التي قيَّدته: فالموقِّع هو تلك ',
          'الخزنة، لا الخزنة التي طبعت هذا التقرير.',
        ),
      },
      steps: {
        heading: 'طريقة التحقق خطوة بخطوة',
        hash: text(
          'تحقَّق من بصمة الملف بالأمر sha256sum FILE (في macOS: shasum -a 256 FILE؛ وفي Windows: ',
          'certutil -hashfile FILE SHA256)، حيث FILE اسم الملف. ويجب أن تكون الأحرف الـ64 المطبوعة ',
          'هي بصمة SHA-256 المبيَّنة لذلك الملف.',
        ),
        key: text(
          'احفظ المفتاح العام للموقِّع: انسخ أسطره، من -----BEGIN PUBLIC KEY----- إلى ',
          '-----END PUBLIC KEY-----، في ملف باسم key.pem.',
        ),
        decode: text(
          'احفظ البيان الموقَّع للملف وتوقيعه: انسخ نص base64 الخاص بالبيان في الملف statement.b64 ',
          'ونص التوقيع في الملف signature.b64 (لا أهمية لفواصل الأسطر)، ثم فك ترميزهما بالأمرين: ',
          'base64 -d statement.b64 > statement.json ثم base64 -d signature.b64 > signature.sig',
        ),
        verify: text(
          'تحقَّق من التوقيع (OpenSSL 3.0 أو إصدار أحدث) بالأمر: openssl pkeyutl -verify -pubin ',
          '-inkey key.pem -rawin -in statement.json -sigfile signature.sig. ولا يكون الرد ',
          '«Signature Verified Successfully» إلا إذا كان البيان هو بالضبط البيان الذي وقَّعه ذلك المفتاح.',
        ),
        read: text(
          'اقرأ الملف statement.json: يجب أن تكون قيم sha256 وsize وcollectedAt وcollector فيه ',
          'هي القيم المطبوعة للملف في هذا التقرير.',
        ),
        fingerprint: text(
          'تحقَّق من بصمة المفتاح بالأمر: openssl pkey -pubin -in key.pem -outform DER | tail -c 32 | ',
          'sha256sum. والأحرف الـ32 الأولى من الناتج، في مجموعات من أربعة، هي البصمة المطبوعة هنا.',
        ),
      },
      item: {
        heading: 'الدليل {{number}}',
        description: 'الوصف',
        collected: 'تاريخ الجمع',
        collectedBy: 'القائم بالجمع',
        collectorUnknown: 'غير مسجَّل',
        custody: 'سلسلة العهدة',
        custodyNone: 'لم يُسجَّل أي حدث عهدة.',
        event: '#{{sequence}} {{kind}}، {{at}}: {{purpose}}',
        eventFromTo: '#{{sequence}} {{kind}}، {{at}}، من {{from}} إلى {{to}}: {{purpose}}',
        noFiles: 'لا توجد ملفات محفوظة لهذا الدليل.',
      },
      file: {
        sha256: 'بصمة SHA-256',
        size: 'الحجم',
        added: 'تاريخ القيد',
        signer: 'الموقِّع',
        signerThisVault: '{{fingerprint}} (هذه الخزنة)',
        signerOther: '{{fingerprint}} (خزنة أخرى: استُلم الدليل منها)',
        signedAt: 'تاريخ التوقيع',
        signedAtIngest: '{{at}}، عند قيد الملف',
        signedLater: '{{at}}، عند أول تحقق منه (قُيِّد الملف قبل العمل بالتوقيع)',
        unsigned: 'لم يُوقَّع بعد: سيُوقَّع عند التحقق التالي منه. ولا يمكن التحقق إلا من بصمته.',
        statement: 'البيان الموقَّع (base64)',
        signatureValue: 'التوقيع (base64)',
      },
      keys: {
        heading: 'المفاتيح العامة للموقِّعين',
        none: 'لا يوجد أي ملف موقَّع في هذه القضية.',
        thisVault: 'البصمة {{fingerprint}}: هذه الخزنة',
        other: 'البصمة {{fingerprint}}: خزنة أخرى',
      },
      certification: {
        heading: 'شهادة',
        statement: text(
          'أشهد بأن هذا التقرير يتضمن جميع ملفات الأدلة المحفوظة لهذه القضية في الخزنة المشفرة، ',
          'مع البصمة والتوقيع وسلسلة العهدة المسجلة لكل منها.',
        ),
      },
    },
  },

  statusReasons: {
    closedByFindings: 'سُجِّلت نتيجة التحقيق بشأن كل شخص معني.',
    reopenedByCorrection: 'صُحِّحت نتيجة التحقيق بشأن أحد الأشخاص المعنيين.',
  },
  letterWarnings: {
    signatoryMissing: 'لم يُحدَّد أي موقِّع: ستحمل الرسالة عبارة «[يُحدَّد الموقِّع]» في موضع التوقيع.',
    signatoryPlaceholder: 'الموقِّع المذكور عبارة مؤقتة وليس شخصًا: حدِّد اسم من يوقِّع الرسالة.',
    signatoryTitleMissing: 'منصب الموقِّع غير مذكور في خانة التوقيع.',
    contactMissing: 'لم تُحدَّد أي جهة اتصال: ستذكر الرسالة عبارة مؤقتة بوصفها جهة الاتصال.',
    contactPlaceholder: 'جهة الاتصال المذكورة عبارة مؤقتة وليست شخصًا: حدِّد اسم من يمكن الاتصال به.',
    replyByPast: 'تاريخ الرد، {{date, date}}، ليس لاحقًا لتاريخ الرسالة.',
    reportReferenceMissing: 'لا يوجد مرجع لتقرير التحقيق: سجِّله مع نتيجة التحقيق أو أدخله لهذه الرسالة.',
    noteNumberMissing: 'لم يُذكر رقم المذكرة الشفوية أو رقم مكتب الشؤون القانونية.',
  },
  templateProblems: {
    unclosedTag: 'وسم فُتح بـ {{open}} ولم يُغلق بـ {{close}} (اكتب {{literal}} لإدراج {{open}} كما هو).',
    emptyTag: 'هذا الوسم فارغ: الوسم واحد مما يلي: {{tags}}؛ واكتب {{literal}} لإدراج {{open}} كما هو.',
    notATag: '{{written}} ليس وسمًا: الوسم واحد مما يلي: {{tags}}؛ واكتب {{literal}} لإدراج {{open}} كما هو.',
    notAPath: '«{{written}}» ليس مسارًا مثل case.reference أو .code.',
    elseWithoutIf: 'لا يسبق {{elseTag}} أي {{ifTag}} مفتوح.',
    elseInsideEach: 'لا يسبق {{elseTag}} أي {{ifTag}} مفتوح: فهو داخل {{eachTag}}، الذي يجب إغلاقه أولًا.',
    secondElse: 'يوجد {{elseTag}} ثانٍ داخل {{ifTag}}.',
    closerWithoutOpener: 'لا يوجد {{opener}} يقابل {{closer}}.',
    closesWrongBlock: 'يقع {{closer}} حيث ينبغي إغلاق {{opened}}: أغلِقه أولًا بـ {{expected}}.',
    notClosed: 'لم يُغلق {{opened}} بـ {{closer}}.',
    outsideEach: '«{{written}}» يقرأ عنصرًا من قائمة، لكنه ليس داخل {{eachTag}}.',
    throughList: '«{{list}}» قائمة: كرِّر عليها بـ {{eachTag}} واكتب {{itemTag}} بداخله.',
    unknownField: '«{{written}}»: لا يوجد هنا حقل باسم «{{missing}}».',
    unknownFieldSuggestion: '«{{written}}»: لا يوجد هنا حقل باسم «{{missing}}» (هل تقصد «{{suggestion}}»؟).',
    notVisible: 'لا يجوز أن يظهر «{{written}}» في {{recipient, recipientLettersInText}}.',
    notVisibleBecause: 'لا يجوز أن يظهر «{{written}}» في {{recipient, recipientLettersInText}}: {{because}}',
    notAList: '«{{written}}» ليس قائمة: يتكرر {{eachTag}} على قائمة (مثل الضحايا أو الأدلة).',
    isFlag: '«{{written}}» حقل قيمته نعم أو لا: استخدمه بالصيغة {{ifTag}}…{{endTag}}.',
    isList: '«{{written}}» قائمة: كرِّر عليها بـ {{eachTag}}…{{endTag}}.',
    isGroup: '«{{written}}» مجموعة حقول: اذكر أحدها.',
    hints: {
      caseSummary: text(
        'قد يذكر الملخص الداخلي للقضية أسماء أشخاص: اكتب ما تحتاج إليه الرسالة في تفاصيل الادعاء ',
        'الخاصة بالرسالة (letter.particulars).',
      ),
      useVictimName: 'في رسالة الإغلاق، استخدم victim.name.',
      victimIdentity: text(
        'لا تخرج هوية الضحية من الخزنة المشفرة إلا بموافقتها (R9): استخدم .displayName، الذي يحمل الاسم ',
        'حين تشمل الموافقة هذه الجهة المتلقية، والاسم المستعار في غير ذلك.',
      ),
      ownVictim: text(
        'لا تتضمن رسالة الإغلاق إلا ما تحتاج إليه الضحية: اسمها (victim.name) واسمها المستعار، ',
        'لا بيانات الاتصال بها ولا وثائقها.',
      ),
      subject: text(
        'لا يُذكر في الرسائل من بيانات الشخص المعني إلا اسمه وجنسيته وفئته ووحدته ووظيفته، ',
        'و(لبعض الجهات المتلقية) رقم خدمته.',
      ),
      onlyOwnVictim: 'لا تتضمن رسالة الإغلاق إلا الضحية الموجهة إليها: استخدم حقول victim (مثل victim.name).',
      witnesses: text(
        'لا يظهر الشهود في الرسائل أبدًا: فالرسائل لا تتضمن إلا الحد الأدنى الضروري (R9)، ',
        'ولا يظهر الشهود قط في رسالة إغلاق.',
      ),
    },
  },
  templatePlaces: {
    title: 'عنوان الرسالة',
    headerLeft: 'يسار رأس الصفحة',
    headerRight: 'يمين رأس الصفحة',
    footerLeft: 'يسار تذييل الصفحة',
    footerRight: 'يمين تذييل الصفحة',
    block: 'الجزء {{number}}',
    blockOfKind: 'الجزء {{number}} ({{kind}})',
    blockKinds: {
      letterhead: 'الترويسة',
      heading: 'عنوان',
      paragraph: 'فقرة',
      list: 'قائمة',
      table: 'جدول',
      signature: 'خانة التوقيع',
      spacer: 'مساحة فارغة',
      pageBreak: 'فاصل صفحات',
      if: 'قسم مشروط',
      each: 'قسم متكرر',
    },
    then: 'عند التوفر',
    else: 'في غير ذلك',
    condition: 'شرطه',
    line: 'السطر {{number}}',
    item: 'البند {{number}}',
    columnHeader: 'رأس العمود {{number}}',
    row: 'الصف {{number}}',
    cell: 'الخلية {{number}}',
    each: 'ما يتكرر عليه',
    when: 'شرط الإبقاء عليه',
    signatureName: 'اسم الموقِّع',
    signatureTitle: 'منصب الموقِّع',
    signaturePlace: 'مكان التوقيع',
    signatureDate: 'تاريخ الرسالة',
    run: 'المقطع {{number}}',
    character: 'الحرف {{number}}',
  },
  auditBreaks: {
    seqGap: 'صفوف مفقودة: يأتي الصف {{found}} في الموضع الذي ينبغي أن يكون فيه الصف {{expected}}.',
    linkMismatch: 'هذا الصف لا يتصل بالصف الذي قبله: فقد استُبدل صف قبله أو حُذف.',
    rowUnreadable: 'لم يعد من الممكن قراءة هذا الصف: فقد تلفت تفاصيله بعد تدوينه.',
    rowChanged: 'عُدِّل هذا الصف بعد تدوينه.',
    headMissing: 'فُقد ما يحدد موضع نهاية سجل التدقيق.',
    truncated: text(
      'يتوقف سجل التدقيق عند الصف {{last}}، مع أنه دُوِّن حتى الصف {{written}}: ',
      'فالصفوف التي تلي الصف {{last}} مفقودة.',
    ),
    allRowsMissing: 'سجل التدقيق فارغ، مع أنه دُوِّن حتى الصف {{written}}: فجميع صفوفه مفقودة.',
    rowsAfterHead: text(
      'الصفوف ابتداءً من الصف {{first}} لم يدوِّنها Casefile: فهي تأتي بعد النهاية المسجلة ',
      'لسجل التدقيق.',
    ),
    headMismatch: 'الصف الأخير ليس الصف المسجَّل بوصفه نهاية سجل التدقيق.',
  },
  deadlineReasons: {
    investigativeAction: text(
      'سُجِّل إجراء تحقيقي: {{kind, investigativeActionKind}} ',
      '({{status, investigativeActionStatus}})',
    ),
  },
  timeline: {
    finding: 'نتيجة التحقيق بشأن {{person}}: {{outcome, findingOutcome}}',
    findingCorrected: 'تصحيح نتيجة التحقيق بشأن {{person}}: {{outcome, findingOutcome}}',
    subjectAction: '{{person}}: {{kind, subjectActionKind}}',
    followUpSent: 'إرسال {{kind, followUpKind}} إلى: {{counterpart, followUpCounterpart}}',
    followUpReply: 'تلقي رد من: {{counterpart, followUpCounterpart}}',
    incident: 'الواقعة المدعاة',
    incidentOfMany: 'الواقعة المدعاة {{position}} من {{total}}',
    opened: 'فتح القضية: {{status, caseStatus}}',
    status: 'الحالة: {{status, caseStatus}}',
    interview: 'مقابلة مع {{person}}',
    interviewPlanned: 'مقابلة مع {{person}} (مقررة)',
    interviewSource: 'المقابلة مع {{person}}',
    investigativeAction: '{{kind, investigativeActionKind}}: {{status, investigativeActionStatus}}',
    investigativeActionOf: '{{kind, investigativeActionKind}} ({{person}}): {{status, investigativeActionStatus}}',
    evidence: 'جمع الدليل {{number}} ({{type, evidenceTypeInText}})',
    custodyFromTo: 'من {{from}} إلى {{to}}',
    custodySeal: 'الختم {{seal}}',
    assistanceOffered: 'عرض المساعدة على {{person}}: {{service, assistanceService}}',
    assistanceStep: '{{service, assistanceService}} لصالح {{person}}: {{status, assistanceStatus}}',
    victimContact: 'التواصل مع {{person}} ({{channel, contactChannel}})',
    closureLetterDelivered: 'تسليم رسالة الإغلاق إلى {{person}}',
    paternityBirth: 'ولادة الطفل {{child}}',
    paternityReported: 'الإبلاغ عن مطالبة بإثبات النسب للطفل {{child}}',
    paternityDnaTaken: 'أخذ عينة الحمض النووي من الطفل {{child}}',
    paternityDnaSent: 'إرسال عينة الحمض النووي للطفل {{child}} لتحليلها',
    paternityDnaResult: 'ورود نتيجة تحليل الحمض النووي للطفل {{child}}',
    paternityStateContacted: 'الاتصال بالدولة العضو بشأن الطفل {{child}}',
    paternitySupportOrdered: 'صدور أمر بنفقة الطفل {{child}}',
    paternitySupportPaid: 'دفع نفقة الطفل {{child}}',
  },
  custodyTransfer: {
    sent: text(
      'سُلِّم ضمن حزمة قضية مشفرة، مع بصمة SHA-256 لكل ملف كما سُجِّلت عند جمعه؛ ',
      'ويتحقق المستلم من كل ملف بمطابقته مع تلك البصمة.',
    ),
    received: 'استُلم ضمن حزمة قضية مشفرة؛ وجرى التحقق من كل ملف بمطابقته مع بصمة SHA-256 الخاصة به.',
    vault: 'خزنة Casefile {{fingerprint}}',
    vaultUnnamed: 'إحدى خزنات Casefile',
    passphraseHolder: 'حائز عبارة المرور الخاصة بالحزمة',
    unknownSender: 'مُرسِل غير معروف {{fingerprint}}',
    unknownSenderUnnamed: 'مُرسِل غير معروف',
  },
  app: {
    couldNotStart: 'تعذَّر بدء تشغيل Casefile',
  },
  unknownValue: 'قيمة لا يعرفها هذا الإصدار من Casefile',
};
