/**
 * Arabic personal-name lexicon (data only): common given names with a conventional English
 * spelling (used to build keys), name particles, and given names that are also common words.
 */

/** Given names: [Arabic, English]. */
export const GIVEN_NAMES = [
  ['محمد', 'Mohammed'], ['أحمد', 'Ahmed'], ['محمود', 'Mahmoud'], ['مصطفى', 'Mustafa'], ['علي', 'Ali'], ['حسن', 'Hassan'],
  ['حسين', 'Hussein'], ['عمر', 'Omar'], ['عثمان', 'Othman'], ['خالد', 'Khaled'], ['إبراهيم', 'Ibrahim'], ['يوسف', 'Yusuf'],
  ['إسماعيل', 'Ismail'], ['إسحاق', 'Ishaq'], ['يعقوب', 'Yaqub'], ['موسى', 'Musa'], ['عيسى', 'Isa'], ['سليمان', 'Sulaiman'],
  ['داود', 'Dawood'], ['يحيى', 'Yahya'], ['زكريا', 'Zakaria'], ['نوح', 'Nuh'], ['آدم', 'Adam'], ['إدريس', 'Idris'],
  ['هارون', 'Harun'], ['أيوب', 'Ayyub'], ['يونس', 'Yunus'], ['صالح', 'Saleh'], ['شعيب', 'Shuaib'], ['هود', 'Hud'],
  ['بشار', 'Bashar'], ['حافظ', 'Hafez'], ['وليد', 'Walid'], ['قابوس', 'Qaboos'], ['هيثم', 'Haitham'], ['سعيد', 'Said'],
  ['سعد', 'Saad'], ['سعود', 'Saud'], ['فيصل', 'Faisal'], ['فهد', 'Fahd'], ['عبدالله', 'Abdullah'], ['عبدالعزيز', 'Abdulaziz'],
  ['عبدالرحمن', 'Abdulrahman'], ['عبدالكريم', 'Abdulkarim'], ['عبدالملك', 'Abdulmalik'], ['عبدالحميد', 'Abdulhamid'],
  ['عبدالناصر', 'Abdel Nasser'], ['عبدالفتاح', 'Abdel Fattah'], ['عبدالمجيد', 'Abdulmajid'], ['عبدالرزاق', 'Abdulrazzaq'],
  ['عبدالحليم', 'Abdelhalim'], ['عبدالقادر', 'Abdelkader'], ['عبداللطيف', 'Abdullatif'], ['عبدالوهاب', 'Abdulwahab'],
  ['عبدالسلام', 'Abdulsalam'], ['عبدالإله', 'Abdulilah'], ['عبدالهادي', 'Abdulhadi'], ['عبدالباسط', 'Abdulbasit'],
  ['عبدالمطلب', 'Abdul Muttalib'], ['عبدالغني', 'Abdulghani'], ['عبدالرحيم', 'Abdulrahim'], ['عبدالجليل', 'Abduljalil'],
  ['سلمان', 'Salman'], ['نايف', 'Nayef'], ['تركي', 'Turki'], ['بندر', 'Bandar'], ['سلطان', 'Sultan'], ['مشعل', 'Mishal'],
  ['متعب', 'Miteb'], ['مقرن', 'Muqrin'], ['طلال', 'Talal'], ['الوليد', 'Al-Waleed'], ['حمد', 'Hamad'], ['تميم', 'Tamim'],
  ['جاسم', 'Jassim'], ['زايد', 'Zayed'], ['خليفة', 'Khalifa'], ['راشد', 'Rashid'], ['مكتوم', 'Maktoum'], ['منصور', 'Mansour'],
  ['صباح', 'Sabah'], ['نواف', 'Nawaf'], ['جابر', 'Jaber'], ['حسني', 'Hosni'], ['أنور', 'Anwar'],
  ['جمال', 'Gamal'], ['معمر', 'Muammar'], ['زين', 'Zine'], ['الحبيب', 'Habib'], ['حبيب', 'Habib'],
  ['رفيق', 'Rafik'], ['سعدالدين', 'Saad al-Din'], ['نبيه', 'Nabih'], ['ميشال', 'Michel'], ['ميشيل', 'Michel'], ['نجيب', 'Najib'],
  ['تمام', 'Tammam'], ['فؤاد', 'Fouad'], ['أمين', 'Amin'], ['إميل', 'Emile'], ['جبران', 'Gebran'], ['وئام', 'Wiam'],
  ['نوري', 'Nouri'], ['حيدر', 'Haider'], ['إياد', 'Ayad'], ['عادل', 'Adel'], ['جلال', 'Jalal'], ['مسعود', 'Masoud'],
  ['صدام', 'Saddam'], ['طارق', 'Tariq'], ['عزت', 'Izzat'], ['مقتدى', 'Muqtada'], ['عمار', 'Ammar'], ['ياسر', 'Yasser'],
  ['خليل', 'Khalil'], ['صائب', 'Saeb'], ['رامي', 'Rami'], ['مروان', 'Marwan'],
  ['نبيل', 'Nabil'], ['رياض', 'Riad'], ['فاروق', 'Farouk'], ['بثينة', 'Bouthaina'], ['بشرى', 'Bushra'],
  ['ماهر', 'Maher'], ['باسل', 'Basil'], ['أسماء', 'Asma'], ['رفعت', 'Rifaat'], ['مناف', 'Manaf'], ['مساعد', 'Musaed'], ['عماد', 'Imad'],
  ['علاء', 'Alaa'], ['هشام', 'Hisham'], ['سامي', 'Sami'], ['سامح', 'Sameh'], ['سمير', 'Samir'],
  ['سميرة', 'Samira'], ['مجدي', 'Magdi'], ['عمرو', 'Amr'], ['شريف', 'Sherif'], ['أسامة', 'Osama'], ['أيمن', 'Ayman'],
  ['حمدي', 'Hamdi'], ['رشيد', 'Rashid'], ['رشاد', 'Rashad'], ['مراد', 'Murad'], ['كريم', 'Karim'], ['ناصر', 'Nasser'],
  ['منير', 'Munir'], ['وائل', 'Wael'], ['باسم', 'Basem'], ['حازم', 'Hazem'], ['حسام', 'Hossam'], ['حمزة', 'Hamza'],
  ['زياد', 'Ziad'], ['زهير', 'Zuhair'], ['غسان', 'Ghassan'], ['فادي', 'Fadi'], ['فراس', 'Firas'], ['قاسم', 'Qasim'],
  ['كمال', 'Kamal'], ['لؤي', 'Louay'], ['مازن', 'Mazen'], ['معاذ', 'Muath'], ['مهند', 'Muhannad'], ['نادر', 'Nader'],
  ['نزار', 'Nizar'], ['هاني', 'Hani'], ['هادي', 'Hadi'], ['وسام', 'Wissam'], ['ياسين', 'Yassin'], ['يزيد', 'Yazid'],
  ['معاوية', 'Muawiya'], ['الحجاج', 'Al-Hajjaj'], ['أبوبكر', 'Abu Bakr'],
  ['العباس', 'Al-Abbas'], ['عباس', 'Abbas'], ['جعفر', 'Jaafar'], ['هاشم', 'Hashim'], ['طه', 'Taha'], ['صلاح', 'Salah'],
  ['صلاح الدين', 'Saladin'], ['نورالدين', 'Nur al-Din'], ['نور الدين', 'Nur al-Din'], ['عماد الدين', 'Imad al-Din'],
  ['شمس الدين', 'Shams al-Din'], ['بدر', 'Badr'], ['بهاء', 'Bahaa'], ['تامر', 'Tamer'], ['ثامر', 'Thamer'], ['جميل', 'Jamil'],
  ['حاتم', 'Hatem'], ['حامد', 'Hamed'], ['خلف', 'Khalaf'], ['رائد', 'Raed'], ['رضا', 'Reda'],
  ['زكي', 'Zaki'], ['سالم', 'Salem'], ['سلامة', 'Salama'], ['سيف', 'Saif'], ['شادي', 'Shadi'], ['شاكر', 'Shaker'],
  ['عاطف', 'Atef'], ['عاصم', 'Asem'], ['عدنان', 'Adnan'], ['عصام', 'Issam'], ['عوض', 'Awad'],
  ['غازي', 'Ghazi'], ['فايز', 'Fayez'], ['فتحي', 'Fathi'], ['فريد', 'Farid'], ['فواز', 'Fawaz'], ['ماجد', 'Majed'],
  ['مالك', 'Malik'], ['محسن', 'Mohsen'], ['مختار', 'Mokhtar'], ['مهدي', 'Mahdi'], ['موفق', 'Muwaffaq'], ['ناجي', 'Naji'],
  ['نضال', 'Nidal'], ['نعيم', 'Naeem'], ['وحيد', 'Wahid'], ['يسري', 'Yousry'], ['توفيق', 'Tawfiq'],
  ['عبده', 'Abdo'], ['عزمي', 'Azmi'], ['غيث', 'Ghaith'], ['عون', 'Aoun'], ['سهيل', 'Suhail'], ['بسام', 'Bassam'],
  ['فاطمة', 'Fatima'], ['عائشة', 'Aisha'], ['خديجة', 'Khadija'], ['زينب', 'Zainab'], ['مريم', 'Maryam'], ['ليلى', 'Layla'],
  ['سلمى', 'Salma'], ['هند', 'Hind'], ['نادية', 'Nadia'], ['منى', 'Mona'], ['سعاد', 'Suad'], ['رانيا', 'Rania'],
  ['هيفاء', 'Haifa'], ['نجلاء', 'Najla'], ['دينا', 'Dina'], ['ريم', 'Reem'], ['لينا', 'Lina'], ['رنا', 'Rana'], ['سارة', 'Sarah'],
  ['نوال', 'Nawal'], ['حنان', 'Hanan'], ['إيمان', 'Iman'], ['أميرة', 'Amira'], ['جميلة', 'Jamila'], ['رقية', 'Ruqayya'],
  ['سكينة', 'Sukaina'], ['وفاء', 'Wafaa'], ['غادة', 'Ghada'], ['لمى', 'Lama'], ['علياء', 'Alia'], ['عبلة', 'Abla'],
  ['عبدالحكيم', 'Abdelhakim'], ['عبدالرؤوف', 'Abdelraouf'], ['عبدالمنعم', 'Abdelmoneim'],
  ['عبدالعظيم', 'Abdelazim'], ['عبدالستار', 'Abdulsattar'], ['عبدالجبار', 'Abduljabbar'], ['عبدالحق', 'Abdelhak'],
  ['عبدالخالق', 'Abdelkhaleq'], ['عبدالنبي', 'Abdelnabi'], ['عبدالمحسن', 'Abdulmohsen'],
  ['عبدالرشيد', 'Abdulrashid'], ['عبدالصمد', 'Abdulsamad'], ['عبدالودود', 'Abdulwadud'], ['عبدالعليم', 'Abdelalim'],
  ['أنس', 'Anas'], ['أسعد', 'Asaad'], ['إحسان', 'Ihsan'], ['أكرم', 'Akram'], ['إلياس', 'Elias'],
  ['بكر', 'Bakr'], ['بلال', 'Bilal'], ['تيسير', 'Tayseer'], ['ثابت', 'Thabet'], ['جهاد', 'Jihad'], ['جواد', 'Jawad'],
  ['حكمت', 'Hikmat'], ['حمدان', 'Hamdan'], ['حمود', 'Hamoud'], ['خضر', 'Khader'], ['خلدون', 'Khaldoun'],
  ['دريد', 'Duraid'], ['ذياب', 'Diab'], ['رأفت', 'Raafat'], ['ربيع', 'Rabie'], ['رجائي', 'Rajai'], ['رضوان', 'Radwan'],
  ['رمزي', 'Ramzi'], ['رمضان', 'Ramadan'], ['زاهر', 'Zaher'], ['سامر', 'Samer'], ['سفيان', 'Sufian'],
  ['سليم', 'Salim'], ['شوقي', 'Shawki'], ['صابر', 'Saber'], ['صبحي', 'Subhi'],
  ['صفوت', 'Safwat'], ['ضياء', 'Diaa'], ['طاهر', 'Taher'], ['ظافر', 'Zafer'], ['عارف', 'Aref'], ['عاكف', 'Akef'],
  ['عبيد', 'Obaid'], ['عدي', 'Uday'], ['قصي', 'Qusay'], ['عرفات', 'Arafat'], ['عزام', 'Azzam'], ['عزيز', 'Aziz'],
  ['عقل', 'Aql'], ['علاء الدين', 'Alaa al-Din'], ['عوني', 'Awni'], ['عيد', 'Eid'], ['غالب', 'Ghaleb'], ['فارس', 'Fares'],
  ['فالح', 'Faleh'], ['فخري', 'Fakhri'], ['فرج', 'Faraj'], ['فضل', 'Fadl'], ['فوزي', 'Fawzi'],
  ['قيس', 'Qais'], ['كايد', 'Kayed'], ['لطفي', 'Lutfi'], ['مأمون', 'Mamoun'], ['مبارك', 'Mubarak'],
  ['مجيد', 'Majid'], ['محي الدين', 'Muhyiddin'], ['مدحت', 'Medhat'], ['مشاري', 'Mishari'], ['مصباح', 'Misbah'], ['مطلق', 'Mutlaq'],
  ['معتز', 'Moataz'], ['معن', 'Maan'], ['منذر', 'Munther'], ['مؤيد', 'Muayyad'],
  ['ناجح', 'Najeh'], ['نصر', 'Nasr'], ['نصري', 'Nasri'], ['نعمان', 'Numan'],
  ['نمر', 'Nimr'], ['هلال', 'Hilal'], ['همام', 'Humam'], ['وجيه', 'Wajih'], ['وصفي', 'Wasfi'],
  ['وضاح', 'Waddah'],
  ['عواد', 'Awwad'], ['مفلح', 'Mufleh'], ['محمد علي', 'Mohammed Ali'], ['شاهر', 'Shaher'], ['فهمي', 'Fahmi'], ['حلمي', 'Helmi'],
  ['رجا', 'Raja'], ['زيد', 'Zaid'], ['عوف', 'Awf'], ['شفيق', 'Shafiq'],
  ['آمنة', 'Amina'], ['أمل', 'Amal'], ['بسمة', 'Basma'], ['تغريد', 'Taghrid'], ['حياة', 'Hayat'], ['خلود', 'Khulud'],
  ['دعاء', 'Duaa'], ['رحاب', 'Rehab'], ['رشا', 'Rasha'], ['روان', 'Rawan'], ['زينة', 'Zeina'], ['سهى', 'Suha'],
  ['شيماء', 'Shaimaa'], ['عبير', 'Abeer'], ['عفاف', 'Afaf'], ['فدوى', 'Fadwa'], ['لبنى', 'Lubna'], ['ماجدة', 'Majida'],
  ['مها', 'Maha'], ['ميساء', 'Maysaa'], ['نسرين', 'Nisreen'], ['نهى', 'Noha'], ['هالة', 'Hala'], ['هبة', 'Heba'],
  ['ياسمين', 'Yasmin'], ['رغد', 'Raghad'], ['توجان', 'Tujan'], ['نوف', 'Nouf'], ['لولوة', 'Lulwa'],
] as const;

/**
 * Non-Arabic given names frequent in Arabic news and encyclopedic text: [Arabic, English]. A name
 * of this table is followed by a surname of any shape (`ديفيد بيكهام`, `أليكس فيرغسون`).
 */
export const FOREIGN_GIVEN_NAMES = [
  ['جورج', 'George'], ['جون', 'John'], ['باراك', 'Barack'], ['دونالد', 'Donald'], ['فلاديمير', 'Vladimir'], ['ديمتري', 'Dmitry'],
  ['سيرغي', 'Sergei'], ['سيرجي', 'Sergei'], ['شي', 'Xi'], ['هيلاري', 'Hillary'], ['كوندوليزا', 'Condoleezza'], ['توني', 'Tony'],
  ['ديفيد', 'David'], ['ديفد', 'David'], ['جيمس', 'James'], ['روبرت', 'Robert'], ['ريتشارد', 'Richard'], ['وليام', 'William'],
  ['ويليام', 'William'], ['مايكل', 'Michael'], ['بيتر', 'Peter'], ['بول', 'Paul'], ['توماس', 'Thomas'], ['تشارلز', 'Charles'],
  ['هنري', 'Henry'], ['إدوارد', 'Edward'], ['فرانسوا', 'Francois'], ['نيكولا', 'Nicolas'], ['جاك', 'Jacques'], ['أنجيلا', 'Angela'],
  ['إيمانويل', 'Emmanuel'], ['رجب', 'Recep'], ['ألبرت', 'Albert'], // أحمد, حسن, إسحاق are Arabic given names: an article family name may follow
  ['إنريكو', 'Enrico'], ['كريستيانو', 'Cristiano'], ['كرستيانو', 'Cristiano'], ['راؤول', 'Raul'], ['لينوس', 'Linus'],
  ['ماريا', 'Maria'], ['ماري', 'Marie'], ['لويس', 'Luis'], ['خوسيه', 'Jose'], ['كارلوس', 'Carlos'], ['فرناندو', 'Fernando'],
  ['أنطونيو', 'Antonio'], ['ألكسندر', 'Alexander'], ['نيلز', 'Niels'], ['إرنست', 'Ernest'], ['فيرنر', 'Werner'], ['ماكس', 'Max'],
  ['نيلسون', 'Nelson'], ['مارتن', 'Martin'], ['مارك', 'Mark'], ['ستيف', 'Steve'], ['بيل', 'Bill'], ['دينيس', 'Dennis'],
  ['كين', 'Ken'], ['أندرو', 'Andrew'], ['جوزيف', 'Joseph'], ['فرانكلين', 'Franklin'], ['ليو', 'Leo'], ['جان', 'Jean'],
  ['لوكا', 'Luca'], ['كلود', 'Claude'], ['شارل', 'Charles'], ['هيرمان', 'Hermann'], ['لاري', 'Larry'],
  ['مايك', 'Mike'], ['واين', 'Wayne'], ['ريكاردو', 'Ricardo'], ['أليكس', 'Alex'], ['إريك', 'Eric'], ['اريك', 'Eric'],
  ['برنارد', 'Bernard'], ['فيليب', 'Philip'], ['فريدريك', 'Frederick'], ['غوردون', 'Gordon'], ['نيكولاي', 'Nikolai'],
  ['ميخائيل', 'Mikhail'], ['بوريس', 'Boris'], ['إيفان', 'Ivan'], ['كوفي', 'Kofi'], ['خافيير', 'Javier'],
  ['بنيامين', 'Benjamin'], ['شمعون', 'Shimon'], ['إيهود', 'Ehud'], ['أرييل', 'Ariel'], ['تسيبي', 'Tzipi'], ['أفيغدور', 'Avigdor'],
  ['جيرار', 'Gerard'], ['رود', 'Ruud'], ['يوهان', 'Johan'], ['فولفغانغ', 'Wolfgang'], ['جاكوب', 'Jacob'], ['زين الدين', 'Zinedine'], ['فيغو', 'Figo'],
  ['جيمي', 'Jimmy'], ['رونالد', 'Ronald'], ['كولن', 'Colin'], ['ونستون', 'Winston'],
  ['أدولف', 'Adolf'], ['فرديناند', 'Ferdinand'], ['لودفيغ', 'Ludwig'],
  ['كارل', 'Karl'], ['فريدريش', 'Friedrich'], ['يوهانس', 'Johannes'], ['غوستاف', 'Gustav'], ['أوتو', 'Otto'], ['إميليو', 'Emilio'],
  ['إيرين', 'Irene'], ['ليز', 'Lise'], ['ستيفن', 'Stephen'], ['ستيفان', 'Stefan'], ['دانيال', 'Daniel'], ['دانييل', 'Daniel'],
  ['باولو', 'Paolo'], ['جوزيبي', 'Giuseppe'], ['فيليبي', 'Felipe'], ['خوان', 'Juan'], ['بابلو', 'Pablo'], ['ميغيل', 'Miguel'], ['دييغو', 'Diego'],
  ['أنطوان', 'Antoine'], ['لوران', 'Laurent'], ['دومينيك', 'Dominique'], ['برنار', 'Bernard'], ['ريشارد', 'Richard'],
] as const;


/**
 * More given names (male and female, Mashriq, Gulf, Egypt, Maghreb, Iraq/Iran), same shape as
 * GIVEN_NAMES; an earlier table keeps its spelling when a name is in both.
 */
export const MORE_GIVEN_NAMES = [
  ['أشرف', 'Ashraf'], ['إيهاب', 'Ehab'], ['بشير', 'Bashir'], ['ثائر', 'Thaer'], ['جودت', 'Jawdat'], ['حسان', 'Hassan'],
  ['حسنين', 'Hassanein'], ['حمادة', 'Hamada'], ['راضي', 'Radi'], ['رامز', 'Ramez'], ['رؤوف', 'Raouf'], ['سعدون', 'Saadoun'],
  ['شهاب', 'Shihab'], ['صبري', 'Sabri'], ['صقر', 'Saqr'], ['ضاحي', 'Dahi'], ['عدلي', 'Adly'], ['عرفان', 'Irfan'],
  ['عطية', 'Atiyya'], ['علوان', 'Alwan'], ['عمران', 'Imran'], ['عياد', 'Ayyad'], ['فرحان', 'Farhan'], ['فكري', 'Fikri'],
  ['فلاح', 'Falah'], ['كاظم', 'Kazem'], ['لطيف', 'Latif'], ['محفوظ', 'Mahfouz'], ['مرتضى', 'Murtada'], ['مصعب', 'Musab'],
  ['معتصم', 'Moatasem'], ['منتصر', 'Muntasir'], ['ناظم', 'Nazim'], ['نشأت', 'Nashat'], ['نصار', 'Nassar'], ['نوفل', 'Nawfal'],
  ['هزاع', 'Hazza'], ['وجدي', 'Wagdi'], ['باقر', 'Baqir'], ['حميد', 'Hamid'], ['عقيل', 'Aqil'], ['صفوان', 'Safwan'],
  ['خميس', 'Khamis'], ['غانم', 'Ghanem'], ['حارب', 'Hareb'], ['بطي', 'Butti'], ['عتيق', 'Atiq'], ['ممدوح', 'Mamdouh'],
  ['مولود', 'Mouloud'], ['المنصف', 'Moncef'], ['منصف', 'Moncef'], ['الطيب', 'Tayeb'], ['الهادي', 'Hadi'], ['المهدي', 'Mahdi'],
  ['الباجي', 'Beji'], ['الصادق', 'Sadiq'], ['عزالدين', 'Izz al-Din'], ['عز الدين', 'Izz al-Din'], ['خير الدين', 'Khair al-Din'],
  ['بدر الدين', 'Badr al-Din'], ['حسام الدين', 'Hossam al-Din'], ['جمال الدين', 'Jamal al-Din'], ['كمال الدين', 'Kamal al-Din'],
  ['سيف الدين', 'Saif al-Din'], ['سيف الإسلام', 'Saif al-Islam'], ['نجم الدين', 'Najm al-Din'], ['تاج الدين', 'Taj al-Din'],
  ['عبدالباقي', 'Abdulbaqi'], ['عبدالحفيظ', 'Abdelhafid'], ['عبدالواحد', 'Abdulwahid'], ['عبدالقوي', 'Abdulqawi'],
  ['عبدالعال', 'Abdelaal'], ['عبدالمالك', 'Abdelmalek'], ['عبدالحسين', 'Abdulhussein'], ['عبدالأمير', 'Abdulamir'],
  ['عبدالمهدي', 'Abdulmahdi'], ['عبدالرسول', 'Abdulrasul'], ['عبدالجواد', 'Abdelgawad'], ['عبدالغفار', 'Abdelghaffar'],
  ['عبدالتواب', 'Abdeltawab'], ['عبدالحافظ', 'Abdelhafez'], ['عبدالمعطي', 'Abdelmoati'], ['عبدالقدوس', 'Abdulquddus'],
  ['عبدالسميع', 'Abdelsamie'], ['عبدالمقصود', 'Abdelmaqsoud'], ['عبدربه', 'Abd Rabbo'], ['عبدالكافي', 'Abdelkafi'],
  ['عبدالرحمان', 'Abderrahmane'], ['عبدالحكيم', 'Abdelhakim'], ['عبدالباري', 'Abdelbari'], ['عبدالفتاح', 'Abdel Fattah'],
  ['عبدالقادر', 'Abdelkader'], ['عبدالمولى', 'Abdelmawla'], ['عبدالعاطي', 'Abdelati'], ['عبدالحليم', 'Abdelhalim'],
  ['أبوبكر', 'Abu Bakr'], ['إسلام', 'Islam'], ['أحمد', 'Ahmed'], ['حمدي', 'Hamdi'], ['مجدي', 'Magdi'], ['يسري', 'Yousry'],
  ['شوقي', 'Shawki'], ['رفعت', 'Rifaat'], ['سامي', 'Sami'], ['جلال', 'Jalal'], ['هيثم', 'Haitham'], ['حسين', 'Hussein'],
  ['علي أكبر', 'Ali Akbar'], ['أكبر', 'Akbar'], ['منوشهر', 'Manouchehr'], ['محمد جواد', 'Mohammad Javad'], ['مير حسين', 'Mir-Hossein'],
  ['نواز', 'Nawaz'], ['برويز', 'Pervez'], ['آصف', 'Asif'], ['شوكت', 'Shaukat'], ['ذو الفقار', 'Zulfikar'], ['بينظير', 'Benazir'],
  ['هوشيار', 'Hoshyar'], ['نيجيرفان', 'Nechirvan'], ['برهم', 'Barham'], ['بولنت', 'Bulent'], ['نجدت', 'Necdet'],
  ['تورغوت', 'Turgut'], ['عصمت', 'Ismet'], ['كنعان', 'Kenan'], ['طيب', 'Tayyip'],
  ['آمال', 'Amal'], ['أسمهان', 'Asmahan'], ['جيهان', 'Jihan'], ['حنين', 'Hanin'], ['خولة', 'Khawla'], ['دلال', 'Dalal'],
  ['ربى', 'Ruba'], ['رزان', 'Razan'], ['سوسن', 'Sawsan'], ['سناء', 'Sanaa'], ['صفية', 'Safiya'], ['فاتن', 'Faten'],
  ['فريدة', 'Farida'], ['كوثر', 'Kawthar'], ['لطيفة', 'Latifa'], ['لمياء', 'Lamia'], ['ميرفت', 'Mervat'], ['نجوى', 'Najwa'],
  ['نرمين', 'Nermin'], ['هناء', 'Hanaa'], ['وداد', 'Widad'], ['يسرى', 'Yusra'], ['ريما', 'Rima'], ['رولا', 'Rola'],
  ['موزة', 'Moza'], ['نورة', 'Noura'], ['زهراء', 'Zahraa'], ['بتول', 'Batoul'], ['هيام', 'Hiyam'], ['نبيلة', 'Nabila'],
  ['ناديا', 'Nadia'], ['سهير', 'Suhair'], ['عزة', 'Azza'], ['أمينة', 'Amina'], ['حليمة', 'Halima'], ['كريمة', 'Karima'],
  ['نعيمة', 'Naima'], ['سلوى', 'Salwa'], ['هدى', 'Huda'], ['نور', 'Nour'], ['إلهام', 'Ilham'],
  ['شيخة', 'Sheikha'], ['جنان', 'Janan'], ['رجاء', 'Rajaa'], ['سلام', 'Salam'], ['كامل', 'Kamel'],
  ['صادق', 'Sadiq'], ['طالب', 'Talib'], ['مسلم', 'Muslim'], ['نجم', 'Najm'], ['مطر', 'Matar'], ['جمعة', 'Juma'],
] as const;

/** More non-Arabic given names (politics, sport, science): [Arabic, English]; same use as FOREIGN_GIVEN_NAMES. */
export const MORE_FOREIGN_GIVEN_NAMES = [
  ['أليكسيس', 'Alexis'], ['ألكسيس', 'Alexis'], ['اليكسيس', 'Alexis'], ['ألكسي', 'Alexei'], ['أندريه', 'Andre'], ['أندريا', 'Andrea'],
  ['أوليفر', 'Oliver'], ['أوليفييه', 'Olivier'], ['باتريك', 'Patrick'], ['بنجامين', 'Benjamin'], ['بيرني', 'Bernie'], ['تيد', 'Ted'],
  ['تيري', 'Terry'], ['تييري', 'Thierry'], ['جاستن', 'Justin'], ['جيري', 'Jerry'], ['جيفري', 'Jeffrey'], ['جوزيه', 'Jose'],
  ['جوليا', 'Julia'], ['جوليان', 'Julian'], ['روبرتو', 'Roberto'], ['صامويل', 'Samuel'], ['سامويل', 'Samuel'], ['سيلفيو', 'Silvio'],
  ['غيرهارد', 'Gerhard'], ['فرانك', 'Frank'], ['فرانسيس', 'Francis'], ['فيكتور', 'Victor'], ['كاثرين', 'Catherine'],
  ['كاترين', 'Catherine'], ['كريستوفر', 'Christopher'], ['كريس', 'Chris'], ['كيفن', 'Kevin'], ['لورا', 'Laura'], ['ليونيل', 'Lionel'],
  ['مارغريت', 'Margaret'], ['ماريو', 'Mario'], ['ماتيو', 'Matteo'], ['نيكولاس', 'Nicholas'], ['هوغو', 'Hugo'], ['هانز', 'Hans'],
  ['هانس', 'Hans'], ['يورغن', 'Jurgen'], ['يوشكا', 'Joschka'], ['أنتوني', 'Anthony'], ['أنطوني', 'Anthony'], ['ماركو', 'Marco'],
  ['مانويل', 'Manuel'], ['نيكول', 'Nicole'], ['سوزان', 'Susan'], ['إليزابيث', 'Elizabeth'], ['اليزابيث', 'Elizabeth'],
  ['رالف', 'Ralph'], ['نعوم', 'Noam'], ['موشيه', 'Moshe'], ['موشي', 'Moshe'], ['شاؤول', 'Shaul'], ['شاوول', 'Shaul'], ['إسحق', 'Yitzhak'],
  ['هيلموت', 'Helmut'], ['جيرالد', 'Gerald'], ['هاري', 'Harry'], ['فيليكس', 'Felix'], ['إيغور', 'Igor'], ['يفغيني', 'Yevgeny'],
  ['يوري', 'Yuri'], ['سيباستيان', 'Sebastian'], ['لوكاس', 'Lucas'], ['فابيو', 'Fabio'], ['كارلو', 'Carlo'], ['ماسيمو', 'Massimo'],
  ['أليساندرو', 'Alessandro'], ['فرانشيسكو', 'Francesco'], ['كلاوس', 'Klaus'], ['يواكيم', 'Joachim'], ['باتريس', 'Patrice'],
  ['ديدييه', 'Didier'], ['آرسين', 'Arsene'], ['أرسين', 'Arsene'], ['جوزيب', 'Josep'], ['سيرجيو', 'Sergio'], ['رافائيل', 'Rafael'],
  ['أندريس', 'Andres'], ['شينزو', 'Shinzo'], ['جونيشيرو', 'Junichiro'], ['مانموهان', 'Manmohan'], ['ناريندرا', 'Narendra'],
  ['سلفا', 'Salva'], ['ستافان', 'Staffan'], ['ستيفان', 'Stefan'], ['زبيغنيو', 'Zbigniew'], ['نانسي', 'Nancy'], ['ميت', 'Mitt'],
  ['تشاك', 'Chuck'], ['آشتون', 'Ashton'], ['سيغولين', 'Segolene'], ['دومينيك', 'Dominique'], ['برنار', 'Bernard'], ['ميشال', 'Michel'],
  ['رومانو', 'Romano'], ['فرانكو', 'Franco'], ['فيديريكا', 'Federica'], ['بينيتا', 'Benita'], ['جوزيه مانويل', 'Jose Manuel'],
  ['يوكيا', 'Yukiya'], ['ديتليف', 'Detlev'], ['سيرج', 'Serge'], ['تيري رود', 'Terje Rod'], ['زلماي', 'Zalmay'], ['كوندوليزا', 'Condoleezza'],
  ['هوشي', 'Ho Chi'], ['إيفو', 'Evo'], ['ديلما', 'Dilma'], ['كريستينا', 'Cristina'],
  ['ماوريسيو', 'Mauricio'], ['أوغستو', 'Augusto'], ['فيدل', 'Fidel'], ['راؤول', 'Raul'], ['إرنستو', 'Ernesto'], ['جيمي', 'Jimmy'],
  ['روجر', 'Roger'], ['رافايل', 'Rafael'], ['نوفاك', 'Novak'], ['سيب', 'Sepp'], ['ميشيل', 'Michel'], ['ديفيد', 'David'],
  ['ويليام', 'William'], ['هيلاري', 'Hillary'], ['جوزف', 'Joseph'], ['روبن', 'Robin'], ['كوستا', 'Costa'], ['بيار', 'Pierre'], ['بيير', 'Pierre'],
  ['ألبرتو', 'Alberto'], ['ألفريدو', 'Alfredo'], ['ألفونسو', 'Alfonso'], ['ألفارو', 'Alvaro'], ['أليخاندرو', 'Alejandro'], ['ألبير', 'Albert'],
  ['ألفرد', 'Alfred'], ['ألفريد', 'Alfred'], ['أليستر', 'Alistair'], ['ألدو', 'Aldo'], ['شون', 'Sean'], ['سكوت', 'Scott'], ['كونداليزا', 'Condoleezza'],
  ['أنطونين', 'Antonin'], ['ستانلي', 'Stanley'], ['ويسلي', 'Wesley'], ['ريكس', 'Rex'], ['جاريد', 'Jared'], ['مايك', 'Mike'],
] as const;

/**
 * More given names that are also everyday words or surnames (`سلام` peace, `طالب` student, `جمعة`
 * Friday, `نور` light); they start a name only when another name word follows.
 */
export const MORE_AMBIGUOUS_GIVEN_NAMES = [
  'سلام', 'كامل', 'صادق', 'طالب', 'مسلم', 'نجم', 'مطر', 'جمعة', 'نور', 'هدى', 'إلهام', 'رجاء', 'حسان', 'لطيف', 'حميد',
  'فلاح', 'عطية', 'صقر', 'شهاب', 'إسلام', 'الطيب', 'الهادي', 'المهدي', 'الصادق', 'خميس', 'غانم', 'عتيق', 'باسم', 'تيسير',
  'دلال', 'جنان', 'شيخة', 'حنين', 'أمينة', 'كريمة', 'نبيلة', 'عزة', 'فريدة', 'لطيفة', 'أكبر', 'طيب', 'تيري', 'كريس', 'تيد',
  'ميت', 'سيب', 'روبن', 'زايد', 'نشأت', 'آصف', 'موشي', 'موشيه', 'كوستا', 'سلفا', 'بيار', 'هاري', 'آمال', 'منصف', 'المنصف',
] as const;

/** Given names that are also everyday words; they start a name only when another name word follows. */
export const AMBIGUOUS_GIVEN_NAMES = [
  'سعيد', 'كريم', 'جميل', 'جمال', 'كمال', 'أمين', 'عادل', 'صالح', 'رشيد', 'شريف', 'منير', 'نبيل', 'فريد', 'حسن', 'مالك',
  'سلطان', 'خليفة', 'صباح', 'بدر', 'رضا', 'سيف', 'زين', 'هند', 'ريم', 'إيمان', 'وفاء', 'منى', 'سعاد', 'علاء', 'بهاء',
  'عون', 'سالم', 'حامد', 'شاكر', 'ناجي', 'فتحي', 'مختار', 'محسن', 'عزت', 'رياض', 'نعيم', 'ماجد', 'حافظ', 'تمام',
  'سلامة', 'حبيب', 'الحبيب', 'بشرى', 'عوض', 'خلف', 'جون', 'شي', 'بول', 'بيل', 'كين', 'ماكس', 'جان', 'ليو', 'مارك', 'هادي',
  'لمى', 'رنا', 'دينا', 'عبده', 'موفق', 'وحيد', 'وسام', 'هود', 'آدم', 'الوليد', 'طه', 'تامر', 'سلمى', 'جميلة', 'أميرة',
  'باسم', 'أسماء', 'صلاح', 'سامي', 'علي', 'نور', 'ماري', 'أيمن', 'فؤاد', 'حسام', 'عمر', 'يزيد', 'نادية', 'يحيى', 'نادر',
  'ناصر', 'منصور', 'غازي', 'فهد', 'راشد', 'جابر', 'نجيب', 'سامح', 'خليل', 'مروان', 'هاني', 'وائل', 'لويس', 'عيسى', 'موسى',
  'رمزي', 'حكمت', 'عبير', 'الحجاج', 'رفعت', 'مساعد', 'آمنة', 'أمل', 'حياة', 'عيد', 'نصر', 'فضل', 'مبارك', 'عزيز', 'فارس', 'رمضان', 'ربيع', 'جهاد', 'ضياء', 'سليم', 'فرج', 'بان', 'رود',
  'هلال', 'نمر', 'عقل', 'غالب', 'طاهر', 'ثابت', 'بكر', 'إحسان', 'أكرم', 'أسعد', 'مجيد', 'رشا', 'مها', 'هبة', 'بسمة', 'تغريد',
  'دعاء', 'رحاب', 'عفاف', 'زيد', 'رجا', 'شفيق', 'خضر', 'معن', 'قيس', 'منذر', 'مطلق', 'مصباح', 'عبيد',
  'عماد', 'نضال', 'عاطف', 'حاتم', 'فايز', 'مراد', 'رائد', 'عصام', 'قاسم', 'عباس', 'زكي', 'حمد', 'أنور', 'مهدي', 'إياد', 'غيث',
] as const;

/**
 * Ambiguous given names whose everyday reading seldom stands before a word with the article
 * (`أيمن` right-hand, `فؤاد` heart, `غازي` raider): they start a name before a family name with
 * the article (`أيمن الظواهري`, `الحبيب الصيد`). Not `جمال الطبيعة`, `صباح اليوم`, `رياض الأطفال`.
 */
export const NAME_LIKE_AMBIGUOUS_GIVEN_NAMES = [
  'عمر', 'أيمن', 'سامي', 'فؤاد', 'حسام', 'ناصر', 'منصور', 'غازي', 'فهد', 'راشد', 'جابر', 'نجيب', 'سامح', 'خليل', 'مروان',
  'هاني', 'وائل', 'حكمت', 'عاطف', 'حاتم', 'عصام', 'قاسم', 'عباس', 'حمد', 'أنور', 'مهدي', 'إياد', 'شفيق',
  'الحبيب', 'تامر', 'طه', 'ماجد', 'حامد', 'شاكر', 'فتحي', 'محسن', 'عزت', 'منير', 'نبيل', 'علاء', 'بهاء', 'ضياء',
  'يزيد', 'نادية', 'موفق', 'وسام', 'عبده', 'حسان', 'صادق', 'عتيق', 'تيسير', 'آصف', 'نشأت', 'منصف', 'المنصف', 'الهادي',
  'المهدي', 'الطيب', 'الصادق', 'توفيق', 'حازم', 'معتز', 'مأمون', 'عوني', 'وصفي', 'فهمي', 'يسري',
  'ناظم', 'غطاس', 'أديب', 'زيد', 'قيس', 'معن', 'منذر', 'مجيد',
] as const;

/** Words that form a name with `الله` after them (`نصر الله`, `فضل الله`, `عطا الله`); others are prayers (`طيب الله ثراه`). */
export const ALLAH_NAME_HEADS = [
  'عبد', 'عبيد', 'نصر', 'فضل', 'جاد', 'خير', 'عطا', 'عطاء', 'حسب', 'ضيف', 'فتح', 'رزق', 'جار', 'عوض', 'حمد', 'سعد', 'هبة', 'عطية', 'منة',
  'نعمة', 'ولي', 'حبيب', 'سيف', 'أسد', 'لطف', 'رحمة', 'عز', 'نور', 'خلف', 'مال', 'كرم', 'فرج', 'عون', 'بركة',
] as const;

/** Particles inside names: `بن`, `ابن`, `بنت`, `أبو`, `أبي`, `أم`, `آل`, `عبد`, `ولد`. */
/**
 * Family names of ruling houses and large families that are also everyday words with the article
 * (`الصباح` morning): a family name when they continue a name (`صباح الأحمد الجابر الصباح`).
 */
export const HOUSE_NAMES = ['الصباح', 'النهيان', 'المكتوم', 'القاسمي', 'النعيمي', 'المعلا'] as const;

/**
 * Adjectives that follow an office and are no surname (`المبعوث الخاص`, `المندوب الدائم`,
 * `الرئيس التنفيذي`): after a title, an article word that is none of these may be a family name used
 * alone (`الوزير المومني`).
 */
export const OFFICE_ADJECTIVES = [
  'الخاص', 'الخاصة', 'الدائم', 'الدائمة', 'التنفيذي', 'التنفيذية', 'الفخري', 'الإقليمي', 'الفعلي', 'الانتقالي', 'المؤقت', 'الشرعي',
  'الدستوري', 'الرسمي', 'الرسمية', 'الأممي', 'الدولي', 'العام', 'العامة', 'المفوض', 'المقيم', 'المعتمد', 'المعين', 'المنتخب', 'المخلوع',
  'المعزول', 'المستقيل', 'المساعد', 'الأعلى', 'المكلف', 'المناوب', 'الإداري', 'الإعلامي', 'السياسي', 'العسكري', 'الأمني', 'الاقتصادي',
  'الثقافي', 'التجاري', 'الصحي', 'الشخصي', 'المشترك', 'المشتركة', 'الفني', 'المالي', 'القانوني', 'الديني', 'الروحي', 'الأكبر', 'الأصغر',
  'الشاب', 'الشابة', 'المسن', 'المفدى', 'الراحل', 'الموالي', 'المعارض', 'المستقل', 'المنتهية', 'الشهير', 'الشهيرة', 'المخضرم', 'الأسبق',
  'الحالي', 'السابق', 'الجديد', 'الأول', 'الثاني', 'الثالث', 'المتحدث', 'الناطق', 'المقرر', 'المرتقب', 'المقبل', 'الأميركي', 'الأمريكي',
  'المرافق', 'المرافقة', 'الزائر', 'الزائرة', 'المضيف', 'الضيف', 'المعني', 'المختص', 'المسؤول', 'المنصرف', 'المعتمدة',
] as const;

export const NAME_PARTICLES = ['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'أبا', 'آل', 'ولد', 'بو'] as const;

/** `عبد` + one of the divine names (written apart): `عبد العزيز`, `عبد الله`. */
export const ABD_COMPOUND_HEADS = ['عبد'] as const;

/** Second words of `X الدين` compounds. */
export const DIN_WORD = 'الدين' as const;

/** First words of `X الدين` names: `صلاح الدين`, `نور الدين`, `معين الدين`. */
export const LAQAB_HEADS = [
  'صلاح', 'نور', 'عماد', 'شمس', 'بدر', 'سيف', 'علاء', 'جمال', 'كمال', 'عز', 'زين', 'معين', 'أسد', 'شهاب', 'فخر', 'تقي', 'محيي',
  'محي', 'ناصر', 'قطب', 'سعد', 'نجم', 'بهاء', 'ضياء', 'تاج', 'شرف', 'برهان', 'خير', 'جلال', 'حسام', 'صدر', 'قمر', 'مجد', 'نصير',
  'عضد', 'مظفر', 'سراج', 'رضي', 'معز', 'علم', 'عصام', 'فتح', 'غياث', 'قوام', 'ظهير', 'مجير', 'نظام',
] as const;

/**
 * Everyday words that follow a name in news and sport (adverbial accusatives, counts, roles):
 * never a surname after a foreign given name (`راؤول بديلا`, `راؤول هدفين`, `راؤول كابتن`).
 */
export const NOT_SURNAMES = [
  'بديلا', 'هدفا', 'هدفين', 'هدف', 'لاعبا', 'مدربا', 'رئيسا', 'عضوا', 'قائدا', 'أساسيا', 'اساسيا', 'سابقا', 'حاليا', 'أيضا', 'مجددا',
  'مؤخرا', 'كثيرا', 'جدا', 'مثلا', 'دائما', 'فقط', 'كابتن', 'لقب', 'مرمى', 'عام', 'أمس', 'اليوم', 'غدا', 'وحده', 'نفسه', 'شخصيا',
  'بنفسه', 'قائلا', 'مؤكدا', 'مشيرا', 'مضيفا', 'معربا', 'أول', 'آخر', 'ثاني', 'ثالث', 'مرة', 'مرتين', 'بطولة', 'مباراة', 'الكرة',
  'كرة', 'ركلة', 'فوز', 'خسارة', 'تعادل', 'مع', 'ضد', 'أمام', 'خلف', 'بعد', 'قبل', 'حين', 'عندما', 'بينما', 'رغم', 'كان', 'كانت',
  // everyday adjectives after an indefinite noun (`عمر طويل`, `فهد جديد`)
  'طويل', 'قصير', 'كبير', 'صغير', 'جديد', 'قديم', 'قوي', 'ضعيف', 'سريع', 'بطيء', 'جيد', 'سيئ', 'كامل', 'عظيم', 'شديد', 'عنيف',
  'هام', 'مهم', 'خاص', 'واحد', 'أخرى', 'كثير', 'قليل', 'بعيد', 'قريب', 'حقيقي', 'رسمي', 'وحيد', 'ممكن',
] as const;

