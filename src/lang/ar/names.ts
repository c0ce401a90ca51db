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
  ['صباح', 'Sabah'], ['نواف', 'Nawaf'], ['جابر', 'Jaber'], ['عيسى', 'Isa'], ['حسني', 'Hosni'], ['أنور', 'Anwar'],
  ['جمال', 'Gamal'], ['عبدالفتاح', 'Abdel Fattah'], ['معمر', 'Muammar'], ['زين', 'Zine'], ['الحبيب', 'Habib'], ['حبيب', 'Habib'],
  ['رفيق', 'Rafik'], ['سعدالدين', 'Saad al-Din'], ['نبيه', 'Nabih'], ['ميشال', 'Michel'], ['ميشيل', 'Michel'], ['نجيب', 'Najib'],
  ['تمام', 'Tammam'], ['فؤاد', 'Fouad'], ['أمين', 'Amin'], ['إميل', 'Emile'], ['جبران', 'Gebran'], ['وئام', 'Wiam'],
  ['نوري', 'Nouri'], ['حيدر', 'Haider'], ['إياد', 'Ayad'], ['عادل', 'Adel'], ['جلال', 'Jalal'], ['مسعود', 'Masoud'],
  ['صدام', 'Saddam'], ['طارق', 'Tariq'], ['عزت', 'Izzat'], ['مقتدى', 'Muqtada'], ['عمار', 'Ammar'], ['ياسر', 'Yasser'],
  ['محمود', 'Mahmoud'], ['إسماعيل', 'Ismail'], ['خليل', 'Khalil'], ['صائب', 'Saeb'], ['رامي', 'Rami'], ['مروان', 'Marwan'],
  ['نبيل', 'Nabil'], ['رياض', 'Riad'], ['فاروق', 'Farouk'], ['بثينة', 'Bouthaina'], ['فيصل', 'Faisal'], ['بشرى', 'Bushra'],
  ['ماهر', 'Maher'], ['باسل', 'Basil'], ['أسماء', 'Asma'], ['رفعت', 'Rifaat'], ['مناف', 'Manaf'], ['عماد', 'Imad'],
  ['فيصل', 'Faisal'], ['علاء', 'Alaa'], ['هشام', 'Hisham'], ['سامي', 'Sami'], ['سامح', 'Sameh'], ['سمير', 'Samir'],
  ['سميرة', 'Samira'], ['مجدي', 'Magdi'], ['عمرو', 'Amr'], ['شريف', 'Sherif'], ['أسامة', 'Osama'], ['أيمن', 'Ayman'],
  ['حمدي', 'Hamdi'], ['رشيد', 'Rashid'], ['رشاد', 'Rashad'], ['مراد', 'Murad'], ['كريم', 'Karim'], ['ناصر', 'Nasser'],
  ['منير', 'Munir'], ['وائل', 'Wael'], ['باسم', 'Basem'], ['حازم', 'Hazem'], ['حسام', 'Hossam'], ['حمزة', 'Hamza'],
  ['زياد', 'Ziad'], ['زهير', 'Zuhair'], ['غسان', 'Ghassan'], ['فادي', 'Fadi'], ['فراس', 'Firas'], ['قاسم', 'Qasim'],
  ['كمال', 'Kamal'], ['لؤي', 'Louay'], ['مازن', 'Mazen'], ['معاذ', 'Muath'], ['مهند', 'Muhannad'], ['نادر', 'Nader'],
  ['نزار', 'Nizar'], ['هاني', 'Hani'], ['هادي', 'Hadi'], ['وسام', 'Wissam'], ['ياسين', 'Yassin'], ['يزيد', 'Yazid'],
  ['معاوية', 'Muawiya'], ['هشام', 'Hisham'], ['مروان', 'Marwan'], ['الحجاج', 'Al-Hajjaj'], ['أبوبكر', 'Abu Bakr'],
  ['العباس', 'Al-Abbas'], ['عباس', 'Abbas'], ['جعفر', 'Jaafar'], ['هاشم', 'Hashim'], ['طه', 'Taha'], ['صلاح', 'Salah'],
  ['صلاح الدين', 'Saladin'], ['نورالدين', 'Nur al-Din'], ['نور الدين', 'Nur al-Din'], ['عماد الدين', 'Imad al-Din'],
  ['شمس الدين', 'Shams al-Din'], ['بدر', 'Badr'], ['بهاء', 'Bahaa'], ['تامر', 'Tamer'], ['ثامر', 'Thamer'], ['جميل', 'Jamil'],
  ['حاتم', 'Hatem'], ['حامد', 'Hamed'], ['خالد', 'Khaled'], ['خلف', 'Khalaf'], ['رائد', 'Raed'], ['رضا', 'Reda'],
  ['زكي', 'Zaki'], ['سالم', 'Salem'], ['سلامة', 'Salama'], ['سيف', 'Saif'], ['شادي', 'Shadi'], ['شاكر', 'Shaker'],
  ['طلال', 'Talal'], ['عاطف', 'Atef'], ['عاصم', 'Asem'], ['عدنان', 'Adnan'], ['عصام', 'Issam'], ['عوض', 'Awad'],
  ['غازي', 'Ghazi'], ['فايز', 'Fayez'], ['فتحي', 'Fathi'], ['فريد', 'Farid'], ['فواز', 'Fawaz'], ['ماجد', 'Majed'],
  ['مالك', 'Malik'], ['محسن', 'Mohsen'], ['مختار', 'Mokhtar'], ['مهدي', 'Mahdi'], ['موفق', 'Muwaffaq'], ['ناجي', 'Naji'],
  ['نضال', 'Nidal'], ['نعيم', 'Naeem'], ['هيثم', 'Haitham'], ['وحيد', 'Wahid'], ['يسري', 'Yousry'], ['توفيق', 'Tawfiq'],
  ['عبده', 'Abdo'], ['عزمي', 'Azmi'], ['غيث', 'Ghaith'], ['عون', 'Aoun'], ['سهيل', 'Suhail'], ['بسام', 'Bassam'],
  ['فاطمة', 'Fatima'], ['عائشة', 'Aisha'], ['خديجة', 'Khadija'], ['زينب', 'Zainab'], ['مريم', 'Maryam'], ['ليلى', 'Layla'],
  ['سلمى', 'Salma'], ['هند', 'Hind'], ['نادية', 'Nadia'], ['منى', 'Mona'], ['سعاد', 'Suad'], ['رانيا', 'Rania'],
  ['هيفاء', 'Haifa'], ['نجلاء', 'Najla'], ['دينا', 'Dina'], ['ريم', 'Reem'], ['لينا', 'Lina'], ['رنا', 'Rana'], ['سارة', 'Sarah'],
  ['نوال', 'Nawal'], ['حنان', 'Hanan'], ['إيمان', 'Iman'], ['أميرة', 'Amira'], ['جميلة', 'Jamila'], ['رقية', 'Ruqayya'],
  ['سكينة', 'Sukaina'], ['وفاء', 'Wafaa'], ['غادة', 'Ghada'], ['لمى', 'Lama'], ['علياء', 'Alia'], ['عبلة', 'Abla'],
  // non-Arabic names frequent in Arabic news and encyclopedic text
  ['جورج', 'George'], ['جون', 'John'], ['باراك', 'Barack'], ['دونالد', 'Donald'], ['فلاديمير', 'Vladimir'], ['ديمتري', 'Dmitry'],
  ['سيرغي', 'Sergei'], ['سيرجي', 'Sergei'], ['شي', 'Xi'], ['هيلاري', 'Hillary'], ['كوندوليزا', 'Condoleezza'], ['توني', 'Tony'],
  ['ديفيد', 'David'], ['ديفد', 'David'], ['جيمس', 'James'], ['روبرت', 'Robert'], ['ريتشارد', 'Richard'], ['وليام', 'William'],
  ['ويليام', 'William'], ['مايكل', 'Michael'], ['بيتر', 'Peter'], ['بول', 'Paul'], ['توماس', 'Thomas'], ['تشارلز', 'Charles'],
  ['هنري', 'Henry'], ['إدوارد', 'Edward'], ['فرانسوا', 'Francois'], ['نيكولا', 'Nicolas'], ['جاك', 'Jacques'], ['أنجيلا', 'Angela'],
  ['إيمانويل', 'Emmanuel'], ['رجب', 'Recep'], ['أحمد', 'Ahmed'], ['حسن', 'Hassan'], ['ألبرت', 'Albert'], ['إسحاق', 'Isaac'],
  ['إنريكو', 'Enrico'], ['كريستيانو', 'Cristiano'], ['رونالدو', 'Ronaldo'], ['راؤول', 'Raul'], ['لينوس', 'Linus'],
  ['ماريا', 'Maria'], ['ماري', 'Marie'], ['لويس', 'Luis'], ['خوسيه', 'Jose'], ['كارلوس', 'Carlos'], ['فرناندو', 'Fernando'],
  ['أنطونيو', 'Antonio'], ['ألكسندر', 'Alexander'], ['نيلز', 'Niels'], ['إرنست', 'Ernest'], ['فيرنر', 'Werner'], ['ماكس', 'Max'],
  ['نيلسون', 'Nelson'], ['مارتن', 'Martin'], ['مارك', 'Mark'], ['ستيف', 'Steve'], ['بيل', 'Bill'], ['دينيس', 'Dennis'],
  ['كين', 'Ken'], ['أندرو', 'Andrew'], ['جوزيف', 'Joseph'], ['فرانكلين', 'Franklin'], ['ليو', 'Leo'], ['جان', 'Jean'],
  ['لوكا', 'Luca'], ['زين الدين', 'Zinedine'], ['ديفيد', 'David'], ['فيغو', 'Figo'], ['لويس', 'Luis'],
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
  'عماد', 'نضال', 'عاطف', 'حاتم', 'فايز', 'مراد', 'رائد', 'عصام', 'قاسم', 'عباس', 'زكي', 'حمد', 'أنور', 'مهدي', 'إياد', 'غيث',
] as const;

/** Particles inside names: `بن`, `ابن`, `بنت`, `أبو`, `أبي`, `أم`, `آل`, `عبد`, `ولد`. */
export const NAME_PARTICLES = ['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'أبا', 'آل', 'ولد'] as const;

/** `عبد` + one of the divine names (written apart): `عبد العزيز`, `عبد الله`. */
export const ABD_COMPOUND_HEADS = ['عبد'] as const;

/** Second words of `X الدين` compounds. */
export const DIN_WORD = 'الدين' as const;
