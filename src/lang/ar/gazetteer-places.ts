/**
 * Arabic place tables (data only): extra country forms, nisba stems (demonyms), cities, regions.
 * Country base names come from i18n-iso-countries' Arabic locale (see gazetteer.ts); entries here
 * add official/short forms and spelling variants. All strings are written as in running text;
 * they are normalized when the lookup is built.
 */

/** Extra country names: [Arabic form, ISO alpha-2]. */
export const COUNTRY_FORMS = [
  ['سوريا', 'SY'], ['سورية', 'SY'], ['الجمهورية العربية السورية', 'SY'],
  ['عمان', 'OM'], ['سلطنة عمان', 'OM'],
  ['السعودية', 'SA'], ['المملكة العربية السعودية', 'SA'],
  ['الإمارات', 'AE'], ['الإمارات العربية المتحدة', 'AE'], ['دولة الإمارات', 'AE'],
  ['الولايات المتحدة', 'US'], ['الولايات المتحدة الأمريكية', 'US'], ['الولايات المتحدة الأميركية', 'US'],
  ['أمريكا', 'US'], ['أميركا', 'US'],
  ['بريطانيا', 'GB'], ['المملكة المتحدة', 'GB'], ['بريطانيا العظمى', 'GB'], ['إنجلترا', 'GB'], ['إنكلترا', 'GB'],
  ['روسيا', 'RU'], ['روسيا الاتحادية', 'RU'], ['الاتحاد الروسي', 'RU'],
  ['الصين', 'CN'], ['جمهورية الصين الشعبية', 'CN'],
  ['إيران', 'IR'], ['الجمهورية الإسلامية الإيرانية', 'IR'],
  ['مصر', 'EG'], ['جمهورية مصر العربية', 'EG'],
  ['الأردن', 'JO'], ['المملكة الأردنية الهاشمية', 'JO'], ['المملكة الأردنية', 'JO'],
  ['المغرب', 'MA'], ['المملكة المغربية', 'MA'],
  ['العراق', 'IQ'], ['جمهورية العراق', 'IQ'], ['لبنان', 'LB'], ['الجمهورية اللبنانية', 'LB'],
  ['فلسطين', 'PS'], ['دولة فلسطين', 'PS'], ['إسرائيل', 'IL'], ['دولة إسرائيل', 'IL'],
  ['الكويت', 'KW'], ['دولة الكويت', 'KW'], ['قطر', 'QA'], ['دولة قطر', 'QA'],
  ['البحرين', 'BH'], ['مملكة البحرين', 'BH'], ['اليمن', 'YE'], ['الجمهورية اليمنية', 'YE'],
  ['ليبيا', 'LY'], ['تونس', 'TN'], ['الجزائر', 'DZ'], ['السودان', 'SD'], ['موريتانيا', 'MR'],
  ['الصومال', 'SO'], ['جيبوتي', 'DJ'], ['جزر القمر', 'KM'],
  ['تركيا', 'TR'], ['الجمهورية التركية', 'TR'], ['أذربيجان', 'AZ'], ['جمهورية أذربيجان', 'AZ'],
  ['ألمانيا', 'DE'], ['فرنسا', 'FR'], ['إيطاليا', 'IT'], ['إسبانيا', 'ES'], ['أسبانيا', 'ES'],
  ['البرتغال', 'PT'], ['هولندا', 'NL'], ['بلجيكا', 'BE'], ['سويسرا', 'CH'], ['النمسا', 'AT'],
  ['اليونان', 'GR'], ['السويد', 'SE'], ['النرويج', 'NO'], ['الدنمارك', 'DK'], ['الدانمارك', 'DK'],
  ['فنلندا', 'FI'], ['بولندا', 'PL'], ['بولونيا', 'PL'], ['أوكرانيا', 'UA'], ['ايرلندا', 'IE'],
  ['الهند', 'IN'], ['باكستان', 'PK'], ['أفغانستان', 'AF'], ['اليابان', 'JP'],
  ['كوريا الجنوبية', 'KR'], ['كوريا الشمالية', 'KP'], ['إندونيسيا', 'ID'], ['أندونيسيا', 'ID'],
  ['ماليزيا', 'MY'], ['كندا', 'CA'], ['المكسيك', 'MX'], ['البرازيل', 'BR'], ['الأرجنتين', 'AR'],
  ['أستراليا', 'AU'], ['استراليا', 'AU'], ['كازاخستان', 'KZ'], ['أوزبكستان', 'UZ'], ['أرمينيا', 'AM'],
  ['جورجيا', 'GE'], ['نيجيريا', 'NG'], ['إثيوبيا', 'ET'], ['أثيوبيا', 'ET'], ['كينيا', 'KE'],
  ['جنوب أفريقيا', 'ZA'], ['جنوب إفريقيا', 'ZA'], ['فنزويلا', 'VE'], ['كوبا', 'CU'], ['تشيلي', 'CL'],
  ['كولومبيا', 'CO'], ['بيرو', 'PE'], ['الفاتيكان', 'VA'], ['قبرص', 'CY'], ['مالطا', 'MT'],
  ['صربيا', 'RS'], ['كرواتيا', 'HR'], ['بلغاريا', 'BG'], ['رومانيا', 'RO'], ['المجر', 'HU'],
  ['التشيك', 'CZ'], ['جمهورية التشيك', 'CZ'], ['سلوفاكيا', 'SK'], ['ألبانيا', 'AL'],
  ['البوسنة', 'BA'], ['هنغاريا', 'HU'], ['الأورغواي', 'UY'], ['الأوروغواي', 'UY'], ['أوروغواي', 'UY'], ['الأوروجواي', 'UY'], ['باراغواي', 'PY'],
  ['الباراغواي', 'PY'], ['الإكوادور', 'EC'], ['بوليفيا', 'BO'], ['نيكاراغوا', 'NI'], ['ساحل العاج', 'CI'], ['كوت ديفوار', 'CI'], ['ميانمار', 'MM'], ['بورما', 'MM'], ['البوسنة والهرسك', 'BA'], ['كوسوفو', 'XK'], ['فيتنام', 'VN'], ['تايلاند', 'TH'],
  ['الفلبين', 'PH'], ['بنغلاديش', 'BD'], ['سريلانكا', 'LK'], ['نيبال', 'NP'], ['تركمانستان', 'TM'],
  ['طاجيكستان', 'TJ'], ['قرغيزستان', 'KG'], ['منغوليا', 'MN'], ['سنغافورة', 'SG'], ['نيوزيلندا', 'NZ'],
  ['إريتريا', 'ER'], ['تشاد', 'TD'], ['النيجر', 'NE'], ['السنغال', 'SN'], ['الكاميرون', 'CM'],
  ['غانا', 'GH'], ['أوغندا', 'UG'], ['تنزانيا', 'TZ'], ['رواندا', 'RW'], ['الكونغو', 'CG'],
  ['أنغولا', 'AO'], ['زيمبابوي', 'ZW'], ['موزمبيق', 'MZ'], ['مدغشقر', 'MG'], ['جنوب السودان', 'SS'],
  ['بيلاروسيا', 'BY'], ['روسيا البيضاء', 'BY'], ['لاتفيا', 'LV'], ['ليتوانيا', 'LT'], ['إستونيا', 'EE'],
  ['آيسلندا', 'IS'], ['ايسلندا', 'IS'], ['لوكسمبورغ', 'LU'], ['مولدوفا', 'MD'], ['سلوفينيا', 'SI'],
  ['الدولة العبرية', 'IL'], ['المالديف', 'MV'], ['جزر المالديف', 'MV'], ['أفريقيا الوسطى', 'CF'], ['إفريقيا الوسطى', 'CF'], ['فيجي', 'FJ'],
] as const;

/**
 * Words of official country names before a country (`جمهورية ألمانيا الاتحادية`, `مملكة البحرين`,
 * `جمهورية جزر فيجي`): the phrase is one place mention. `جزر` may follow another head.
 */
export const STATE_HEADS = ['جمهورية', 'الجمهورية', 'مملكة', 'دولة', 'إمارة', 'سلطنة', 'اتحاد', 'جزر'] as const;

/** Adjectives that close an official country name: `جمهورية باكستان الإسلامية`, `جمهورية ألمانيا الاتحادية`. */
export const STATE_ADJECTIVES = [
  'الاتحادية', 'الإسلامية', 'العربية', 'الشعبية', 'الديمقراطية', 'الديموقراطية', 'الاشتراكية', 'الهاشمية', 'الفيدرالية', 'الفدرالية',
  'المتحدة', 'التعاونية', 'البوليفارية', 'الدستورية',
] as const;

/**
 * Generic words before a place name no table knows (`مدينة الكوشيتي`, `بلدة بيت حانون`, `نهر بردى`):
 * the name after them is a place; the generic word stays outside the span.
 */
export const PLACE_CUES = [
  'مدينة', 'بلدة', 'قرية', 'ولاية', 'محافظة', 'إقليم', 'جزيرة', 'جزر', 'نهر', 'جبل', 'جبال', 'بحيرة', 'مقاطعة', 'ضاحية', 'العاصمة',
  'عاصمتها', 'مدينتي', 'بلدتي', 'قريتي', 'منطقتي',
] as const;

/** First words of two-word place names: `بيت حانون`, `كفر قاسم`, `شرم الشيخ`, `سان دييغو`. */
export const PLACE_NAME_PREFIXES = [
  'بيت', 'كفر', 'عين', 'دير', 'تل', 'سان', 'سانت', 'بني', 'أم', 'رأس', 'بئر', 'خان', 'شرم', 'سيدي', 'بورت', 'نيو', 'جسر', 'باب', 'أبو', 'عرب',
  'مرسى', 'سوق', 'قصر', 'حمام', 'برج', 'وادي', 'جبل', 'لوس', 'لاس', 'سانتا', 'ريو', 'بوينس', 'سيرا', 'كوالا',
] as const;

/**
 * Heads of historical states named by a dynasty or people (`الدولة الأموية`, `الإمبراطورية البيزنطية`,
 * `السلطنة المملوكية`): head + a nisba with the article is one place. `الدولة` + a modern country's
 * nisba (`الدولة المصرية`) is no state name.
 */
export const HISTORIC_STATE_HEADS = ['الدولة', 'الإمبراطورية', 'الامبراطورية', 'الإمبراطوريه', 'الخلافة', 'السلطنة', 'الإمارة', 'مملكة'] as const;

/** The head of Saudi province names: `منطقة الرياض`, `منطقة عسير` are one place (a region of the country). */
export const PROVINCE_HEAD = 'منطقة' as const;

/** Heads of municipal and provincial administrations before a province or city: `أمانة منطقة جازان`, `بلدية غزة`. */
export const ADMIN_BODY_HEADS = ['إمارة', 'أمانة', 'بلدية'] as const;

/**
 * Country names that are also common words: never matched from the i18n list alone
 * (`مالي` "financial", `بنين` "boys", `تشاد`? kept). Normalized at build time.
 */
export const AMBIGUOUS_COUNTRY_WORDS = ['مالي', 'بنين', 'جزيرة مان', 'الرأس الأخضر', 'توجو', 'نيوي', 'ساموا'] as const;

/**
 * Context-dependent short forms of countries: [form, default alpha-2, alternatives by context].
 * `السلطنة` stands for Oman; `المملكة` for the kingdom the document talks about (Saudi by default).
 */
export const CONTEXT_COUNTRY_FORMS = [
  ['السلطنة', 'OM'],
  ['المملكة', 'SA'],
] as const;

/**
 * Kingdoms `المملكة` may stand for, with the words that show the document is about them (every
 * nisba form of the country counts too: `السعوديين`). `الحرمين` is the King's title `خادم الحرمين الشريفين`.
 */
export const KINGDOM_CUES = {
  SA: ['السعودية', 'السعودي', 'السعوديه', 'الرياض', 'جدة', 'الحرمين', 'واس'],
  JO: ['الأردن', 'الأردني', 'الأردنية', 'عمان', 'الأردنيين'],
  MA: ['المغرب', 'المغربي', 'المغربية', 'الرباط'],
  BH: ['البحرين', 'البحريني', 'البحرينية', 'المنامة'],
  GB: ['بريطانيا', 'البريطاني', 'البريطانية', 'لندن'],
} as const;

/**
 * Nisba stems (masculine singular, without the article) → country. Forms generated:
 * (ال)stem, (ال)stem+ة, (ال)stem+ون, (ال)stem+ين, (ال)stem+ات.
 * Regional/ethnic adjectives (عربي, خليجي, أوروبي, غربي, كردي) are deliberately absent.
 */
export const NISBA_STEMS = [
  ['سوري', 'SY'], ['عماني', 'OM'], ['سعودي', 'SA'], ['مصري', 'EG'], ['أردني', 'JO'], ['عراقي', 'IQ'],
  ['لبناني', 'LB'], ['فلسطيني', 'PS'], ['إسرائيلي', 'IL'], ['إيراني', 'IR'], ['تركي', 'TR'],
  ['روسي', 'RU'], ['صيني', 'CN'], ['أمريكي', 'US'], ['أميركي', 'US'], ['بريطاني', 'GB'],
  ['فرنسي', 'FR'], ['ألماني', 'DE'], ['إيطالي', 'IT'], ['إسباني', 'ES'], ['أسباني', 'ES'],
  ['برتغالي', 'PT'], ['ياباني', 'JP'], ['هندي', 'IN'], ['باكستاني', 'PK'], ['أفغاني', 'AF'],
  ['يمني', 'YE'], ['قطري', 'QA'], ['كويتي', 'KW'], ['بحريني', 'BH'], ['إماراتي', 'AE'],
  ['ليبي', 'LY'], ['تونسي', 'TN'], ['جزائري', 'DZ'], ['مغربي', 'MA'], ['سوداني', 'SD'],
  ['موريتاني', 'MR'], ['صومالي', 'SO'], ['إثيوبي', 'ET'], ['نيجيري', 'NG'], ['كندي', 'CA'],
  ['مكسيكي', 'MX'], ['برازيلي', 'BR'], ['أرجنتيني', 'AR'], ['أسترالي', 'AU'], ['هولندي', 'NL'],
  ['بلجيكي', 'BE'], ['سويسري', 'CH'], ['سويدي', 'SE'], ['نرويجي', 'NO'], ['دنماركي', 'DK'],
  ['يوناني', 'GR'], ['نمساوي', 'AT'], ['بولندي', 'PL'], ['أوكراني', 'UA'], ['أذربيجاني', 'AZ'],
  ['أذري', 'AZ'], ['أرميني', 'AM'], ['جورجي', 'GE'], ['كازاخستاني', 'KZ'], ['أوزبكي', 'UZ'],
  ['إندونيسي', 'ID'], ['ماليزي', 'MY'], ['فيتنامي', 'VN'], ['تايلاندي', 'TH'], ['فلبيني', 'PH'],
  ['بنغلاديشي', 'BD'], ['سريلانكي', 'LK'], ['كوبي', 'CU'], ['فنزويلي', 'VE'], ['كولومبي', 'CO'],
  ['إيرلندي', 'IE'], ['أيرلندي', 'IE'], ['مجري', 'HU'], ['تشيكي', 'CZ'], ['صربي', 'RS'],
  ['كرواتي', 'HR'], ['بلغاري', 'BG'], ['ألباني', 'AL'], ['قبرصي', 'CY'], ['فنلندي', 'FI'],
  ['سنغالي', 'SN'], ['كيني', 'KE'], ['أوغندي', 'UG'], ['تنزاني', 'TZ'], ['إريتري', 'ER'],
  ['تشادي', 'TD'], ['كاميروني', 'CM'], ['غاني', 'GH'], ['بيلاروسي', 'BY'], ['تركماني', 'TM'],
  ['قرغيزي', 'KG'], ['طاجيكي', 'TJ'], ['منغولي', 'MN'], ['نيبالي', 'NP'], ['كوري جنوبي', 'KR'],
  // England, Scotland: Britain in ISO 3166, as `إنجلترا` is in the country table
  ['إنجليزي', 'GB'], ['إنكليزي', 'GB'], ['اسكتلندي', 'GB'], ['كوري شمالي', 'KP'], ['جنوب أفريقي', 'ZA'], ['جنوب إفريقي', 'ZA'],
  ['نيوزيلندي', 'NZ'], ['نيوزلندي', 'NZ'], ['سلوفاكي', 'SK'], ['سلوفيني', 'SI'], ['ليتواني', 'LT'], ['لاتفي', 'LV'],
  ['إستوني', 'EE'], ['بوسني', 'BA'], ['مقدوني', 'MK'], ['مالطي', 'MT'], ['آيسلندي', 'IS'], ['أيسلندي', 'IS'],
  ['لوكسمبورغي', 'LU'], ['مولدوفي', 'MD'], ['مونتينيغري', 'ME'], ['أوروغوياني', 'UY'], ['بيروفي', 'PE'], ['إكوادوري', 'EC'],
  ['بوليفي', 'BO'], ['باراغوياني', 'PY'], ['كوستاريكي', 'CR'], ['بنمي', 'PA'], ['جامايكي', 'JM'], ['زامبي', 'ZM'],
  ['أنغولي', 'AO'], ['موزمبيقي', 'MZ'], ['رواندي', 'RW'], ['سيراليوني', 'SL'], ['غابوني', 'GA'], ['ليبيري', 'LR'],
  ['إيفواري', 'CI'], ['مدغشقري', 'MG'], ['ناميبي', 'NA'], ['توغولي', 'TG'], ['غامبي', 'GM'], ['سنغافوري', 'SG'],
  ['تايواني', 'TW'], ['كمبودي', 'KH'], ['ميانماري', 'MM'], ['بورمي', 'MM'], ['لاوسي', 'LA'], ['مالديفي', 'MV'],
] as const;

/** Members of the Arab League: a person titled with another country's nisba has a foreign name. */
export const ARAB_STATES = [
  'DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE',
] as const;

/** Cities: [Arabic, English, alpha-2]. Capitals and major cities. */
export const CITIES = [
  ['نيالا', 'Nyala', 'SD'], ['الفاشر', 'El Fasher', 'SD'], ['كويتا', 'Quetta', 'PK'], ['لوس أنجليس', 'Los Angeles', 'US'], ['لوس أنجلوس', 'Los Angeles', 'US'],
  ['تورنتو', 'Toronto', 'CA'], ['داكا', 'Dhaka', 'BD'], ['سرت', 'Sirte', 'LY'], ['نيو أورلينز', 'New Orleans', 'US'], ['حلبجة', 'Halabja', 'IQ'],
  ['السماوة', 'Samawah', 'IQ'], ['أم قصر', 'Umm Qasr', 'IQ'], ['بيجي', 'Baiji', 'IQ'], ['سنجار', 'Sinjar', 'IQ'], ['الضلوعية', 'Dhuluiya', 'IQ'],
  ['كامب ديفيد', 'Camp David', 'US'],
  ['دمشق', 'Damascus', 'SY'], ['حلب', 'Aleppo', 'SY'], ['حمص', 'Homs', 'SY'], ['حماة', 'Hama', 'SY'],
  ['اللاذقية', 'Latakia', 'SY'], ['طرطوس', 'Tartus', 'SY'], ['درعا', 'Daraa', 'SY'], ['إدلب', 'Idlib', 'SY'],
  ['الرقة', 'Raqqa', 'SY'], ['دير الزور', 'Deir ez-Zor', 'SY'], ['القامشلي', 'Qamishli', 'SY'],
  ['الحسكة', 'Al-Hasakah', 'SY'], ['تدمر', 'Palmyra', 'SY'], ['السويداء', 'As-Suwayda', 'SY'],
  ['القنيطرة', 'Quneitra', 'SY'], ['بانياس', 'Baniyas', 'SY'], ['كوباني', 'Kobani', 'SY'],
  ['مسقط', 'Muscat', 'OM'], ['صلالة', 'Salalah', 'OM'], ['صحار', 'Sohar', 'OM'], ['نزوى', 'Nizwa', 'OM'],
  ['الرياض', 'Riyadh', 'SA'], ['جدة', 'Jeddah', 'SA'], ['مكة', 'Mecca', 'SA'], ['مكة المكرمة', 'Mecca', 'SA'],
  ['المدينة المنورة', 'Medina', 'SA'], ['الدمام', 'Dammam', 'SA'], ['الطائف', 'Taif', 'SA'],
  ['تبوك', 'Tabuk', 'SA'], ['أبها', 'Abha', 'SA'], ['نجران', 'Najran', 'SA'], ['جازان', 'Jazan', 'SA'],
  ['بيروت', 'Beirut', 'LB'], ['صيدا', 'Sidon', 'LB'], ['بعلبك', 'Baalbek', 'LB'],
  ['بغداد', 'Baghdad', 'IQ'], ['البصرة', 'Basra', 'IQ'], ['الموصل', 'Mosul', 'IQ'], ['أربيل', 'Erbil', 'IQ'],
  ['كركوك', 'Kirkuk', 'IQ'], ['النجف', 'Najaf', 'IQ'], ['كربلاء', 'Karbala', 'IQ'], ['الفلوجة', 'Fallujah', 'IQ'],
  ['الرمادي', 'Ramadi', 'IQ'], ['تكريت', 'Tikrit', 'IQ'], ['سامراء', 'Samarra', 'IQ'], ['الكوفة', 'Kufa', 'IQ'],
  ['القاهرة', 'Cairo', 'EG'], ['الإسكندرية', 'Alexandria', 'EG'], ['الجيزة', 'Giza', 'EG'], ['أسوان', 'Aswan', 'EG'],
  ['الأقصر', 'Luxor', 'EG'], ['بورسعيد', 'Port Said', 'EG'], ['بور سعيد', 'Port Said', 'EG'],
  ['السويس', 'Suez', 'EG'], ['شرم الشيخ', 'Sharm el-Sheikh', 'EG'], ['الفسطاط', 'Fustat', 'EG'],
  ['الزرقاء', 'Zarqa', 'JO'], ['إربد', 'Irbid', 'JO'], ['اربد', 'Irbid', 'JO'], ['العقبة', 'Aqaba', 'JO'],
  ['المفرق', 'Mafraq', 'JO'], ['الكرك', 'Karak', 'JO'], ['معان', 'Ma\'an', 'JO'], ['جرش', 'Jerash', 'JO'],
  ['مادبا', 'Madaba', 'JO'], ['البتراء', 'Petra', 'JO'], ['الرصيفة', 'Russeifa', 'JO'],
  ['القدس', 'Jerusalem', ''], ['غزة', 'Gaza', 'PS'], ['رام الله', 'Ramallah', 'PS'], ['الخليل', 'Hebron', 'PS'],
  ['نابلس', 'Nablus', 'PS'], ['جنين', 'Jenin', 'PS'], ['بيت لحم', 'Bethlehem', 'PS'], ['أريحا', 'Jericho', 'PS'],
  ['تل أبيب', 'Tel Aviv', 'IL'], ['حيفا', 'Haifa', 'IL'], ['يافا', 'Jaffa', 'IL'], ['عكا', 'Acre', 'IL'],
  ['الدوحة', 'Doha', 'QA'], ['المنامة', 'Manama', 'BH'], ['أبوظبي', 'Abu Dhabi', 'AE'], ['أبو ظبي', 'Abu Dhabi', 'AE'],
  ['دبي', 'Dubai', 'AE'], ['الشارقة', 'Sharjah', 'AE'], ['صنعاء', 'Sanaa', 'YE'], ['عدن', 'Aden', 'YE'],
  ['تعز', 'Taiz', 'YE'], ['الحديدة', 'Hodeidah', 'YE'], ['الخرطوم', 'Khartoum', 'SD'], ['طرابلس', 'Tripoli', 'LY'],
  ['بنغازي', 'Benghazi', 'LY'], ['مصراتة', 'Misrata', 'LY'], ['الرباط', 'Rabat', 'MA'], ['الدار البيضاء', 'Casablanca', 'MA'],
  ['مراكش', 'Marrakesh', 'MA'], ['فاس', 'Fez', 'MA'], ['طنجة', 'Tangier', 'MA'], ['نواكشوط', 'Nouakchott', 'MR'],
  ['مقديشو', 'Mogadishu', 'SO'], ['القيروان', 'Kairouan', 'TN'], ['وهران', 'Oran', 'DZ'], ['قسنطينة', 'Constantine', 'DZ'],
  ['أنقرة', 'Ankara', 'TR'], ['إسطنبول', 'Istanbul', 'TR'], ['اسطنبول', 'Istanbul', 'TR'], ['استانبول', 'Istanbul', 'TR'],
  ['القسطنطينية', 'Constantinople', 'TR'], ['أنطاكية', 'Antioch', 'TR'], ['الرها', 'Edessa', 'TR'],
  ['طهران', 'Tehran', 'IR'], ['أصفهان', 'Isfahan', 'IR'], ['تبريز', 'Tabriz', 'IR'], ['شيراز', 'Shiraz', 'IR'],
  ['نيسابور', 'Nishapur', 'IR'],
  ['موسكو', 'Moscow', 'RU'], ['سان بطرسبرغ', 'Saint Petersburg', 'RU'], ['سانت بطرسبورغ', 'Saint Petersburg', 'RU'],
  ['بكين', 'Beijing', 'CN'], ['بيجين', 'Beijing', 'CN'], ['شنغهاي', 'Shanghai', 'CN'], ['هونغ كونغ', 'Hong Kong', 'HK'],
  ['واشنطن', 'Washington', 'US'], ['نيويورك', 'New York', 'US'],
  ['شيكاغو', 'Chicago', 'US'], ['بوسطن', 'Boston', 'US'], ['سان فرانسيسكو', 'San Francisco', 'US'],
  ['كاليفورنيا', 'California', 'US'], ['تكساس', 'Texas', 'US'], ['فلوريدا', 'Florida', 'US'],
  ['لندن', 'London', 'GB'], ['مانشستر', 'Manchester', 'GB'], ['ليفربول', 'Liverpool', 'GB'], ['أكسفورد', 'Oxford', 'GB'],
  ['باريس', 'Paris', 'FR'], ['مرسيليا', 'Marseille', 'FR'], ['ليون', 'Lyon', 'FR'],
  ['برلين', 'Berlin', 'DE'], ['ميونخ', 'Munich', 'DE'], ['هامبورغ', 'Hamburg', 'DE'], ['فرانكفورت', 'Frankfurt', 'DE'],
  ['روما', 'Rome', 'IT'], ['ميلانو', 'Milan', 'IT'], ['ميلان', 'Milan', 'IT'], ['البندقية', 'Venice', 'IT'],
  ['نابولي', 'Naples', 'IT'], ['تورينو', 'Turin', 'IT'], ['فلورنسا', 'Florence', 'IT'],
  ['مدريد', 'Madrid', 'ES'], ['برشلونة', 'Barcelona', 'ES'], ['إشبيلية', 'Seville', 'ES'], ['قرطبة', 'Cordoba', 'ES'],
  ['غرناطة', 'Granada', 'ES'], ['طليطلة', 'Toledo', 'ES'], ['فالنسيا', 'Valencia', 'ES'], ['بلنسية', 'Valencia', 'ES'],
  ['لشبونة', 'Lisbon', 'PT'], ['بورتو', 'Porto', 'PT'], ['ماديرا', 'Madeira', 'PT'],
  ['أثينا', 'Athens', 'GR'], ['فيينا', 'Vienna', 'AT'], ['جنيف', 'Geneva', 'CH'], ['زيورخ', 'Zurich', 'CH'],
  ['بروكسل', 'Brussels', 'BE'], ['أمستردام', 'Amsterdam', 'NL'], ['لاهاي', 'The Hague', 'NL'],
  ['ستوكهولم', 'Stockholm', 'SE'], ['أوسلو', 'Oslo', 'NO'], ['كوبنهاغن', 'Copenhagen', 'DK'], ['هلسنكي', 'Helsinki', 'FI'],
  ['وارسو', 'Warsaw', 'PL'], ['كييف', 'Kyiv', 'UA'], ['براغ', 'Prague', 'CZ'], ['بودابست', 'Budapest', 'HU'],
  ['بوخارست', 'Bucharest', 'RO'], ['صوفيا', 'Sofia', 'BG'], ['بلغراد', 'Belgrade', 'RS'], ['سراييفو', 'Sarajevo', 'BA'],
  ['طوكيو', 'Tokyo', 'JP'], ['هيروشيما', 'Hiroshima', 'JP'], ['ناغازاكي', 'Nagasaki', 'JP'],
  ['نيودلهي', 'New Delhi', 'IN'], ['نيو دلهي', 'New Delhi', 'IN'], ['دلهي', 'Delhi', 'IN'], ['مومباي', 'Mumbai', 'IN'],
  ['إسلام آباد', 'Islamabad', 'PK'], ['إسلام أباد', 'Islamabad', 'PK'], ['كراتشي', 'Karachi', 'PK'], ['لاهور', 'Lahore', 'PK'],
  ['كابول', 'Kabul', 'AF'], ['قندهار', 'Kandahar', 'AF'], ['باكو', 'Baku', 'AZ'], ['يريفان', 'Yerevan', 'AM'],
  ['تبليسي', 'Tbilisi', 'GE'], ['طشقند', 'Tashkent', 'UZ'], ['سمرقند', 'Samarkand', 'UZ'], ['بخارى', 'Bukhara', 'UZ'],
  ['أستانا', 'Astana', 'KZ'], ['جاكرتا', 'Jakarta', 'ID'], ['كوالالمبور', 'Kuala Lumpur', 'MY'], ['سيول', 'Seoul', 'KR'],
  ['بيونغ يانغ', 'Pyongyang', 'KP'], ['هانوي', 'Hanoi', 'VN'], ['بانكوك', 'Bangkok', 'TH'], ['مانيلا', 'Manila', 'PH'],
  ['سيدني', 'Sydney', 'AU'], ['كانبيرا', 'Canberra', 'AU'], ['ملبورن', 'Melbourne', 'AU'], ['أوتاوا', 'Ottawa', 'CA'],
  ['تورونتو', 'Toronto', 'CA'], ['مونتريال', 'Montreal', 'CA'], ['مكسيكو سيتي', 'Mexico City', 'MX'],
  ['برازيليا', 'Brasilia', 'BR'], ['ريو دي جانيرو', 'Rio de Janeiro', 'BR'], ['ساو باولو', 'Sao Paulo', 'BR'],
  ['بوينس آيرس', 'Buenos Aires', 'AR'], ['كاراكاس', 'Caracas', 'VE'], ['هافانا', 'Havana', 'CU'],
  ['أديس أبابا', 'Addis Ababa', 'ET'], ['نيروبي', 'Nairobi', 'KE'], ['لاغوس', 'Lagos', 'NG'], ['أبوجا', 'Abuja', 'NG'],
  ['داكار', 'Dakar', 'SN'], ['جوهانسبرغ', 'Johannesburg', 'ZA'], ['بريتوريا', 'Pretoria', 'ZA'], ['كيب تاون', 'Cape Town', 'ZA'],
  ['أسمرة', 'Asmara', 'ER'], ['تولوز', 'Toulouse', 'FR'], ['نيس', 'Nice', 'FR'], ['ستراسبورغ', 'Strasbourg', 'FR'], ['كامبردج', 'Cambridge', 'GB'],
  ['كمبريدج', 'Cambridge', 'GB'], ['برمنغهام', 'Birmingham', 'GB'], ['أدنبرة', 'Edinburgh', 'GB'], ['سرقسطة', 'Zaragoza', 'ES'], ['بلباو', 'Bilbao', 'ES'],
  ['دمياط', 'Damietta', 'EG'], ['طنطا', 'Tanta', 'EG'], ['المنيا', 'Minya', 'EG'], ['أسيوط', 'Asyut', 'EG'], ['الإسماعيلية', 'Ismailia', 'EG'],
  ['نيومكسيكو', 'New Mexico', 'US'], ['نيو مكسيكو', 'New Mexico', 'US'], ['مكسيكو', 'Mexico City', 'MX'], ['مونتيفيديو', 'Montevideo', 'UY'],
  ['الناصرة', 'Nazareth', 'IL'], ['طبريا', 'Tiberias', 'IL'], ['بئر السبع', 'Beersheba', 'IL'], ['إيلات', 'Eilat', 'IL'], ['الزبداني', 'Zabadani', 'SY'],
  ['بلودان', 'Bloudan', 'SY'], ['معرة النعمان', 'Maarat al-Numan', 'SY'], ['الرستن', 'Rastan', 'SY'], ['داريا', 'Darayya', 'SY'],
  ['منبج', 'Manbij', 'SY'], ['عفرين', 'Afrin', 'SY'], ['جسر الشغور', 'Jisr al-Shughur', 'SY'], ['البوكمال', 'Abu Kamal', 'SY'], ['الميادين', 'Mayadin', 'SY'],
  ['عجلون', 'Ajloun', 'JO'], ['الطفيلة', 'Tafilah', 'JO'], ['الرمثا', 'Ramtha', 'JO'], ['السلط', 'Salt', 'JO'], ['سحاب', 'Sahab', 'JO'],
  ['الفجيرة', 'Fujairah', 'AE'], ['عجمان', 'Ajman', 'AE'], ['رأس الخيمة', 'Ras Al Khaimah', 'AE'], ['أم القيوين', 'Umm Al Quwain', 'AE'],
  ['الأحساء', 'Al-Ahsa', 'SA'], ['القطيف', 'Qatif', 'SA'], ['ينبع', 'Yanbu', 'SA'], ['حائل', 'Hail', 'SA'], ['بريدة', 'Buraidah', 'SA'],
  ['المكلا', 'Mukalla', 'YE'], ['صعدة', 'Saada', 'YE'], ['مأرب', 'Marib', 'YE'], ['درنة', 'Derna', 'LY'], ['صفاقس', 'Sfax', 'TN'],
  ['سوسة', 'Sousse', 'TN'], ['أغادير', 'Agadir', 'MA'], ['مكناس', 'Meknes', 'MA'], ['تلمسان', 'Tlemcen', 'DZ'], ['عنابة', 'Annaba', 'DZ'],
  ['السليمانية', 'Sulaymaniyah', 'IQ'], ['دهوك', 'Duhok', 'IQ'], ['الحلة', 'Hillah', 'IQ'], ['بعقوبة', 'Baqubah', 'IQ'], ['الناصرية', 'Nasiriyah', 'IQ'],
  ['هيوستن', 'Houston', 'US'], ['ميامي', 'Miami', 'US'], ['سياتل', 'Seattle', 'US'], ['ديترويت', 'Detroit', 'US'], ['فيلادلفيا', 'Philadelphia', 'US'],
  ['أتلانتا', 'Atlanta', 'US'], ['دالاس', 'Dallas', 'US'], ['لاس فيغاس', 'Las Vegas', 'US'], ['هاواي', 'Hawaii', 'US'], ['ألاسكا', 'Alaska', 'US'],
  ['بومباي', 'Mumbai', 'IN'], ['كلكتا', 'Kolkata', 'IN'], ['بنغالور', 'Bangalore', 'IN'], ['كشمير', 'Kashmir', ''], ['بيشاور', 'Peshawar', 'PK'],
  ['أوساكا', 'Osaka', 'JP'], ['كيوتو', 'Kyoto', 'JP'], ['غوانزو', 'Guangzhou', 'CN'], ['ووهان', 'Wuhan', 'CN'], ['ماكاو', 'Macau', 'MO'],
  ['مينسك', 'Minsk', 'BY'], ['ريغا', 'Riga', 'LV'], ['تالين', 'Tallinn', 'EE'], ['فيلنيوس', 'Vilnius', 'LT'], ['زغرب', 'Zagreb', 'HR'],
  ['ليوبليانا', 'Ljubljana', 'SI'], ['براتيسلافا', 'Bratislava', 'SK'], ['تيرانا', 'Tirana', 'AL'], ['سكوبي', 'Skopje', 'MK'], ['بريشتينا', 'Pristina', 'XK'],
  ['دبلن', 'Dublin', 'IE'], ['ريكيافيك', 'Reykjavik', 'IS'], ['لوكسمبورغ', 'Luxembourg', 'LU'], ['موناكو', 'Monaco', 'MC'], ['ليما', 'Lima', 'PE'],
  ['بوغوتا', 'Bogota', 'CO'], ['سانتياغو', 'Santiago', 'CL'], ['كيتو', 'Quito', 'EC'], ['لاباز', 'La Paz', 'BO'], ['مانغوا', 'Managua', 'NI'],
  ['الخرطوم بحري', 'Khartoum North', 'SD'], ['أم درمان', 'Omdurman', 'SD'], ['جوبا', 'Juba', 'SS'], ['كمبالا', 'Kampala', 'UG'], ['كيغالي', 'Kigali', 'RW'],
  ['دار السلام', 'Dar es Salaam', 'TZ'], ['لواندا', 'Luanda', 'AO'], ['كينشاسا', 'Kinshasa', 'CD'], ['أكرا', 'Accra', 'GH'], ['باماكو', 'Bamako', 'ML'],
  ['نيامي', 'Niamey', 'NE'], ['انجامينا', 'NDjamena', 'TD'], ['جيبوتي', 'Djibouti', 'DJ'], ['هرجيسا', 'Hargeisa', 'SO'], ['أبيدجان', 'Abidjan', 'CI'], ['نيقوسيا', 'Nicosia', 'CY'], ['الفاتيكان', 'Vatican City', 'VA'],
  ['دكا', 'Dhaka', 'BD'], ['كولومبو', 'Colombo', 'LK'], ['كاتماندو', 'Kathmandu', 'NP'], ['برن', 'Bern', 'CH'], ['زيوريخ', 'Zurich', 'CH'],
  ['ألماتي', 'Almaty', 'KZ'], ['بيشكيك', 'Bishkek', 'KG'], ['دوشنبه', 'Dushanbe', 'TJ'], ['عشق آباد', 'Ashgabat', 'TM'], ['رفح', 'Rafah', 'PS'],
  ['خان يونس', 'Khan Yunis', 'PS'], ['خانيونس', 'Khan Yunis', 'PS'], ['الأنبار', 'Anbar', 'IQ'], ['ديالى', 'Diyala', 'IQ'], ['حضرموت', 'Hadramaut', 'YE'],
  ['الظهران', 'Dhahran', 'SA'], ['القصيم', 'Qassim', 'SA'], ['طبرق', 'Tobruk', 'LY'], ['سبها', 'Sabha', 'LY'], ['بنزرت', 'Bizerte', 'TN'],
  ['كردفان', 'Kordofan', 'SD'], ['بورتسودان', 'Port Sudan', 'SD'], ['كيسمايو', 'Kismayo', 'SO'], ['هرات', 'Herat', 'AF'], ['مزار شريف', 'Mazar-i-Sharif', 'AF'],
  ['جلال آباد', 'Jalalabad', 'AF'], ['الأهواز', 'Ahvaz', 'IR'], ['بندر عباس', 'Bandar Abbas', 'IR'], ['غروزني', 'Grozny', 'RU'], ['لوغانسك', 'Luhansk', 'UA'],
  ['دونيتسك', 'Donetsk', 'UA'], ['أوديسا', 'Odesa', 'UA'], ['كولونيا', 'Cologne', 'DE'], ['تايبيه', 'Taipei', 'TW'], ['هلمند', 'Helmand', 'AF'],
  // more cities and districts of 2000s news
  ['سان بطرسبرج', 'Saint Petersburg', 'RU'], ['سانت بطرسبرغ', 'Saint Petersburg', 'RU'],
  ['سانت بطرسبرج', 'Saint Petersburg', 'RU'], ['بطرسبرغ', 'Saint Petersburg', 'RU'], ['طولكرم', 'Tulkarm', 'PS'], ['قلقيلية', 'Qalqilya', 'PS'],
  ['دير البلح', 'Deir al-Balah', 'PS'], ['بيت حانون', 'Beit Hanoun', 'PS'], ['بيت لاهيا', 'Beit Lahia', 'PS'], ['الكوت', 'Kut', 'IQ'],
  ['الديوانية', 'Diwaniyah', 'IQ'], ['نينوى', 'Nineveh', 'IQ'], ['ميسان', 'Maysan', 'IQ'], ['ذي قار', 'Dhi Qar', 'IQ'], ['تلعفر', 'Tal Afar', 'IQ'],
  ['الكاظمية', 'Kadhimiya', 'IQ'], ['الأعظمية', 'Adhamiyah', 'IQ'], ['مدينة الصدر', 'Sadr City', 'IQ'], ['بابل', 'Babylon', 'IQ'],
  ['النبطية', 'Nabatieh', 'LB'], ['جونيه', 'Jounieh', 'LB'], ['الضاحية الجنوبية', 'Dahieh', 'LB'], ['سوات', 'Swat', 'PK'], ['بوشهر', 'Bushehr', 'IR'],
  ['نطنز', 'Natanz', 'IR'], ['ديار بكر', 'Diyarbakir', 'TR'], ['العريش', 'Arish', 'EG'], ['المنصورة', 'Mansoura', 'EG'], ['دافوس', 'Davos', 'CH'],
  ['ميونيخ', 'Munich', 'DE'], ['ألما آتا', 'Almaty', 'KZ'], ['هراري', 'Harare', 'ZW'], ['نجامينا', "N'Djamena", 'TD'],
  ['تونس العاصمة', 'Tunis', 'TN'],
  // capitals
  ['ناساو', 'Nassau', 'BS'], ['بريدجتاون', 'Bridgetown', 'BB'], ['بلموبان', 'Belmopan', 'BZ'], ['بورتو نوفو', 'Porto-Novo', 'BJ'],
  ['تيمفو', 'Thimphu', 'BT'], ['غابورون', 'Gaborone', 'BW'], ['بندر سري بكاوان', 'Bandar Seri Begawan', 'BN'], ['واغادوغو', 'Ouagadougou', 'BF'],
  ['بوجمبورا', 'Bujumbura', 'BI'], ['بنوم بنه', 'Phnom Penh', 'KH'], ['ياوندي', 'Yaounde', 'CM'], ['برايا', 'Praia', 'CV'], ['بانغي', 'Bangui', 'CF'],
  ['موروني', 'Moroni', 'KM'], ['برازافيل', 'Brazzaville', 'CG'], ['سان خوسيه', 'San Jose', 'CR'], ['ياموسوكرو', 'Yamoussoukro', 'CI'],
  ['سانتو دومينغو', 'Santo Domingo', 'DO'], ['سان سلفادور', 'San Salvador', 'SV'], ['مالابو', 'Malabo', 'GQ'],
  ['سوفا', 'Suva', 'FJ'], ['ليبرفيل', 'Libreville', 'GA'], ['بانجول', 'Banjul', 'GM'], ['كوناكري', 'Conakry', 'GN'], ['بيساو', 'Bissau', 'GW'],
  ['جورج تاون', 'Georgetown', 'GY'], ['بورت أو برنس', 'Port-au-Prince', 'HT'], ['تيغوسيغالبا', 'Tegucigalpa', 'HN'], ['كينغستون', 'Kingston', 'JM'],
  ['فينتيان', 'Vientiane', 'LA'], ['ماسيرو', 'Maseru', 'LS'], ['مونروفيا', 'Monrovia', 'LR'], ['فادوز', 'Vaduz', 'LI'], ['أنتاناناريفو', 'Antananarivo', 'MG'],
  ['ليلونغوي', 'Lilongwe', 'MW'], ['فاليتا', 'Valletta', 'MT'], ['بورت لويس', 'Port Louis', 'MU'], ['كيشيناو', 'Chisinau', 'MD'], ['أولان باتور', 'Ulaanbaatar', 'MN'],
  ['بودغوريتسا', 'Podgorica', 'ME'], ['مابوتو', 'Maputo', 'MZ'], ['نايبيداو', 'Naypyidaw', 'MM'], ['رانغون', 'Yangon', 'MM'], ['يانغون', 'Yangon', 'MM'],
  ['ويندهوك', 'Windhoek', 'NA'], ['ولينغتون', 'Wellington', 'NZ'], ['ماناغوا', 'Managua', 'NI'], ['سكوبيي', 'Skopje', 'MK'], ['بورت مورسبي', 'Port Moresby', 'PG'],
  ['أسونسيون', 'Asuncion', 'PY'], ['فريتاون', 'Freetown', 'SL'], ['باراماريبو', 'Paramaribo', 'SR'], ['دودوما', 'Dodoma', 'TZ'], ['لومي', 'Lome', 'TG'],
  ['لوساكا', 'Lusaka', 'ZM'],
] as const;

/** Named regions and geographic features: [Arabic, English, alpha-2 or '']. */
export const REGIONS = [
  ['بحر الصين الجنوبي', 'South China Sea', ''], ['بحر الصين الشرقي', 'East China Sea', ''], ['بحر العرب', 'Arabian Sea', ''],
  ['بحر إيجه', 'Aegean Sea', ''], ['بحر البلطيق', 'Baltic Sea', ''], ['بحر الشمال', 'North Sea', ''],
  ['الهلال الخصيب', 'Fertile Crescent', ''], ['البنجاب', 'Punjab', ''], ['وزيرستان', 'Waziristan', 'PK'], ['القرن الأفريقي', 'Horn of Africa', ''],
  ['القرن الإفريقي', 'Horn of Africa', ''], ['مزارع شبعا', 'Shebaa Farms', ''], ['القدس الشرقية', 'East Jerusalem', ''], ['الكاريبي', 'Caribbean', ''],
  ['إسكندنافيا', 'Scandinavia', ''], ['الأراضي الفلسطينية', 'Palestinian territories', 'PS'], ['الشيشان', 'Chechnya', 'RU'], ['دونباس', 'Donbas', 'UA'],
  ['الشرق الأوسط', 'Middle East', ''], ['الخليج العربي', 'Persian Gulf', ''], ['الخليج الفارسي', 'Persian Gulf', ''],
  ['الخليج', 'Persian Gulf', ''], ['منطقة الخليج', 'Persian Gulf', ''], ['شبه الجزيرة العربية', 'Arabian Peninsula', ''],
  ['الجزيرة العربية', 'Arabian Peninsula', ''], ['الجولان', 'Golan Heights', 'SY'], ['هضبة الجولان', 'Golan Heights', 'SY'],
  ['مرتفعات الجولان', 'Golan Heights', 'SY'], ['الضفة الغربية', 'West Bank', 'PS'], ['قطاع غزة', 'Gaza Strip', 'PS'],
  ['سيناء', 'Sinai', 'EG'], ['شبه جزيرة سيناء', 'Sinai', 'EG'], ['كردستان', 'Kurdistan', ''], ['إقليم كردستان', 'Kurdistan Region', 'IQ'],
  ['دارفور', 'Darfur', 'SD'], ['البحر الأبيض المتوسط', 'Mediterranean Sea', ''], ['البحر المتوسط', 'Mediterranean Sea', ''],
  ['البحر الأحمر', 'Red Sea', ''], ['البحر الأسود', 'Black Sea', ''], ['بحر قزوين', 'Caspian Sea', ''],
  ['البحر الميت', 'Dead Sea', ''], ['المحيط الهندي', 'Indian Ocean', ''],
  ['المحيط الأطلسي', 'Atlantic Ocean', ''], ['المحيط الهادئ', 'Pacific Ocean', ''], ['المحيط الهادي', 'Pacific Ocean', ''],
  ['نهر النيل', 'Nile', ''], ['النيل', 'Nile', ''], ['الفرات', 'Euphrates', ''], ['نهر الفرات', 'Euphrates', ''],
  ['دجلة', 'Tigris', ''], ['نهر دجلة', 'Tigris', ''], ['نهر الأردن', 'Jordan River', ''], ['نهر بردى', 'Barada', 'SY'], ['بردى', 'Barada', 'SY'],
  ['الأندلس', 'Al-Andalus', ''], ['بلاد الشام', 'Levant', ''], ['الشام', 'Levant', ''], ['المشرق العربي', 'Mashriq', ''],
  ['المغرب العربي', 'Maghreb', ''], ['شمال أفريقيا', 'North Africa', ''], ['شمال إفريقيا', 'North Africa', ''],
  ['أوروبا', 'Europe', ''], ['أوربا', 'Europe', ''], ['آسيا', 'Asia', ''], ['أفريقيا', 'Africa', ''], ['إفريقيا', 'Africa', ''],
  ['أمريكا اللاتينية', 'Latin America', ''], ['أمريكا الشمالية', 'North America', ''], ['أمريكا الجنوبية', 'South America', ''],
  ['أميركا اللاتينية', 'Latin America', ''], ['الشرق الأقصى', 'Far East', ''], ['آسيا الوسطى', 'Central Asia', ''],
  ['آسيا الصغرى', 'Anatolia', ''], ['الأناضول', 'Anatolia', 'TR'], ['القوقاز', 'Caucasus', ''], ['البلقان', 'Balkans', ''],
  ['القرم', 'Crimea', ''], ['شبه جزيرة القرم', 'Crimea', ''], ['شينجيانغ', 'Xinjiang', 'CN'], ['التبت', 'Tibet', 'CN'],
  ['كشمير', 'Kashmir', ''], ['بلاد ما بين النهرين', 'Mesopotamia', ''], ['بلاد الرافدين', 'Mesopotamia', ''],
  ['الحجاز', 'Hejaz', 'SA'], ['هضبة نجد', 'Najd', 'SA'], ['منطقة نجد', 'Najd', 'SA'], ['الغوطة', 'Ghouta', 'SY'], ['الغوطة الشرقية', 'Eastern Ghouta', 'SY'],
  ['ريف دمشق', 'Rif Dimashq', 'SY'], ['جبل قاسيون', 'Mount Qasioun', 'SY'], ['قاسيون', 'Mount Qasioun', 'SY'],
  ['الأحواز', 'Ahvaz', 'IR'], ['خراسان', 'Khorasan', ''], ['بلاد فارس', 'Persia', ''],
  ['بيزنطة', 'Byzantium', ''], ['الأمريكتين', 'Americas', ''], ['سيبيريا', 'Siberia', 'RU'], ['اسكتلندا', 'Scotland', 'GB'],
  ['ويلز', 'Wales', 'GB'], ['أيرلندا الشمالية', 'Northern Ireland', 'GB'], ['جبل طارق', 'Gibraltar', 'GI'],
  ['كامب ديفيد', 'Camp David', 'US'], ['قناة السويس', 'Suez Canal', 'EG'], ['قناة بنما', 'Panama Canal', 'PA'], ['مضيق هرمز', 'Strait of Hormuz', ''],
  ['باب المندب', 'Bab-el-Mandeb', ''], ['مضيق باب المندب', 'Bab-el-Mandeb', ''], ['البوسفور', 'Bosphorus', 'TR'], ['القطب الشمالي', 'Arctic', ''], ['القطب الجنوبي', 'Antarctica', ''], ['الصحراء الكبرى', 'Sahara', ''],
  ['العالم العربي', 'Arab world', ''], ['العالم الإسلامي', 'Muslim world', ''], ['الأراضي المقدسة', 'Holy Land', ''], ['الأرض المقدسة', 'Holy Land', ''],
  ['أوقيانوسيا', 'Oceania', ''], ['صقلية', 'Sicily', 'IT'], ['سردينيا', 'Sardinia', 'IT'], ['كورسيكا', 'Corsica', 'FR'], ['كريت', 'Crete', 'GR'],
  ['يوغسلافيا', 'Yugoslavia', ''], ['تشيكوسلوفاكيا', 'Czechoslovakia', ''], ['ألمانيا الغربية', 'West Germany', ''], ['ألمانيا الشرقية', 'East Germany', ''],
  ['وادي بردى', 'Barada valley', 'SY'], ['الجليل', 'Galilee', ''], ['النقب', 'Negev', 'IL'], ['الأغوار', 'Jordan Valley', ''],
  ['وادي الأردن', 'Jordan Valley', ''], ['وادي عربة', 'Wadi Araba', ''], ['وادي رم', 'Wadi Rum', 'JO'], ['البلقاء', 'Balqa', 'JO'], ['جبل عجلون', 'Ajloun', 'JO'],
  ['عسير', 'Asir', 'SA'], ['الباحة', 'Al Bahah', 'SA'], ['الجوف', 'Al Jawf', 'SA'], ['الحدود الشمالية', 'Northern Borders', 'SA'],
  ['قناة السويس الجديدة', 'New Suez Canal', 'EG'], ['الوطن العربي', 'Arab world', ''], ['جزيرة العرب', 'Arabian Peninsula', ''],
  ['القارة الأفريقية', 'Africa', ''], ['القارة الإفريقية', 'Africa', ''], ['القارة الأوروبية', 'Europe', ''], ['القارة الآسيوية', 'Asia', ''],
  ['القارة العجوز', 'Europe', ''], ['شرق المتوسط', 'Eastern Mediterranean', ''],
  ['فرجينيا', 'Virginia', 'US'], ['ميشيغان', 'Michigan', 'US'], ['أوهايو', 'Ohio', 'US'], ['بنسلفانيا', 'Pennsylvania', 'US'], ['أريزونا', 'Arizona', 'US'],
  ['نيفادا', 'Nevada', 'US'], ['كولورادو', 'Colorado', 'US'], ['داغستان', 'Dagestan', 'RU'], ['أوسيتيا الجنوبية', 'South Ossetia', 'GE'], ['أبخازيا', 'Abkhazia', 'GE'],
  ['جنوب لبنان', 'South Lebanon', 'LB'], ['شمال سوريا', 'Northern Syria', 'SY'], ['شمال العراق', 'Northern Iraq', 'IQ'],
] as const;

/**
 * Facilities and prizes named after people (`سجن أبو غريب`, `جسر الملك فهد`, `مطار الملك خالد`,
 * `جائزة نوبل`): not annotated (ANNOTATION.md), and the person's name after them is no mention.
 */
export const FACILITY_HEADS = [
  'سجن', 'معتقل', 'مطار', 'ملعب', 'استاد', 'ستاد', 'جسر', 'شارع', 'مستشفى', 'مدرسة', 'مسجد', 'جامع', 'قاعة', 'ميناء', 'قاعدة',
  'مجمع', 'برج', 'فندق', 'ساحة', 'ميدان', 'قصر', 'متحف', 'مكتبة', 'سد', 'نفق', 'مركز', 'كلية', 'جائزة', 'كأس', 'بطولة', 'مسابقة',
  'حي', 'مخيم', 'معبر', 'بوابة', 'كنيسة', 'دير', 'حديقة', 'منتزه', 'محطة',
] as const;
