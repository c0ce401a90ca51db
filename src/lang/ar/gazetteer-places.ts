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
  ['البوسنة', 'BA'], ['البوسنة والهرسك', 'BA'], ['كوسوفو', 'XK'], ['فيتنام', 'VN'], ['تايلاند', 'TH'],
  ['الفلبين', 'PH'], ['بنغلاديش', 'BD'], ['سريلانكا', 'LK'], ['نيبال', 'NP'], ['تركمانستان', 'TM'],
  ['طاجيكستان', 'TJ'], ['قرغيزستان', 'KG'], ['منغوليا', 'MN'], ['سنغافورة', 'SG'], ['نيوزيلندا', 'NZ'],
  ['إريتريا', 'ER'], ['تشاد', 'TD'], ['النيجر', 'NE'], ['السنغال', 'SN'], ['الكاميرون', 'CM'],
  ['غانا', 'GH'], ['أوغندا', 'UG'], ['تنزانيا', 'TZ'], ['رواندا', 'RW'], ['الكونغو', 'CG'],
  ['أنغولا', 'AO'], ['زيمبابوي', 'ZW'], ['موزمبيق', 'MZ'], ['مدغشقر', 'MG'], ['جنوب السودان', 'SS'],
  ['بيلاروسيا', 'BY'], ['روسيا البيضاء', 'BY'], ['لاتفيا', 'LV'], ['ليتوانيا', 'LT'], ['إستونيا', 'EE'],
  ['آيسلندا', 'IS'], ['ايسلندا', 'IS'], ['لوكسمبورغ', 'LU'], ['مولدوفا', 'MD'], ['سلوفينيا', 'SI'],
] as const;

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

/** Kingdoms `المملكة` may stand for, with the words that show the document is about them. */
export const KINGDOM_CUES = {
  SA: ['السعودية', 'السعودي', 'السعوديه', 'الرياض', 'جدة', 'خادم الحرمين'],
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
] as const;

/** Cities: [Arabic, English, alpha-2]. Capitals and major cities. */
export const CITIES = [
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
  ['واشنطن', 'Washington', 'US'], ['نيويورك', 'New York', 'US'], ['لوس أنجلوس', 'Los Angeles', 'US'],
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
  ['أسمرة', 'Asmara', 'ER'], ['نيقوسيا', 'Nicosia', 'CY'], ['الفاتيكان', 'Vatican City', 'VA'],
] as const;

/** Named regions and geographic features: [Arabic, English, alpha-2 or '']. */
export const REGIONS = [
  ['الشرق الأوسط', 'Middle East', ''], ['الخليج العربي', 'Persian Gulf', ''], ['الخليج الفارسي', 'Persian Gulf', ''],
  ['الخليج', 'Persian Gulf', ''], ['منطقة الخليج', 'Persian Gulf', ''], ['شبه الجزيرة العربية', 'Arabian Peninsula', ''],
  ['الجزيرة العربية', 'Arabian Peninsula', ''], ['الجولان', 'Golan Heights', 'SY'], ['هضبة الجولان', 'Golan Heights', 'SY'],
  ['مرتفعات الجولان', 'Golan Heights', 'SY'], ['الضفة الغربية', 'West Bank', 'PS'], ['قطاع غزة', 'Gaza Strip', 'PS'],
  ['سيناء', 'Sinai', 'EG'], ['شبه جزيرة سيناء', 'Sinai', 'EG'], ['كردستان', 'Kurdistan', ''], ['إقليم كردستان', 'Kurdistan Region', 'IQ'],
  ['دارفور', 'Darfur', 'SD'], ['البحر الأبيض المتوسط', 'Mediterranean Sea', ''], ['البحر المتوسط', 'Mediterranean Sea', ''],
  ['البحر الأحمر', 'Red Sea', ''], ['البحر الأسود', 'Black Sea', ''], ['بحر قزوين', 'Caspian Sea', ''],
  ['البحر الميت', 'Dead Sea', ''], ['بحر العرب', 'Arabian Sea', ''], ['المحيط الهندي', 'Indian Ocean', ''],
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
  ['الحجاز', 'Hejaz', 'SA'], ['نجد', 'Najd', 'SA'], ['الغوطة', 'Ghouta', 'SY'], ['الغوطة الشرقية', 'Eastern Ghouta', 'SY'],
  ['ريف دمشق', 'Rif Dimashq', 'SY'], ['جبل قاسيون', 'Mount Qasioun', 'SY'], ['قاسيون', 'Mount Qasioun', 'SY'],
  ['الأحواز', 'Ahvaz', 'IR'], ['خراسان', 'Khorasan', ''], ['بلاد فارس', 'Persia', ''],
  ['بيزنطة', 'Byzantium', ''], ['الأمريكتين', 'Americas', ''], ['سيبيريا', 'Siberia', 'RU'], ['اسكتلندا', 'Scotland', 'GB'],
  ['ويلز', 'Wales', 'GB'], ['أيرلندا الشمالية', 'Northern Ireland', 'GB'], ['جبل طارق', 'Gibraltar', 'GI'],
  ['كامب ديفيد', 'Camp David', 'US'], ['قناة السويس', 'Suez Canal', 'EG'], ['قناة بنما', 'Panama Canal', 'PA'], ['مضيق هرمز', 'Strait of Hormuz', ''],
  ['باب المندب', 'Bab-el-Mandeb', ''], ['مضيق باب المندب', 'Bab-el-Mandeb', ''], ['البوسفور', 'Bosphorus', 'TR'], ['القطب الشمالي', 'Arctic', ''], ['القطب الجنوبي', 'Antarctica', ''], ['الصحراء الكبرى', 'Sahara', ''],
  ['جنوب لبنان', 'South Lebanon', 'LB'], ['شمال سوريا', 'Northern Syria', 'SY'], ['شمال العراق', 'Northern Iraq', 'IQ'],
] as const;
