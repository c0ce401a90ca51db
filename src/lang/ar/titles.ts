/**
 * Arabic titles and offices that precede names (data only): [phrase, English]. They are stripped
 * from person spans and recorded in `titles`. `وزير` + a ministry domain is generated in
 * entities.ts from MINISTRY_DOMAINS.
 */
export const TITLES = [
  ['الرئيس', 'President'], ['رئيس', 'President'], ['رئيس الجمهورية', 'President'], ['فخامة', 'His Excellency'],
  ['فخامة الرئيس', 'President'], ['نائب الرئيس', 'Vice President'], ['الملك', 'King'], ['جلالة', 'His Majesty'],
  ['جلالة الملك', 'King'], ['جلالة السلطان', 'Sultan'], ['الملكة', 'Queen'], ['السلطان', 'Sultan'], ['الأمير', 'Prince'],
  ['الأميرة', 'Princess'], ['سمو', 'His Highness'], ['سمو الأمير', 'Prince'], ['صاحب السمو', 'His Highness'],
  ['صاحب السمو الملكي', 'His Royal Highness'], ['صاحب الجلالة', 'His Majesty'], ['خادم الحرمين الشريفين', 'Custodian of the Two Holy Mosques'], ['خادم الحرمين', 'Custodian of the Two Holy Mosques'],
  ['ولي العهد', 'Crown Prince'], ['ولي ولي العهد', 'Deputy Crown Prince'], ['الشيخ', 'Shaikh'], ['الشيخة', 'Shaikha'],
  ['معالي', 'His Excellency'], ['سعادة', 'His Excellency'], ['دولة', 'His Excellency'], ['السيد', 'Mr'], ['السيدة', 'Mrs'],
  ['الدكتور', 'Dr'], ['الدكتورة', 'Dr'], ['د', 'Dr'], ['الأستاذ', 'Professor'], ['البروفيسور', 'Professor'], ['المهندس', 'Engineer'],
  ['الوزير', 'Minister'], ['الوزيرة', 'Minister'], ['وزير', 'Minister'], ['وزيرة', 'Minister'], ['الوزير المسؤول عن الشؤون الخارجية', 'Minister Responsible for Foreign Affairs'],
  ['وزير الدولة', 'Minister of State'], ['وزير الدولة للشؤون الخارجية', 'Minister of State for Foreign Affairs'],
  ['رئيس الوزراء', 'Prime Minister'], ['رئيس الحكومة', 'Prime Minister'], ['رئيس مجلس الوزراء', 'Prime Minister'],
  ['نائب رئيس الوزراء', 'Deputy Prime Minister'], ['نائب رئيس مجلس الوزراء', 'Deputy Prime Minister'],
  ['رئيس مجلس النواب', 'Speaker'], ['رئيس مجلس الشعب', 'Speaker'], ['رئيس البرلمان', 'Speaker'], ['رئيس مجلس الأمة', 'Speaker'],
  ['السفير', 'Ambassador'], ['السفيرة', 'Ambassador'], ['سفير', 'Ambassador'], ['القنصل', 'Consul'], ['المبعوث', 'Envoy'],
  ['المبعوث الخاص', 'Special Envoy'], ['المبعوث الأممي', 'UN Envoy'], ['المبعوث الدولي', 'UN Envoy'], ['الأمين العام', 'Secretary-General'],
  ['نظيره', 'Counterpart'], ['نظيرته', 'Counterpart'], ['نظيرها', 'Counterpart'], ['نظيرهم', 'Counterpart'],
  ['المتحدث باسم', 'Spokesman'], ['الناطق باسم', 'Spokesman'], ['المتحدث الرسمي', 'Spokesman'], ['الناطق الرسمي', 'Spokesman'],
  ['المستشار', 'Chancellor'], ['المستشارة', 'Chancellor'], ['الجنرال', 'General'], ['اللواء', 'Major General'], ['العميد', 'Brigadier'],
  ['العقيد', 'Colonel'], ['الفريق', 'Lieutenant General'], ['الفريق أول', 'General'], ['المشير', 'Field Marshal'], ['الرائد', 'Major'],
  ['النقيب', 'Captain'], ['القائد', 'Commander'], ['الإمام', 'Imam'], ['آية الله', 'Ayatollah'], ['المرشد', 'Supreme Leader'],
  ['البابا', 'Pope'], ['البطريرك', 'Patriarch'], ['المطران', 'Archbishop'], ['الخليفة', 'Caliph'], ['الحاكم', 'Governor'], ['المحافظ', 'Governor'],
  ['النائب', 'MP'], ['القاضي', 'Judge'], ['المدرب', 'Coach'], ['اللاعب', 'Player'], ['النجم', 'Star'], ['الفيلسوف', 'Philosopher'],
  ['العالم', 'Scientist'], ['الطبيب', 'Physician'], ['الشاعر', 'Poet'], ['الكاتب', 'Writer'], ['الفنان', 'Artist'], ['المؤرخ', 'Historian'],
  ['الفيزيائي', 'Physicist'], ['الكيميائي', 'Chemist'], ['المبرمج', 'Programmer'], ['الصحفي', 'Journalist'], ['المراسل', 'Correspondent'],
  ['الزعيم', 'Leader'], ['سان', 'Saint'], ['سانت', 'Saint'], ['وزير خارجية', 'Foreign Minister'], ['وزير دفاع', 'Defense Minister'], ['وزير داخلية', 'Interior Minister'],
  ['رئيس جمهورية', 'President'], ['رئيس وزراء', 'Prime Minister'], ['ملك', 'King'], ['أمير', 'Emir'], ['سمو الشيخ', 'Shaikh'], ['الكونت', 'Count'], ['الإمبراطور', 'Emperor'], ['القديس', 'Saint'], ['الأسقف', 'Bishop'], ['الدوق', 'Duke'],
  ['البارون', 'Baron'], ['الماركيز', 'Marquis'], ['الفارس', 'Knight'], ['المطرب', 'Singer'], ['المطربة', 'Singer'], ['الفنانة', 'Artist'],
  ['المخرج', 'Director'], ['الممثل', 'Actor'], ['الممثلة', 'Actress'], ['المحامي', 'Lawyer'], ['الكابتن', 'Captain'],
  ['المدير', 'Director'], ['مدير', 'Director'], ['المدير العام', 'Director General'], ['مدير عام', 'Director General'],
  ['المدير التنفيذي', 'Chief Executive'], ['الرئيس التنفيذي', 'Chief Executive'], ['رئيس مجلس الإدارة', 'Chairman'],
  ['عضو', 'Member'], ['العين', 'Senator'], ['الحاج', 'Hajj'], ['الحاجة', 'Hajja'], ['المفتي', 'Mufti'], ['الأب', 'Father'],
  ['المحلل', 'Analyst'], ['الباحث', 'Researcher'], ['الخبير', 'Expert'], ['الروائي', 'Novelist'], ['الأديب', 'Writer'],
  ['المفكر', 'Thinker'], ['العلامة', 'Scholar'], ['الرسام', 'Painter'], ['الموسيقار', 'Composer'], ['الملحن', 'Composer'],
  ['المؤلف', 'Author'], ['الشهيد', 'Martyr'], ['الأسير', 'Prisoner'], ['المواطن', 'Citizen'], ['الزميل', 'Colleague'],
  ['المتحدث الرسمي باسم', 'Spokesman'], ['الناطق الرسمي باسم', 'Spokesman'], ['المتحدثة باسم', 'Spokeswoman'], ['الناطقة باسم', 'Spokeswoman'],
  ['المتحدثة الرسمية باسم', 'Spokeswoman'], ['الإعلامي', 'Media Personality'], ['الإعلامية', 'Media Personality'], ['الصحفية', 'Journalist'],
  ['الصحافي', 'Journalist'], ['الصحافية', 'Journalist'], ['الكاتبة', 'Writer'], ['الشاعرة', 'Poet'], ['الروائية', 'Novelist'],
  ['المغني', 'Singer'], ['المغنية', 'Singer'], ['الرئيسة', 'President'], ['رئيسة', 'President'], ['النائبة', 'MP'], ['السيناتور', 'Senator'],
  ['المرشح', 'Candidate'], ['المرشحة', 'Candidate'], ['المرشح الرئاسي', 'Presidential Candidate'], ['المفوض', 'Commissioner'],
  ['المفوضة', 'Commissioner'], ['المنسق', 'Coordinator'], ['المنسق الخاص', 'Special Coordinator'], ['المقرر الخاص', 'Special Rapporteur'],
  ['الموفد', 'Envoy'], ['الموفد الخاص', 'Special Envoy'], ['المبعوثة', 'Envoy'], ['مبعوث', 'Envoy'], ['المندوب الدائم', 'Permanent Representative'],
  ['القائم بالأعمال', "Charge d'Affaires"], ['الحاخام', 'Rabbi'], ['القس', 'Reverend'], ['الكاردينال', 'Cardinal'], ['الملاكم', 'Boxer'],
  ['العداء', 'Runner'], ['العداءة', 'Runner'], ['السباح', 'Swimmer'], ['اللاعبة', 'Player'], ['لاعبة', 'Player'], ['المدربة', 'Coach'],
  ['المهندسة', 'Engineer'], ['الأستاذة', 'Professor'], ['رئيسة الوزراء', 'Prime Minister'], ['رئيسة وزراء', 'Prime Minister'],
  ['أمين عام', 'Secretary-General'], ['الأمينة العامة', 'Secretary-General'], ['المرشد الأعلى', 'Supreme Leader'], ['الداعية', 'Preacher'],
  ['نجل', 'Son'], ['نجلة', 'Daughter'], ['ابنة', 'Daughter'], ['شقيق', 'Brother'], ['شقيقة', 'Sister'], ['زوجة', 'Wife'], ['أرملة', 'Widow'],
  ['حفيد', 'Grandson'], ['حفيدة', 'Granddaughter'], ['والد', 'Father'], ['والدة', 'Mother'], ['عقيلة', 'Wife'], ['حرم', 'Wife'],
  ['العماد', 'General'], ['العاهل', 'Monarch'], ['الملا', 'Mullah'], ['المرجع', 'Marja'], ['حجة الإسلام', 'Hojatoleslam'],
  ['الحبر الأعظم', 'Pope'], ['المطرانة', 'Archbishop'], ['الشيخة', 'Shaikha'], ['المدعي العام', 'Prosecutor'], ['النائب العام', 'Prosecutor General'],
  ['النجم', 'Star'], ['الحارس', 'Goalkeeper'], ['المهاجم', 'Striker'], ['المدافع', 'Defender'], ['لاعب', 'Player'], ['رئيس الأركان', 'Chief of Staff'], ['قائد', 'Commander'], ['مساعد وزير', 'Assistant Minister'], ['نائب وزير', 'Deputy Minister'],
  // foreign ranks and honorifics written as loanwords, and junior ranks
  ['الميجر', 'Major'], ['الميجور', 'Major'], ['الكولونيل', 'Colonel'], ['الأدميرال', 'Admiral'], ['الليفتنانت', 'Lieutenant'],
  ['اللفتنانت', 'Lieutenant'], ['اللورد', 'Lord'], ['الليدي', 'Lady'], ['البارونة', 'Baroness'], ['المونسنيور', 'Monsignor'],
  ['المقدم', 'Lieutenant Colonel'], ['الملازم', 'Lieutenant'], ['الملازم أول', 'First Lieutenant'], ['العريف', 'Corporal'], ['الرقيب', 'Sergeant'],
] as const;

/** Words after a title that qualify it and stay outside the name: `الرئيس السوري السابق`. */
export const TITLE_QUALIFIERS = ['ركن', 'أول', 'السابق', 'السابقة', 'الأسبق', 'الحالي', 'الراحل', 'الراحلة', 'الجديد', 'المكلف', 'الأول', 'الثاني'] as const;

/** Titles too weak to start a name on their own before an unknown word (need a lexicon name next). */
export const WEAK_TITLES = [
  'عضو', 'العين', 'المواطن', 'الزميل', 'الحارس', 'المهاجم', 'المدافع', 'لاعب', 'الأب', 'المدير', 'مدير', 'الفارس', 'الأسير', 'الشهيد','العالم', 'النجم', 'اللاعب', 'الفنان', 'الكاتب', 'الطبيب', 'الحاكم', 'القاضي', 'رئيس', 'دولة', 'قائد', 'النائب', 'الرائد', 'القائد', 'المحافظ', 'الفريق',
  'الإعلامي', 'الإعلامية', 'الصحفية', 'الصحافي', 'الصحافية', 'الكاتبة', 'المغني', 'المغنية', 'النائبة', 'المرشح', 'المرشحة', 'المفوض',
  'المنسق', 'الموفد', 'الملاكم', 'العداء', 'العداءة', 'السباح', 'اللاعبة', 'لاعبة', 'المدربة', 'الداعية', 'نجل', 'نجلة', 'ابنة',
  'شقيق', 'شقيقة', 'زوجة', 'أرملة', 'حفيد', 'حفيدة', 'والد', 'والدة', 'عقيلة', 'حرم', 'رئيسة'] as const;
