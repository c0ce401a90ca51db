import type { RelationWords } from '../../relations/words.js';

/**
 * Arabic words for agreements and events (see src/relations/words.ts). Written in ordinary
 * spelling; compiled through normalizeArabic, so `أ/إ/ا`, `ة/ه`, `ى/ي` variants all match.
 * Attached conjunctions and prepositions (`و ف ب ل ك`) and the article `ال` are stripped when a
 * word is looked up, so tables list bare forms (`زيارة` matches `بزيارة`, `الزيارة`, `وزيارة`).
 */
export const AR_RELATION_WORDS = {
  agreementNouns: [
    { phrase: 'اتفاقية|اتفاقيات|اتفاقيتين|اتفاق|اتفاقا|اتفاقات', kind: 'agreement' },
    { phrase: 'صفقة|صفقات', kind: 'agreement' },
    { phrase: 'مذكرة|مذكرات|مذكرتي|مذكرتين', kind: 'memorandum' },
    { phrase: 'مذكرة|مذكرات|مذكرتي تفاهم', kind: 'memorandum' },
    { phrase: 'بروتوكول|بروتوكولات|بروتوكولا', kind: 'protocol' },
    { phrase: 'معاهدة|معاهدات', kind: 'treaty' },
    { phrase: 'عقدا|عقود', kind: 'contract' },
    { phrase: 'شراكة|شراكات', kind: 'partnership' },
    { phrase: 'شراكة استراتيجية|إستراتيجية|شاملة', kind: 'partnership' },
  ],
  agreementVerbs: [
    { phrase: 'وقع|وقعت|وقعا|وقعتا|وقعوا|يوقع|يوقعان|توقيع|وقّع', status: 'signed' },
    { phrase: 'أبرم|أبرمت|أبرما|إبرام|يبرم', status: 'signed' },
    { phrase: 'اتفق|اتفقت|اتفقا|اتفقتا|اتفقوا|يتفق|تتفق على', status: 'agreed' },
    { phrase: 'توصل|توصلت|توصلا إلى', status: 'agreed' },
    { phrase: 'أعلن|أعلنت|أعلنا|إعلان', status: 'agreed' },
    { phrase: 'اقترح|اقترحت|اقتراح', status: 'proposed' },
    { phrase: 'ألغى|ألغت|إلغاء|ألغيت|ألغي', status: 'cancelled' },
  ],
  commitmentVerbs: [
    { phrase: 'اتفق|اتفقت|اتفقا|اتفقتا|اتفقوا|يتفق|تتفق على', status: 'agreed' },
  ],
  commitmentComplements: [
    { phrase: 'توريد|تزويد|بيع|شراء|تمويل|إنشاء|بناء|تصدير|استيراد|تقديم|إقامة|تأسيس|فتح', kind: 'agreement' },
    { phrase: 'تعزيز|تطوير|توسيع|استئناف|إعادة|تطبيع|تحسين|زيادة|تنمية|تفعيل', kind: 'other' },
    { phrase: 'بحث|دراسة|مناقشة|مواصلة|تبادل|متابعة|التشاور|عقد|استمرار', kind: null },
  ],
  transactionNouns: ['مبيعات', 'بيع', 'شراء', 'توريد', 'صفقة', 'صفقات', 'إمدادات'],
  topicVerbs: ['بحث', 'بحثا', 'ناقش', 'ناقشا', 'مناقشة', 'حول', 'بشأن', 'بعد', 'عقب', 'منذ'],
  negations: ['لم', 'لن', 'لا', 'رفض', 'رفضت', 'دون', 'بدون', 'عدم'],
  passiveAux: [],
  documentNouns: ['وثائق', 'وثيقة', 'اتفاقيات', 'مذكرات', 'اتفاقات'],

  eventTriggers: [
    { phrase: 'زار|زارت|زارا|زاروا|يزور|تزور|يزوران', kind: 'visit', form: 'verb' },
    { phrase: 'زيارة|زيارات|زيارته|زيارتها', kind: 'visit', form: 'noun' },
    { phrase: 'وصل|وصلت|وصلا|يصل|تصل|توجه|توجهت|يتوجه|سافر|سافرت|وفد', kind: 'visit', form: 'motion' },
    { phrase: 'دعا|دعت|دعوة|يدعو|وجه|وجهت دعوة', kind: 'visit', form: 'invite' },
    { phrase: 'التقى|التقت|التقيا|يلتقي|تلتقي|يلتقيان', kind: 'meeting', form: 'verb' },
    { phrase: 'اجتمع|اجتمعت|اجتمعا|يجتمع', kind: 'meeting', form: 'verb' },
    { phrase: 'بحث|بحثت|بحثا|يبحث|تبحث|يبحثان مع', kind: 'meeting', form: 'verb' },
    { phrase: 'تم|جرى بحث', kind: 'meeting', form: 'verb' },
    { phrase: 'محادثات|مباحثات|لقاء|اجتماع|اجتماعا|قمة|مشاورات', kind: 'meeting', form: 'noun' },
    { phrase: 'اتصال|اتصالا|مكالمة هاتفي|هاتفيا|هاتفية', kind: 'meeting', form: 'verb' },
    { phrase: 'استقبل|استقبلت|يستقبل|تستقبل', kind: 'meeting', form: 'person-verb' },
    { phrase: 'عين|عينت|يعين|تعيين', kind: 'appointment', form: 'envoy-verb' },
    { phrase: 'أعاد|أعادت|إعادة|يعيد', kind: 'appointment', form: 'envoy-verb' },
    { phrase: 'إقامة|أقام|أقامت|أقاما|تأسيس|إعادة|استئناف|استأنف|استأنفت', kind: 'establishment', form: 'relations-verb', diplomatic: true },
    { phrase: 'تطبيع|طبع|طبعت', kind: 'establishment', form: 'relations-verb' },
    { phrase: 'اعترف|اعترفت|اعتراف', kind: 'establishment', form: 'recognize' },
  ],
  argumentWords: ['مع', 'إلى', 'الى', 'بين', 'في', 'من'],
  lightVerbs: ['قام', 'قامت', 'يقوم', 'تقوم', 'أجرى', 'أجرت', 'يجري', 'تجري', 'عقد', 'عقدت', 'يعقد', 'تعقد', 'تبادل', 'تبادلا', 'بدأ', 'بدأت', 'يبدأ', 'جلسة', 'شارك', 'شاركت', 'حضر', 'حضرت'],
  envoyNouns: ['سفير', 'سفيرا', 'سفيرها', 'سفيره', 'مبعوث', 'مبعوثا', 'قنصل', 'ممثل'],
  relationsNouns: [
    { phrase: 'علاقات دبلوماسية', diplomatic: true },
    { phrase: 'علاقات', diplomatic: false },
  ],
  bodyNouns: ['مجلس', 'منتدى', 'لجنة', 'معرض', 'ملتقى'],
  setupVerbs: ['تأسيس', 'تأسس', 'أسس', 'إنشاء', 'أنشئ', 'عقد', 'عقدت', 'أقيم', 'أقيمت', 'انطلق', 'انطلقت', 'افتتاح', 'افتتح', 'تشكيل', 'شكل'],
  triggerBlockers: ['منذ'],
  placeHeads: ['العاصمة', 'مدينة', 'ميناء'],
  referBackOpeners: ['خلال', 'أثناء', 'في', 'عقب', 'بعد', 'قبل'],
  referBackNouns: ['لقاء', 'زيارة', 'اجتماع', 'اتصال', 'مباحثات', 'محادثات', 'قمة'],
  referBackGerunds: [],

  destinationWords: ['إلى', 'الى', 'زار', 'زارت', 'زارا', 'يزور', 'تزور', 'يزوران'],
  locativeWords: ['في'],
  topicMarkers: ['لبحث', 'لمناقشة', 'حول', 'بشأن', 'بخصوص', 'استعرض', 'استعرضا', 'لتبادل', 'تناول', 'تناولا'],
  cutMarkers: ['تحيات', 'تحية', 'خلفا', 'منذ', 'رسالة من'],
  nonPartyWords: ['عبر', 'ضد'],
  reportingVerbs: ['قال', 'قالت', 'أعلن', 'أعلنت', 'ذكر', 'ذكرت', 'أفاد', 'أفادت', 'أكد', 'أكدت', 'صرح', 'أوضح', 'أوضحت', 'نقلت', 'نقل'],
  complementizers: ['أن', 'إن'],
  partyAnaphors: ['البلدين', 'البلدان', 'الجانبين', 'الجانبان', 'الطرفين', 'الطرفان', 'الدولتين', 'الدولتان'],
  subjectPronouns: [],
  dateDemoters: ['منذ', 'حتى', 'قبل'],
  contextCues: ['خلال زيارة', 'الطرفان', 'الطرفين', 'الجانبان', 'الجانبين'],
  subjectIntroducers: ['في مجال|مجالات', 'حول', 'بشأن', 'بخصوص', 'لتعزيز', 'للتعاون'],
  subjectStops: ['بين', 'مع'],
} as const satisfies RelationWords;
