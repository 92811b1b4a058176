import { foldForSearch } from './search-fold.js';

/**
 * Arabic broken plurals change the inside of a word (شاهد, plural شهود), so no cut of a prefix or an
 * ending joins them, and a general broken-plural stemmer joins far too much (roots are shared by words
 * of unrelated meaning). As search engines for a field do, this is a small dictionary of the plurals an
 * investigation writes, each with its singular: people, evidence, interviews, places, documents, harm
 * and time. Sound plurals (مقابلات, شاهدات, لاجئين) need no entry: their endings are cut. A plural whose
 * singular has two letters (أمهات, آباء, حقوق) is left out, as two-letter stems are (search-stem.ts); so is
 * a plural that is also a common word of another meaning (أسر, captured; أقارب, near), one whose singular's
 * stem is another word's (شروط: شرط is also الشرطة, the police; دقائق: دقيق is also precise), and one the
 * endings already join (صور, قرى, دول, غرف, نسخ, تهم, مهل are stored as صورة, قرية… are).
 */
const PLURAL_SINGULAR: readonly (readonly [plural: string, singular: string])[] = [
  // People
  ['شهود', 'شاهد'],
  ['ضحايا', 'ضحية'],
  ['أطفال', 'طفل'],
  ['رجال', 'رجل'],
  ['نساء', 'امرأة'],
  ['فتيات', 'فتاة'],
  ['بنات', 'بنت'],
  ['أشخاص', 'شخص'],
  ['أفراد', 'فرد'],
  ['جنود', 'جندي'],
  ['ضباط', 'ضابط'],
  ['أعضاء', 'عضو'],
  ['أولياء', 'ولي'],
  ['أوصياء', 'وصي'],
  ['قادة', 'قائد'],
  ['خبراء', 'خبير'],
  ['أطباء', 'طبيب'],
  ['زملاء', 'زميل'],
  ['شركاء', 'شريك'],
  ['أصدقاء', 'صديق'],
  ['جناة', 'جاني'],
  // Evidence
  ['أدلة', 'دليل'],
  ['وثائق', 'وثيقة'],
  ['أقراص', 'قرص'],
  ['أجهزة', 'جهاز'],
  ['هواتف', 'هاتف'],
  ['أختام', 'ختم'],
  ['أسلحة', 'سلاح'],
  ['أموال', 'مال'],
  ['هدايا', 'هدية'],
  ['مبالغ', 'مبلغ'],
  ['أقوال', 'قول'],
  // Interviews
  ['أسئلة', 'سؤال'],
  ['أجوبة', 'جواب'],
  // Places
  ['أماكن', 'مكان'],
  ['مواقع', 'موقع'],
  ['مدن', 'مدينة'],
  ['منازل', 'منزل'],
  ['بيوت', 'بيت'],
  ['مدارس', 'مدرسة'],
  ['مكاتب', 'مكتب'],
  ['مراكز', 'مركز'],
  ['طرق', 'طريق'],
  // Documents
  ['رسائل', 'رسالة'],
  ['قوالب', 'قالب'],
  ['تقارير', 'تقرير'],
  ['محاضر', 'محضر'],
  ['أوامر', 'أمر'],
  ['أحكام', 'حكم'],
  ['قوانين', 'قانون'],
  ['قواعد', 'قاعدة'],
  ['مبادئ', 'مبدأ'],
  ['أسباب', 'سبب'],
  ['نتائج', 'نتيجة'],
  ['بنود', 'بند'],
  ['أرقام', 'رقم'],
  ['رموز', 'رمز'],
  ['أسماء', 'اسم'],
  ['عناوين', 'عنوان'],
  ['قضايا', 'قضية'],
  ['أطراف', 'طرف'],
  // Harm
  ['جرائم', 'جريمة'],
  ['جروح', 'جرح'],
  ['أضرار', 'ضرر'],
  ['مخاطر', 'خطر'],
  ['أخطار', 'خطر'],
  ['أمراض', 'مرض'],
  ['حوادث', 'حادث'],
  ['وقائع', 'واقعة'],
  ['شكاوى', 'شكوى'],
  ['أفعال', 'فعل'],
  ['أحداث', 'حدث'],
  // Time
  ['أيام', 'يوم'],
  ['أسابيع', 'أسبوع'],
  ['أشهر', 'شهر'],
  ['شهور', 'شهر'],
  ['أعوام', 'عام'],
  ['مواعيد', 'موعد'],
  ['أوقات', 'وقت'],
  ['تواريخ', 'تاريخ'],
];

/** Each plural, folded, with its singular, folded. */
export const BROKEN_PLURALS: ReadonlyMap<string, string> = new Map(
  PLURAL_SINGULAR.map(([plural, singular]) => [foldForSearch(plural), foldForSearch(singular)]),
);
