/**
 * Arabic organization tables (data only). Fixed names: [Arabic, English canonical, alpha-2 or ''].
 * Patterns built from heads (ministries, governments, agencies, embassies) live in entities.ts and
 * take their words from the tables below.
 */

export const ORGANIZATIONS = [
  ['جامعة الدول العربية', 'Arab League', ''], ['الجامعة العربية', 'Arab League', ''],
  ['مجلس التعاون الخليجي', 'Gulf Cooperation Council', ''], ['مجلس التعاون لدول الخليج العربية', 'Gulf Cooperation Council', ''],
  ['مجلس التعاون', 'Gulf Cooperation Council', ''], ['الأمم المتحدة', 'United Nations', ''], ['منظمة الأمم المتحدة', 'United Nations', ''],
  ['مجلس الأمن', 'United Nations Security Council', ''], ['مجلس الأمن الدولي', 'United Nations Security Council', ''],
  ['الجمعية العامة للأمم المتحدة', 'United Nations General Assembly', ''], ['الجمعية العامة', 'United Nations General Assembly', ''],
  ['الاتحاد الأوروبي', 'European Union', ''], ['الاتحاد الأوربي', 'European Union', ''], ['الاتحاد الأفريقي', 'African Union', ''],
  ['الاتحاد الإفريقي', 'African Union', ''], ['حلف شمال الأطلسي', 'NATO', ''], ['حلف الناتو', 'NATO', ''], ['الناتو', 'NATO', ''],
  ['منظمة التعاون الإسلامي', 'Organisation of Islamic Cooperation', ''], ['منظمة المؤتمر الإسلامي', 'Organisation of Islamic Cooperation', ''],
  ['صندوق النقد الدولي', 'International Monetary Fund', ''], ['البنك الدولي', 'World Bank', ''],
  ['منظمة الصحة العالمية', 'World Health Organization', ''], ['منظمة التجارة العالمية', 'World Trade Organization', ''],
  ['اليونسكو', 'UNESCO', ''], ['منظمة اليونسكو', 'UNESCO', ''], ['اليونيسيف', 'UNICEF', ''], ['أوبك', 'OPEC', ''], ['منظمة أوبك', 'OPEC', ''],
  ['الوكالة الدولية للطاقة الذرية', 'International Atomic Energy Agency', ''], ['محكمة العدل الدولية', 'International Court of Justice', ''],
  ['المحكمة الجنائية الدولية', 'International Criminal Court', ''], ['الصليب الأحمر', 'Red Cross', ''], ['الهلال الأحمر', 'Red Crescent', ''],
  ['اللجنة الدولية للصليب الأحمر', 'International Committee of the Red Cross', ''], ['منظمة العفو الدولية', 'Amnesty International', ''],
  ['الفيفا', 'FIFA', ''], ['الاتحاد الدولي لكرة القدم', 'FIFA', ''], ['اللجنة الأولمبية الدولية', 'International Olympic Committee', ''],
  ['منتدى التعاون الصيني العربي', 'China-Arab States Cooperation Forum', ''], ['منظمة شنغهاي للتعاون', 'Shanghai Cooperation Organisation', ''],
  ['البريكس', 'BRICS', ''], ['مجموعة العشرين', 'G20', ''], ['الكونغرس', 'United States Congress', 'US'], ['الكونجرس', 'United States Congress', 'US'],
  ['البيت الأبيض', 'White House', 'US'], ['البنتاغون', 'Pentagon', 'US'], ['البنتاجون', 'Pentagon', 'US'], ['الكرملين', 'Kremlin', 'RU'],
  ['وكالة المخابرات المركزية', 'Central Intelligence Agency', 'US'], ['الكنيست', 'Knesset', 'IL'], ['مجلس الشورى', 'Shura Council', ''],
  ['داعش', 'Islamic State', ''], ['تنظيم الدولة الإسلامية', 'Islamic State', ''], ['الدولة الإسلامية', 'Islamic State', ''], ['جبهة النصرة', 'al-Nusra Front', ''],
  ['هيئة تحرير الشام', 'Hay\'at Tahrir al-Sham', ''], ['حزب الله', 'Hezbollah', 'LB'], ['حركة حماس', 'Hamas', 'PS'], ['حماس', 'Hamas', 'PS'],
  ['حركة فتح', 'Fatah', 'PS'], ['تنظيم القاعدة', 'al-Qaeda', ''], ['طالبان', 'Taliban', ''], ['حركة طالبان', 'Taliban', ''],
  ['الحوثيين', 'Houthis', 'YE'], ['الحوثيون', 'Houthis', 'YE'], ['أنصار الله', 'Houthis', 'YE'], ['الجيش السوري الحر', 'Free Syrian Army', 'SY'],
  ['الجيش الحر', 'Free Syrian Army', 'SY'], ['قوات سوريا الديمقراطية', 'Syrian Democratic Forces', 'SY'], ['الإخوان المسلمين', 'Muslim Brotherhood', ''],
  ['الإخوان المسلمون', 'Muslim Brotherhood', ''], ['جماعة الإخوان المسلمين', 'Muslim Brotherhood', ''], ['حزب البعث', 'Ba\'ath Party', ''],
  ['منظمة التحرير الفلسطينية', 'Palestine Liberation Organization', 'PS'], ['السلطة الفلسطينية', 'Palestinian Authority', 'PS'],
  ['الحرس الثوري', 'Islamic Revolutionary Guard Corps', 'IR'], ['الائتلاف الوطني السوري', 'Syrian National Coalition', 'SY'],
  ['سانا', 'Syrian Arab News Agency', 'SY'], ['وكالة الأنباء السورية', 'Syrian Arab News Agency', 'SY'], ['واس', 'Saudi Press Agency', 'SA'], ['وكالة الأنباء السعودية', 'Saudi Press Agency', 'SA'],
  ['وكالة الأنباء العمانية', 'Oman News Agency', 'OM'], ['وكالة الأنباء الأردنية', 'Petra News Agency', 'JO'], ['بترا', 'Petra News Agency', 'JO'],
  ['وكالة الأنباء القطرية', 'Qatar News Agency', 'QA'], ['وكالة أنباء الإمارات', 'Emirates News Agency', 'AE'], ['وام', 'Emirates News Agency', 'AE'],
  ['وكالة الأنباء الكويتية', 'Kuwait News Agency', 'KW'], ['كونا', 'Kuwait News Agency', 'KW'], ['وكالة أنباء الشرق الأوسط', 'Middle East News Agency', 'EG'],
  ['رويترز', 'Reuters', ''], ['فرانس برس', 'Agence France-Presse', 'FR'], ['وكالة فرانس برس', 'Agence France-Presse', 'FR'],
  ['أسوشيتد برس', 'Associated Press', 'US'], ['أسوشيتدبرس', 'Associated Press', 'US'], ['سبوتنيك', 'Sputnik', 'RU'], ['تاس', 'TASS', 'RU'],
  ['شينخوا', 'Xinhua', 'CN'], ['إيرنا', 'IRNA', 'IR'], ['بي بي سي', 'BBC', 'GB'], ['هيئة الإذاعة البريطانية', 'BBC', 'GB'], ['سي إن إن', 'CNN', 'US'], ['قناة الجزيرة', 'Al Jazeera', 'QA'],
  ['قناة العربية', 'Al Arabiya', ''], ['الأسوشيتد برس', 'Associated Press', 'US'],
  ['تويتر', 'Twitter', 'US'], ['فيسبوك', 'Facebook', 'US'], ['فيس بوك', 'Facebook', 'US'], ['جوجل', 'Google', 'US'], ['غوغل', 'Google', 'US'],
  ['مايكروسوفت', 'Microsoft', 'US'], ['ميكروسوفت', 'Microsoft', 'US'], ['آبل', 'Apple', 'US'], ['أبل', 'Apple', 'US'], ['آي بي إم', 'IBM', 'US'],
  ['إنتل', 'Intel', 'US'], ['انتل', 'Intel', 'US'], ['صن مايكروسيستمز', 'Sun Microsystems', 'US'], ['أوراكل', 'Oracle', 'US'], ['ياهو', 'Yahoo', 'US'],
  ['أرامكو', 'Saudi Aramco', 'SA'], ['أرامكو السعودية', 'Saudi Aramco', 'SA'], ['سابك', 'SABIC', 'SA'], ['غازبروم', 'Gazprom', 'RU'],
  ['ريال مدريد', 'Real Madrid', 'ES'], ['أتلتيكو مدريد', 'Atletico Madrid', 'ES'], ['أتلتكو مدريد', 'Atletico Madrid', 'ES'],
  ['اتليتكو مدريد', 'Atletico Madrid', 'ES'], ['مانشستر سيتي', 'Manchester City', 'GB'], ['مانشستر يونايتد', 'Manchester United', 'GB'],
  ['سبورتينغ لشبونة', 'Sporting CP', 'PT'], ['سبورتنغ لشبونة', 'Sporting CP', 'PT'], ['بنفيكا', 'Benfica', 'PT'],
  ['يوفنتوس', 'Juventus', 'IT'], ['إنتر ميلان', 'Inter Milan', 'IT'], ['بايرن ميونخ', 'Bayern Munich', 'DE'],
  ['تشيلسي', 'Chelsea', 'GB'], ['أرسنال', 'Arsenal', 'GB'],
  ['أ ف ب', 'Agence France-Presse', 'FR'], ['وكالة الصحافة الفرنسية', 'Agence France-Presse', 'FR'], ['ا ف ب', 'Agence France-Presse', 'FR'], ['د ب أ', 'Deutsche Presse-Agentur', 'DE'],
  ['يو بي آي', 'United Press International', 'US'], ['يونايتد برس', 'United Press International', 'US'], ['قنا', 'Qatar News Agency', 'QA'],
  ['ايتار تاس', 'ITAR-TASS', 'RU'], ['إيتار تاس', 'ITAR-TASS', 'RU'], ['نوفوستي', 'RIA Novosti', 'RU'], ['وكالة الأناضول', 'Anadolu Agency', 'TR'], ['واشنطن بوست', 'The Washington Post', 'US'], ['نيويورك تايمز', 'The New York Times', 'US'],
  ['وول ستريت جورنال', 'The Wall Street Journal', 'US'], ['الغارديان', 'The Guardian', 'GB'], ['التايمز', 'The Times', 'GB'], ['لوموند', 'Le Monde', 'FR'],
  ['هآرتس', 'Haaretz', 'IL'], ['يديعوت أحرونوت', 'Yedioth Ahronoth', 'IL'], ['معاريف', 'Maariv', 'IL'], ['سي ان ان', 'CNN', 'US'], ['فوكس نيوز', 'Fox News', 'US'], ['العربية نت', 'Al Arabiya', ''],
  ['هيومن رايتس ووتش', 'Human Rights Watch', ''], ['أمنستي', 'Amnesty International', ''], ['أطباء بلا حدود', 'Doctors Without Borders', ''],
  ['البرلمان الأوروبي', 'European Parliament', ''], ['المفوضية الأوروبية', 'European Commission', ''], ['مجلس الشيوخ', 'Senate', ''],
  ['مجلس النواب', 'House of Representatives', ''], ['مجلس الأعيان', 'Senate of Jordan', 'JO'], ['مجلس الأمة', 'National Assembly', ''],
  ['وكالة الطاقة الذرية', 'International Atomic Energy Agency', ''], ['الأونروا', 'UNRWA', ''], ['وكالة الأونروا', 'UNRWA', ''],
  ['المفوضية العليا لشؤون اللاجئين', 'UNHCR', ''], ['برنامج الغذاء العالمي', 'World Food Programme', ''], ['الفاو', 'FAO', ''],
  ['منظمة الأغذية والزراعة', 'FAO', ''], ['منظمة العمل الدولية', 'International Labour Organization', ''], ['الإنتربول', 'Interpol', ''],
  ['الموساد', 'Mossad', 'IL'], ['الشاباك', 'Shin Bet', 'IL'], ['الليكود', 'Likud', 'IL'], ['حزب الليكود', 'Likud', 'IL'], ['حزب العمل', 'Labor Party', ''],
  ['كاديما', 'Kadima', 'IL'], ['حزب كاديما', 'Kadima', 'IL'], ['الجهاد الإسلامي', 'Islamic Jihad', 'PS'], ['حركة الجهاد الإسلامي', 'Islamic Jihad', 'PS'],
  ['كتائب القسام', 'Izz ad-Din al-Qassam Brigades', 'PS'], ['كتائب شهداء الأقصى', 'Al-Aqsa Martyrs Brigades', 'PS'], ['حركة أمل', 'Amal Movement', 'LB'],
  ['تيار المستقبل', 'Future Movement', 'LB'], ['جيش المهدي', 'Mahdi Army', 'IQ'], ['المجلس الأعلى', 'Supreme Islamic Iraqi Council', 'IQ'],
  ['جبهة العمل الإسلامي', 'Islamic Action Front', 'JO'], ['حزب جبهة العمل الإسلامي', 'Islamic Action Front', 'JO'], ['الحزب الديمقراطي', 'Democratic Party', 'US'],
  ['الحزب الجمهوري', 'Republican Party', 'US'], ['حزب المحافظين', 'Conservative Party', 'GB'], ['حزب العدالة والتنمية', 'Justice and Development Party', ''],
  ['جنرال موتورز', 'General Motors', 'US'], ['فورد', 'Ford', 'US'], ['تويوتا', 'Toyota', 'JP'], ['سامسونج', 'Samsung', 'KR'], ['سامسونغ', 'Samsung', 'KR'],
  ['نوكيا', 'Nokia', 'FI'], ['سوني', 'Sony', 'JP'], ['بوينغ', 'Boeing', 'US'], ['إيرباص', 'Airbus', ''], ['توتال', 'TotalEnergies', 'FR'],
  ['إكسون موبيل', 'ExxonMobil', 'US'], ['الخطوط الجوية الملكية الأردنية', 'Royal Jordanian', 'JO'], ['الملكية الأردنية', 'Royal Jordanian', 'JO'],
  ['الزمالك', 'Zamalek', 'EG'], ['الفيصلي', 'Al-Faisaly', 'JO'], ['النادي الأهلي', 'Al Ahly', 'EG'], ['نادي الوحدات', 'Al-Wehdat', 'JO'], ['الهلال السعودي', 'Al Hilal', 'SA'],
  ['الجامعة الأردنية', 'University of Jordan', 'JO'], ['جامعة اليرموك', 'Yarmouk University', 'JO'], ['الجامعة الأمريكية', 'American University', ''],
  ['رابطة العالم الإسلامي', 'Muslim World League', ''], ['حركة عدم الانحياز', 'Non-Aligned Movement', ''],
  ['حركة المقاومة الإسلامية', 'Hamas', 'PS'], ['حركة الشباب', 'al-Shabaab', 'SO'], ['حركة الشباب المجاهدين', 'al-Shabaab', 'SO'],
  ['حركة العدل والمساواة', 'Justice and Equality Movement', 'SD'], ['حركة النهضة', 'Ennahda', 'TN'], ['حركة مجتمع السلم', 'Movement of Society for Peace', 'DZ'],
  ['الحركة الشعبية لتحرير السودان', "Sudan People's Liberation Movement", 'SD'], ['حركة التحرير الوطني الفلسطيني', 'Fatah', 'PS'],
  ['الجزيرة نت', 'Al Jazeera', 'QA'], ['وكالة أسوشيتد برس', 'Associated Press', 'US'],
  ['الاتحاد من أجل المتوسط', 'Union for the Mediterranean', ''], ['رابطة دول جنوب شرق آسيا', 'ASEAN', ''], ['آسيان', 'ASEAN', ''],
  ['مجموعة الثماني', 'G8', ''], ['مجموعة السبع', 'G7', ''], ['منظمة الدول الأمريكية', 'Organization of American States', ''],
  ['منظمة الأمن والتعاون في أوروبا', 'OSCE', ''], ['الوكالة الدولية للطاقة', 'International Energy Agency', ''],
  ['منظمة حظر الأسلحة الكيميائية', 'OPCW', ''], ['مجلس حقوق الإنسان', 'United Nations Human Rights Council', ''],
  ['الأمانة العامة لمجلس التعاون', 'GCC Secretariat General', ''], ['البنك الإسلامي للتنمية', 'Islamic Development Bank', ''],
  ['البنك المركزي الأوروبي', 'European Central Bank', ''], ['الاحتياطي الفيدرالي', 'Federal Reserve', 'US'],
  ['مكتب التحقيقات الفيدرالي', 'Federal Bureau of Investigation', 'US'], ['وزارة الأمن الداخلي', 'Department of Homeland Security', 'US'],
  ['حزب العمال الكردستاني', 'PKK', 'TR'], ['الحزب الديمقراطي الكردستاني', 'Kurdistan Democratic Party', 'IQ'],
  ['الاتحاد الوطني الكردستاني', 'Patriotic Union of Kurdistan', 'IQ'], ['حزب الدعوة', 'Islamic Dawa Party', 'IQ'],
  ['التيار الصدري', 'Sadrist Movement', 'IQ'], ['الحزب الإسلامي العراقي', 'Iraqi Islamic Party', 'IQ'], ['جبهة التوافق', 'Iraqi Accord Front', 'IQ'],
  ['القائمة العراقية', 'Iraqi National Movement', 'IQ'], ['هيئة علماء المسلمين', 'Association of Muslim Scholars', 'IQ'],
  ['قوى 14 آذار', 'March 14 Alliance', 'LB'], ['التيار الوطني الحر', 'Free Patriotic Movement', 'LB'], ['حزب الكتائب', 'Kataeb Party', 'LB'],
  ['القوات اللبنانية', 'Lebanese Forces', 'LB'], ['الحزب التقدمي الاشتراكي', 'Progressive Socialist Party', 'LB'],
  ['الحزب الوطني الديمقراطي', 'National Democratic Party', 'EG'], ['حزب الحرية والعدالة', 'Freedom and Justice Party', 'EG'],
  ['حزب النور', 'Al-Nour Party', 'EG'], ['حزب الوفد', 'Wafd Party', 'EG'], ['حزب المؤتمر الوطني', 'National Congress Party', 'SD'],
  ['المؤتمر الشعبي العام', "General People's Congress", 'YE'], ['حزب الإصلاح', 'Al-Islah', 'YE'], ['التجمع اليمني للإصلاح', 'Al-Islah', 'YE'],
  ['الحزب الشيوعي الصيني', 'Chinese Communist Party', 'CN'], ['حزب العمال البريطاني', 'Labour Party', 'GB'],
  ['الحزب الاشتراكي', 'Socialist Party', ''], ['حزب الشعب الجمهوري', "Republican People's Party", 'TR'], ['الجيش الإسرائيلي', 'Israel Defense Forces', 'IL'],
  ['تنظيم القاعدة في جزيرة العرب', 'al-Qaeda in the Arabian Peninsula', ''],
  // alliances, agencies and press often named in wire news
  ['حلف الأطلسي', 'NATO', ''], ['الحلف الأطلسي', 'NATO', ''], ['حلف شمال الاطلسي', 'NATO', ''], ['منظمة حلف شمال الأطلسي', 'NATO', ''],
  ['أ ش أ', 'Middle East News Agency', 'EG'], ['ارنا', 'IRNA', 'IR'], ['كيودو', 'Kyodo News', 'JP'], ['يونهاب', 'Yonhap', 'KR'],
  ['إنترفاكس', 'Interfax', 'RU'], ['انترفاكس', 'Interfax', 'RU'], ['وفا', 'WAFA', 'PS'],
  ['الجزيرة الفضائية', 'Al Jazeera', 'QA'], ['شبكة الجزيرة', 'Al Jazeera', 'QA'],
  ['سكاي نيوز', 'Sky News', 'GB'], ['سكاي نيوز عربية', 'Sky News Arabia', 'AE'], ['يورونيوز', 'Euronews', ''],
  ['عكاظ', 'Okaz', 'SA'], ['المصري اليوم', 'Al-Masry Al-Youm', 'EG'], ['الأهرام', 'Al-Ahram', 'EG'], ['جيروزاليم بوست', 'The Jerusalem Post', 'IL'],
  ['لوفيغارو', 'Le Figaro', 'FR'], ['دير شبيغل', 'Der Spiegel', 'DE'], ['شبيغل', 'Der Spiegel', 'DE'], ['فايننشال تايمز', 'Financial Times', 'GB'],
  ['الإندبندنت', 'The Independent', 'GB'], ['ديلي تلغراف', 'The Daily Telegraph', 'GB'], ['التلغراف', 'The Daily Telegraph', 'GB'],
  ['صنداي تايمز', 'The Sunday Times', 'GB'], ['يو إس إيه توداي', 'USA Today', 'US'], ['نيوزويك', 'Newsweek', 'US'], ['الإيكونوميست', 'The Economist', 'GB'],
  ['بلومبرغ', 'Bloomberg', 'US'], ['بلومبيرغ', 'Bloomberg', 'US'], ['داو جونز', 'Dow Jones', 'US'],
  // companies
  ['فولكسفاغن', 'Volkswagen', 'DE'], ['فولكس فاغن', 'Volkswagen', 'DE'], ['مرسيدس بنز', 'Mercedes-Benz', 'DE'], ['دايملر', 'Daimler', 'DE'],
  ['بي إم دبليو', 'BMW', 'DE'], ['رينو', 'Renault', 'FR'], ['بيجو', 'Peugeot', 'FR'],
  ['رويال داتش شل', 'Royal Dutch Shell', 'GB'], ['بريتيش بتروليوم', 'BP', 'GB'], ['إكسون', 'ExxonMobil', 'US'], ['شيفرون', 'Chevron', 'US'],
  ['لوك أويل', 'Lukoil', 'RU'], ['روسنفت', 'Rosneft', 'RU'], ['سيمنز', 'Siemens', 'DE'], ['نستله', 'Nestle', 'CH'], ['يونيليفر', 'Unilever', 'GB'],
  ['سيتي غروب', 'Citigroup', 'US'], ['غولدمان ساكس', 'Goldman Sachs', 'US'], ['مورغان ستانلي', 'Morgan Stanley', 'US'],
  ['إتش إس بي سي', 'HSBC', 'GB'], ['باركليز', 'Barclays', 'GB'], ['دويتشه بنك', 'Deutsche Bank', 'DE'], ['كوكا كولا', 'Coca-Cola', 'US'],
  ['بيبسي', 'PepsiCo', 'US'], ['ماكدونالدز', "McDonald's", 'US'], ['وول مارت', 'Walmart', 'US'], ['أمازون', 'Amazon', 'US'], ['إيباي', 'eBay', 'US'],
  ['هواوي', 'Huawei', 'CN'], ['لينوفو', 'Lenovo', 'CN'], ['إل جي', 'LG', 'KR'], ['هيونداي', 'Hyundai', 'KR'], ['نيسان', 'Nissan', 'JP'],
  ['هوندا', 'Honda', 'JP'], ['ميتسوبيشي', 'Mitsubishi', 'JP'], ['باناسونيك', 'Panasonic', 'JP'], ['فيليبس', 'Philips', 'NL'], ['إريكسون', 'Ericsson', 'SE'],
  ['موتورولا', 'Motorola', 'US'], ['سيسكو', 'Cisco', 'US'], ['أدوبي', 'Adobe', 'US'], ['نتفليكس', 'Netflix', 'US'], ['أوبر', 'Uber', 'US'],
  ['طيران الإمارات', 'Emirates', 'AE'], ['الخطوط الجوية القطرية', 'Qatar Airways', 'QA'], ['الاتحاد للطيران', 'Etihad Airways', 'AE'],
  ['الخطوط الجوية العربية السعودية', 'Saudia', 'SA'], ['الخطوط السعودية', 'Saudia', 'SA'], ['مصر للطيران', 'EgyptAir', 'EG'],
  ['مصرف الراجحي', 'Al Rajhi Bank', 'SA'], ['أوراسكوم', 'Orascom', 'EG'], ['شركة إعمار', 'Emaar', 'AE'], ['موانئ دبي العالمية', 'DP World', 'AE'],
  ['أدنوك', 'ADNOC', 'AE'], ['قطر للبترول', 'QatarEnergy', 'QA'], ['سوناطراك', 'Sonatrach', 'DZ'], ['بتروناس', 'Petronas', 'MY'],
  ['إيني', 'Eni', 'IT'], ['ستات أويل', 'Statoil', 'NO'], ['لوكهيد مارتن', 'Lockheed Martin', 'US'], ['رايثيون', 'Raytheon', 'US'],
  // sport bodies and clubs
  ['الاتحاد الآسيوي لكرة القدم', 'Asian Football Confederation', ''], ['الاتحاد الأوروبي لكرة القدم', 'UEFA', ''], ['يويفا', 'UEFA', ''],
  ['الاتحاد الأفريقي لكرة القدم', 'Confederation of African Football', ''], ['اللجنة الأولمبية', 'Olympic Committee', ''],
  ['باريس سان جيرمان', 'Paris Saint-Germain', 'FR'], ['أياكس', 'Ajax', 'NL'], ['غلطة سراي', 'Galatasaray', 'TR'], ['فنربخشة', 'Fenerbahce', 'TR'],
  ['بشكتاش', 'Besiktas', 'TR'], ['سلتيك', 'Celtic', 'GB'], ['الإسماعيلي', 'Ismaily', 'EG'], ['الترجي', 'Esperance de Tunis', 'TN'],
  ['إنتر', 'Inter Milan', 'IT'], ['لاتسيو', 'Lazio', 'IT'], ['فيورنتينا', 'Fiorentina', 'IT'], ['ديبورتيفو لاكورونيا', 'Deportivo La Coruna', 'ES'],
  ['أتلتيك بلباو', 'Athletic Bilbao', 'ES'], ['بوروسيا دورتموند', 'Borussia Dortmund', 'DE'], ['فيردر بريمن', 'Werder Bremen', 'DE'],
  ['توتنهام هوتسبير', 'Tottenham Hotspur', 'GB'], ['ريال سرقسطة', 'Real Zaragoza', 'ES'], ['ريال بيتيس', 'Real Betis', 'ES'], ['ريال سوسيداد', 'Real Sociedad', 'ES'],
  ['غرفة التجارة والصناعة', 'Chamber of Commerce and Industry', ''], ['غرفة التجارة', 'Chamber of Commerce', ''],
  ['مجلس الوزراء', 'Council of Ministers', ''], ['الديوان الملكي', 'Royal Court', ''], ['الاتحاد السوفيتي', 'Soviet Union', ''], ['الاتحاد السوفياتي', 'Soviet Union', ''],
] as const;

/**
 * Ministry domains: [word after وزارة (and alone with a nisba, e.g. الخارجية العمانية), English].
 * `الخارجية` alone (no nisba) is not an organization mention.
 */
export const MINISTRY_DOMAINS = [
  ['الخارجية', 'Foreign Affairs'], ['الشؤون الخارجية', 'Foreign Affairs'], ['الدفاع', 'Defense'], ['الداخلية', 'Interior'],
  ['المالية', 'Finance'], ['الاقتصاد', 'Economy'], ['الاقتصاد الوطني', 'National Economy'], ['التجارة', 'Commerce'],
  ['التجارة والصناعة', 'Commerce and Industry'], ['الصناعة', 'Industry'], ['الزراعة', 'Agriculture'], ['الصحة', 'Health'],
  ['التربية', 'Education'], ['التربية والتعليم', 'Education'], ['التعليم', 'Education'], ['التعليم العالي', 'Higher Education'],
  ['العدل', 'Justice'], ['الإعلام', 'Information'], ['الثقافة', 'Culture'], ['السياحة', 'Tourism'], ['النفط', 'Oil'],
  ['الطاقة', 'Energy'], ['النقل', 'Transport'], ['الاتصالات', 'Communications'], ['الأوقاف', 'Awqaf'], ['العمل', 'Labour'],
  ['الشؤون الاجتماعية', 'Social Affairs'], ['البيئة', 'Environment'], ['المياه', 'Water'], ['الري', 'Irrigation'],
  ['الإسكان', 'Housing'], ['الأشغال العامة', 'Public Works'], ['الشباب والرياضة', 'Youth and Sports'], ['التخطيط', 'Planning'],
  ['الشؤون البلدية والقروية', 'Municipal and Rural Affairs'], ['الشؤون البلدية', 'Municipal Affairs'], ['الشؤون الإسلامية', 'Islamic Affairs'],
  ['الشؤون الدينية', 'Religious Affairs'], ['الحج', 'Hajj'], ['الحج والعمرة', 'Hajj and Umrah'], ['العمل والتنمية الاجتماعية', 'Labour and Social Development'],
  ['الخدمة المدنية', 'Civil Service'], ['البترول والثروة المعدنية', 'Petroleum and Mineral Resources'], ['البترول', 'Petroleum'],
  ['المياه والكهرباء', 'Water and Electricity'], ['الكهرباء', 'Electricity'], ['الحرس الوطني', 'National Guard'], ['الثقافة والإعلام', 'Culture and Information'],
  ['الاقتصاد والتخطيط', 'Economy and Planning'], ['الرياضة', 'Sports'], ['الشباب', 'Youth'], ['التنمية الإدارية', 'Administrative Development'],
  ['التعاون الدولي', 'International Cooperation'], ['الاستثمار', 'Investment'], ['التموين', 'Supply'], ['الموارد المائية', 'Water Resources'],
  ['الصناعة والتجارة', 'Industry and Trade'], ['الطيران المدني', 'Civil Aviation'], ['الأمن الوطني', 'National Security'], ['شؤون المرأة', "Women's Affairs"],
  ['حقوق الإنسان', 'Human Rights'], ['المصالحة الوطنية', 'National Reconciliation'], ['الهجرة', 'Migration'], ['الشؤون الاجتماعية والعمل', 'Social Affairs and Labour'],
  ['الأمن العام', 'Public Security'], ['الشؤون القانونية', 'Legal Affairs'], ['الشؤون البرلمانية', 'Parliamentary Affairs'], ['الإعلام والاتصال', 'Communication'],
  ['التنمية الاقتصادية', 'Economic Development'], ['التنمية الاجتماعية', 'Social Development'], ['التخطيط والتعاون الدولي', 'Planning and International Cooperation'],
  ['الشؤون الخارجية والتعاون الدولي', 'Foreign Affairs and International Cooperation'], ['الموارد البشرية', 'Human Resources'],
  ['التعليم العالي والبحث العلمي', 'Higher Education and Scientific Research'], ['الأوقاف والشؤون الإسلامية', 'Awqaf and Islamic Affairs'],
] as const;

/** Adjectives of a ministry's name after its domain: `وزارة الداخلية الاتحادية` (federal). */
export const MINISTRY_ADJECTIVES = ['الاتحادية', 'الفيدرالية', 'الفدرالية'] as const;

/**
 * Sender names of embassies that are no country name: `سفارة خادم الحرمين الشريفين في روما`
 * (Saudi missions are named by the King's title): [Arabic, alpha-2].
 */
export const EMBASSY_SENDERS = [['خادم الحرمين الشريفين', 'SA']] as const;

/** Cue words after which a quoted name is a newspaper or channel (`لـ«الحياة»`, `في تصريحات إلى "الوطن"`). */
export const QUOTE_MEDIA_CUES = ['ل', 'لـ'] as const;
/** Nouns of interviews after which `إلى` + a quoted name is the outlet: `في تصريحات إلى "الوطن"`. */
export const INTERVIEW_NOUNS = ['تصريح', 'تصريحات', 'حديث', 'حوار', 'مقابلة', 'تصريحه', 'حديثه', 'تصريحاته'] as const;

/** A country's mission to an organization: البعثة الدائمة لسوريا لدى الأمم المتحدة, بعثة سوريا الدائمة لدى … */
export const PERMANENT_MISSION_WORDS = { definiteHead: 'البعثة', head: 'بعثة', permanent: 'الدائمة', to: 'لدى' } as const;

/** Diplomatic missions among GOVERNMENT_HEADS' labels: their host city after `في`/`لدى` belongs to the name. */
export const MISSION_LABELS = ['Embassy', 'Consulate', 'Consulate General', 'Interests Section'] as const;
/** Heads whose nisba qualifies their last noun, not their first (قسم رعاية المصالح الأمريكية: America's interests). */
export const LAST_NOUN_AGREEMENT_LABELS = ['Interests Section'] as const;

/** Heads of organization names that take a nisba or a country: وزارة الخارجية السورية, الحكومة السورية. */
export const GOVERNMENT_HEADS = [
  ['الحكومة', 'Government'], ['حكومة', 'Government'], ['الجيش', 'Armed Forces'], ['القوات المسلحة', 'Armed Forces'],
  ['البرلمان', 'Parliament'], ['مجلس النواب', 'House of Representatives'], ['مجلس الشعب', 'People\'s Assembly'],
  ['مجلس الوزراء', 'Cabinet'], ['الرئاسة', 'Presidency'], ['رئاسة الجمهورية', 'Presidency'], ['السفارة', 'Embassy'], ['سفارة', 'Embassy'],
  ['القنصلية', 'Consulate'], ['قنصلية', 'Consulate'], ['القنصلية العامة', 'Consulate General'],
  ['قسم رعاية المصالح', 'Interests Section'], ['مكتب رعاية المصالح', 'Interests Section'], ['الخارجية', 'Ministry of Foreign Affairs'], ['الداخلية', 'Ministry of Interior'],
  ['الدفاع', 'Ministry of Defense'], ['وكالة الأنباء', 'News Agency'], ['التلفزيون', 'Television'], ['المنتخب', 'National Team'],
  ['القوات', 'Armed Forces'], ['قوات', 'Armed Forces'], ['جيش', 'Armed Forces'], ['الشرطة', 'Police'], ['الاستخبارات', 'Intelligence'],
  ['المخابرات', 'Intelligence'], ['البحرية', 'Navy'], ['الإدارة', 'Administration'], ['السلطة', 'Authority'],
] as const;

/** Generic words that stand before a quoted or known name and stay outside the span (`وكالة «سبوتنيك»`). */
export const GENERIC_ORG_WORDS = [
  'وكالة', 'صحيفة', 'جريدة', 'قناة', 'شركة', 'تنظيم', 'حركة', 'مجلة', 'موقع', 'منظمة', 'مؤسسة', 'إذاعة', 'نادي', 'فريق',
  'حزب', 'جماعة', 'جمعية', 'ائتلاف', 'تحالف', 'جبهة', 'كتائب', 'سرايا', 'مجموعة', 'مركز', 'معهد', 'بنك', 'مصرف', 'منتدى', 'هيئة',
  'صندوق', 'دار', 'مكتب', 'تيار', 'كتلة', 'قائمة', 'رابطة', 'اتحاد', 'نقابة', 'شبكة', 'فضائية', 'تلفزيون',
] as const;

/** Organization heads followed by a name (`جامعة دمشق`, `نادي ريال مدريد`, `حزب البعث`): [Arabic, English]. */
export const ORG_NAME_HEADS = [
  ['جامعة', 'University'], ['حزب', 'Party'], ['نادي', 'Club'], ['مجلس', 'Council'], ['منظمة', 'Organization'], ['مؤسسة', 'Foundation'],
  ['بنك', 'Bank'], ['مصرف', 'Bank'], ['اتحاد', 'Union'], ['معهد', 'Institute'], ['جمعية', 'Association'], ['لجنة', 'Committee'],
  ['صندوق', 'Fund'], ['جبهة', 'Front'], ['محكمة', 'Court'], ['برلمان', 'Parliament'], ['منتدى', 'Forum'], ['نقابة', 'Syndicate'],
  ['بلدية', 'Municipality'], ['أكاديمية', 'Academy'], ['منتخب', 'National Team'],
] as const;

/**
 * Heads that name an organization only without the article and before a definite modifier
 * (`هيئة الإذاعة البريطانية`, `شركة الاتصالات السعودية`, `رابطة العالم الإسلامي`): alone or definite
 * they are common nouns (`على هيئة حرف`, `الشركة الأصلية`). `شركة` before a bare foreign word names
 * the company by that word only (`شركة سيمنز` → `سيمنز`).
 */
export const ORG_CONSTRUCT_HEADS = [
  ['هيئة', 'Authority'], ['شركة', 'Company'], ['ائتلاف', 'Coalition'], ['جماعة', 'Group'], ['رابطة', 'League'],
  ['مفوضية', 'Commission'], ['وكالة', 'Agency'], ['تحالف', 'Alliance'],
] as const;

/**
 * Words after a head that make a common noun phrase, not a name: `حركة التجارة`, `مركز المدينة`,
 * `غرفة العمليات`, `جماعة المسلمين` stays a name only through the fixed table.
 */
export const NOT_ORG_COMPLEMENTS = [
  'التجارة', 'المرور', 'السير', 'الملاحة', 'الطيران', 'النقل', 'الأسواق', 'البيع', 'الشراء', 'الأموال', 'النزوح', 'الهجرة', 'السفر',
  'الاستثمار', 'الأسعار', 'التداول', 'البناء', 'التنقل', 'الشحن', 'المدينة', 'العمليات', 'القيادة', 'الكهربائي', 'الكهربائية', 'الاقتراع',
  'الصدارة', 'الثقل', 'الشرطة', 'الاحتجاز', 'الإيواء', 'التسوق', 'الانتخابات', 'الاحتجاجات', 'الأسهم', 'الطائرة', 'السيارة',
  'النوم', 'الأخبار', 'الأنباء', 'المياه', 'الكهرباء', 'الإطفاء', 'التدريب', 'التحكم', 'التأهيل', 'المعلومات',
  'الأمر', 'التدريس', 'التمريض',
] as const;

/**
 * Cities that also name a football club (`فاز برشلونة`, `مدرب ليفربول`): a city of this table after
 * a sport cue is the club. Any city followed by a masculine nisba of its country is a club too
 * (`برشلونة الإسباني`: the city would take the feminine `الإسبانية`).
 */
export const CLUB_CITIES = [
  'برشلونة', 'ليفربول', 'ميلان', 'روما', 'مرسيليا', 'ليون', 'موناكو', 'بورتو', 'فالنسيا', 'إشبيلية', 'اشبيلية', 'نابولي', 'بولونيا',
  'تورينو', 'جنوى', 'بازل', 'إيفرتون', 'توتنهام', 'نيوكاسل', 'ليستر', 'ساوثهامبتون', 'بوردو', 'نانت', 'ليل', 'سرقسطة', 'ملقا',
  'فياريال', 'خيتافي', 'دورتموند', 'شالكه', 'هامبورغ', 'بريمن', 'شتوتغارت', 'ليفركوزن', 'فولفسبورغ', 'آيندهوفن', 'مانشستر',
  'العين', 'الشارقة', 'دبي', 'الرياض',
] as const;

/** Words before a club named like its city: players, coaches, fans, results. */
export const SPORT_CUES = [
  'لاعب', 'لاعبو', 'لاعبي', 'مدرب', 'مهاجم', 'حارس', 'مدافع', 'جماهير', 'جمهور', 'فريق', 'نادي', 'فاز', 'يفوز', 'تعادل', 'يتعادل',
  'خسر', 'يخسر', 'هزم', 'يهزم', 'تغلب', 'يتغلب', 'واجه', 'يواجه', 'يلاقي', 'لاقي', 'ضد', 'مباراه', 'شباك', 'صفوف', 'قميص', 'نجم',
  'هداف', 'رئيس نادي', 'انتقل الي', 'مع فريق',
] as const;

/**
 * Club names that are everyday words or places too (`الأهلي` national, `الهلال` crescent, `النصر`
 * victory): a club only after a sport cue (`فاز الأهلي`, `لاعب الهلال`, `مباراة النصر`) or after
 * `على`/`و` next to a club just found (`فاز الأهلي على الزمالك`): [Arabic, English, alpha-2].
 */
export const AMBIGUOUS_CLUBS = [
  ['الأهلي', 'Al Ahly', ''], ['الهلال', 'Al Hilal', ''], ['النصر', 'Al Nassr', ''], ['الاتحاد', 'Al-Ittihad', ''],
  ['الوحدة', 'Al-Wahda', ''], ['الوحدات', 'Al-Wehdat', 'JO'], ['الوداد', 'Wydad AC', 'MA'], ['الرجاء', 'Raja CA', 'MA'], ['الجيش', 'Al-Jaish', ''],
  ['الاتفاق', 'Al-Ettifaq', 'SA'], ['القادسية', 'Al-Qadsiah', ''], ['العربي', 'Al-Arabi', ''], ['السد', 'Al Sadd', 'QA'], ['الريان', 'Al-Rayyan', 'QA'],
  ['الغرافة', 'Al-Gharafa', 'QA'], ['الوصل', 'Al-Wasl', 'AE'], ['الجزيرة', 'Al Jazira Club', 'AE'], ['الأفريقي', 'Club Africain', 'TN'],
  ['الإفريقي', 'Club Africain', 'TN'], ['الصفاقسي', 'CS Sfaxien', 'TN'], ['المريخ', 'Al-Merrikh', 'SD'], ['الزوراء', 'Al-Zawraa', 'IQ'],
  ['الطلبة', 'Al-Talaba', 'IQ'], ['الشرطة', 'Al-Shorta', ''], ['المصري', 'Al Masry', 'EG'], ['الإسماعيلي', 'Ismaily', 'EG'], ['الترجي', 'Esperance de Tunis', 'TN'],
  ['الفيصلي', 'Al-Faisaly', ''], ['السالمية', 'Al-Salmiya', 'KW'],
  ['النجمة', 'Nejmeh SC', 'LB'], ['الأنصار', 'Al-Ansar', 'LB'], ['الكرامة', 'Al-Karamah', 'SY'], ['الوثبة', 'Al-Wathba', 'SY'], ['الرمثا', 'Al-Ramtha', 'JO'],
  ['الزمالك', 'Zamalek', 'EG'], ['المقاولون العرب', 'Al Mokawloon Al Arab', 'EG'], ['إنبي', 'ENPPI', 'EG'], ['حرس الحدود', 'Haras El Hodoud', 'EG'],
] as const;

/** Words between two clubs of a match: `الأهلي على الزمالك`, `الهلال أمام النصر`. */
export const CLUB_JOINERS = ['على', 'أمام', 'ضد', 'مع'] as const;

/**
 * Newspapers and channels named like everyday words or places (`الحياة` life, `الرياض`, `الجزيرة`
 * island): an organization after a reporter word (`مراسل الجزيرة`) or as the subject of a feminine
 * verb of reporting closed by `أن`/`عن` (`وذكرت الحياة أن`): [Arabic, English, alpha-2].
 */
export const AMBIGUOUS_MEDIA = [
  ['الجزيرة', 'Al Jazeera', 'QA'], ['العربية', 'Al Arabiya', ''], ['الحياة', 'Al-Hayat', ''], ['الشرق الأوسط', 'Asharq Al-Awsat', ''],
  ['الرياض', 'Al Riyadh', 'SA'], ['الوطن', 'Al-Watan', ''], ['النهار', 'An-Nahar', 'LB'], ['السفير', 'As-Safir', 'LB'], ['المستقبل', 'Future TV', 'LB'],
  ['الخليج', 'Al Khaleej', 'AE'], ['البيان', 'Al Bayan', 'AE'], ['الاتحاد', 'Al Ittihad', 'AE'], ['الراية', 'Al Raya', 'QA'], ['الشرق', 'Al Sharq', 'QA'],
  ['الثورة', 'Al-Thawra', ''], ['البعث', 'Al-Baath', 'SY'], ['تشرين', 'Tishreen', 'SY'], ['الدستور', 'Ad-Dustour', 'JO'], ['الرأي', 'Al Rai', 'JO'],
  ['الغد', 'Al Ghad', 'JO'], ['الأخبار', 'Al-Akhbar', ''], ['المنار', 'Al-Manar', 'LB'], ['الشروق', 'Al-Shorouk', ''], ['الجمهورية', 'Al Gomhuria', 'EG'],
  ['القبس', 'Al-Qabas', 'KW'], ['السياسة', 'Al-Seyassah', 'KW'], ['الأنباء', 'Al-Anbaa', 'KW'], ['الصباح', 'Al-Sabah', ''], ['المدى', 'Al-Mada', 'IQ'],
  ['الأيام', 'Al-Ayyam', ''], ['القدس', 'Al-Quds', 'PS'], ['العرب', 'Al Arab', ''], ['الأهرام', 'Al-Ahram', 'EG'], ['عكاظ', 'Okaz', 'SA'],
] as const;

/** Words before a media name: reporters and sites (`مراسل الجزيرة`, `موقع العربية`). */
export const MEDIA_CUES = ['مراسل', 'مراسلة', 'مراسلو', 'مراسلي', 'موفد', 'موقع', 'شاشة', 'مذيع', 'مذيعة', 'كاميرا'] as const;

/** Feminine verbs of reporting whose subject may be a newspaper: `ذكرت الحياة أن`. */
export const REPORT_VERBS = ['ذكرت', 'نقلت', 'قالت', 'أفادت', 'كشفت', 'أوردت', 'نشرت', 'أشارت', 'بثت', 'عرضت', 'أضافت'] as const;

/**
 * Armed groups and parties named by an everyday word (`فتح` opened, `القاعدة` the base, `أمل` hope):
 * an organization after a member or leader word (`مسلحي فتح`, `زعيم القاعدة`) or coordinated with
 * another group (`حماس وفتح`, `طالبان والقاعدة`): [Arabic, English, alpha-2].
 */
export const AMBIGUOUS_GROUPS = [
  ['فتح', 'Fatah', 'PS'], ['القاعدة', 'al-Qaeda', ''], ['الجهاد', 'Islamic Jihad', 'PS'], ['أمل', 'Amal Movement', 'LB'],
  ['الكتائب', 'Kataeb Party', 'LB'], ['البعث', "Ba'ath Party", ''],
  ['الليكود', 'Likud', 'IL'], ['كاديما', 'Kadima', 'IL'], ['حماس', 'Hamas', 'PS'], ['طالبان', 'Taliban', ''], ['حزب الله', 'Hezbollah', 'LB'],
] as const;

/** Member and leader words before a group named by an everyday word: `مسلحي فتح`, `زعيم القاعدة`. */
export const GROUP_CUES = [
  'حركة', 'تنظيم', 'زعيم', 'زعماء', 'قائد', 'قادة', 'قيادي', 'القيادي', 'قياديو', 'قياديي', 'عناصر', 'عنصر', 'مسلحو', 'مسلحي', 'مسلح',
  'مقاتلو', 'مقاتلي', 'أعضاء', 'عضو', 'ناشطو', 'ناشطي', 'أنصار', 'مناصري', 'خلايا', 'خلية', 'شبكة', 'كتلة', 'نواب', 'وزراء', 'ممثلي',
  'ممثل', 'مسؤول', 'مسؤولو', 'مسؤولي', 'باسم', 'حزب', 'إرهابيي', 'معتقلي', 'مرشح', 'مرشحي', 'زعامة', 'صفوف', 'حكومة',
] as const;

/** Second words of English club names: `مانشستر يونايتد`, `بولتون واندررز`, `أستون فيلا`; the word before them is the club's town. */
export const CLUB_NAME_TAILS = [
  'يونايتد', 'سيتي', 'ستي', 'واندررز', 'روفرز', 'أتلتيك', 'ألبيون', 'هوتسبير', 'هوتسبر', 'فيلا', 'فورست', 'كاونتي',
] as const;

/** First words of European club names before their town: `ريال مايوركا`, `أتلتيكو مدريد`, `دينامو كييف` (not `ريال سعودي`). */
export const CLUB_NAME_PREFIXES = [
  'ريال', 'أتلتيكو', 'اتلتيكو', 'ديبورتيفو', 'سبورتنغ', 'سبورتنج', 'أولمبيك', 'بوروسيا', 'دينامو', 'سبارتاك', 'لوكوموتيف', 'شاختار',
  'سيسكا', 'سلتا', 'راسينغ', 'هيرتا', 'آينتراخت', 'إنتراخت',
] as const;
