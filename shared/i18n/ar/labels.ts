import type { DocumentLabelCatalogue } from '../label-types.js';

/**
 * The Arabic words of the values a letter prints (DOCUMENT_LABEL_GROUPS): letters are written in
 * Arabic, the screens are not yet, so this catalogue holds the document groups only.
 */
export const labels: DocumentLabelCatalogue = {
  caseStatus: {
    preliminary_assessment: 'تقييم أولي',
    under_review: 'قيد الاستعراض',
    under_investigation: 'قيد التحقيق',
    pending_member_state: 'في انتظار تحقيق الدولة العضو',
    substantiated: 'ثبتت صحتها',
    not_substantiated: 'لم تثبت صحتها',
    closed_other: 'أُغلقت لأسباب أخرى',
  },
  caseCategory: {
    SE: 'الاستغلال الجنسي',
    SA: 'الانتهاك الجنسي',
  },
  caseSubtype: {
    exploitative_relationship: 'علاقة استغلالية',
    transactional_sex: 'ممارسة الجنس مقابل منفعة',
    solicitation_of_transactional_sex: 'التماس ممارسة الجنس مقابل منفعة',
    rape: 'الاغتصاب',
    sexual_assault: 'الاعتداء الجنسي',
    sexual_activity_with_minor: 'نشاط جنسي مع قاصر',
    other: 'أخرى',
  },
  investigatingEntity: {
    oios: 'مكتب خدمات الرقابة الداخلية',
    tcc_pcc: 'البلد المساهم (موظف التحقيق الوطني)',
    joint_tcc_oios: 'فريق مشترك من البلد المساهم ومكتب خدمات الرقابة الداخلية',
    mission_siu: 'وحدة التحقيقات الخاصة التابعة للبعثة',
    un_police: 'شرطة الأمم المتحدة',
    ad_hoc_panel: 'فريق مخصص',
    agency_investigators: 'المحققون التابعون للوكالة أو الصندوق أو البرنامج',
  },
  personnelCategory: {
    civilian_int: 'موظف مدني (معيّن دوليًا)',
    civilian_ns: 'موظف مدني (معيّن وطنيًا)',
    civilian_unv: 'متطوع من متطوعي الأمم المتحدة',
    military_mc: 'فرد في وحدة عسكرية',
    military_mo: 'مراقب عسكري (خبير موفد في بعثة)',
    police_unpol: 'ضابط شرطة تابع للأمم المتحدة (خبير موفد في بعثة)',
    police_fpu: 'فرد في وحدة شرطة مشكّلة',
    implementing_partner: 'موظف لدى شريك منفذ',
    contractor: 'متعاقد',
    non_un_force: 'فرد في قوة غير تابعة للأمم المتحدة',
    unknown: 'غير معروف',
  },
  evidenceType: {
    physical: 'مادية',
    documentary: 'مستندية',
    digital: 'رقمية',
    biological: 'بيولوجية',
    photo_video: 'صورة أو فيديو',
    testimony_reference: 'محضر شهادة',
    other: 'أخرى',
  },
  evidenceStatus: {
    collected: 'جُمع',
    in_storage: 'في مكان حفظ آمن',
    at_lab: 'في المختبر',
    returned: 'أُعيد',
    destroyed: 'أُتلف',
  },
  firmness: {
    binding: 'مهلة ملزمة',
    target: 'مهلة مستهدفة',
    advisory: 'إرشادية',
  },
  paternityStatusInText: {
    pending: 'قيد النظر',
    established: 'ثابتة',
    not_established: 'غير ثابتة',
    closed: 'مغلقة',
  },
  sexInText: {
    female: 'أنثى',
    male: 'ذكر',
    unknown: 'الجنس غير معروف',
  },
  ageBandInText: {
    adult: 'من البالغين',
    minor: 'من القُصّر (دون 18 سنة)',
    unknown: 'العمر غير معروف',
  },
  confidentialityMarking: {
    standard: 'غير سري',
    confidential: 'سري',
    strictly_confidential: 'سري للغاية',
  },
  closureReasonToVictim: {
    victim_declined_to_participate: 'لقد أخبرتمونا بأنكم لا ترغبون في مواصلة المشاركة، ونحن نحترم قراركم.',
    subject_not_identified: 'لم يكن من الممكن تحديد هوية الشخص الذي أخبرتمونا عنه.',
    subject_separated_from_service: 'لم يعد الشخص المعني في خدمة المنظمة، ولم يعد بإمكانها اتخاذ تدابير تأديبية بحقه.',
    other: 'حالت ظروف خارجة عن إرادتنا دون مواصلة التحقيق.',
  },
  clockStartEventAfter: {
    incident: 'بعد الواقعة',
    footage_recorded: 'بعد تسجيل اللقطات',
    evidence_collected: 'بعد جمع الدليل',
    cctv_identified: 'بعد تحديد لقطات المراقبة',
    phone_data_identified: 'بعد تحديد بيانات الهاتف',
    case_received: 'بعد تلقي الادعاء',
    referral_for_investigation: 'بعد الإحالة إلى التحقيق',
    notification_to_tcc: 'بعد هذا الإخطار',
    subject_rotation_date: 'قبل تناوب الشخص المعني أو إعادته إلى وطنه أو انتهاء عقده',
    referral_or_notification_sent: 'بعد إرسال الإحالة أو الإخطار',
  },
};
