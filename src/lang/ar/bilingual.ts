/**
 * Bilingual table of well-known people: [Arabic name as usually written, canonical English name].
 * Keys are the slug of the English name (`person:bashar-al-assad`), shared with the English rules.
 * Places and organizations carry their English names in the gazetteer tables.
 */
export const PEOPLE = [
  ['بشار الأسد', 'Bashar al-Assad'], ['حافظ الأسد', 'Hafez al-Assad'], ['أسماء الأسد', 'Asma al-Assad'], ['ماهر الأسد', 'Maher al-Assad'],
  ['وليد المعلم', 'Walid Muallem'], ['فيصل المقداد', 'Faisal Mekdad'], ['بثينة شعبان', 'Bouthaina Shaaban'], ['بشار الجعفري', 'Bashar Jaafari'],
  ['يوسف بن علوي', 'Yusuf bin Alawi'], ['يوسف بن علوي بن عبدالله', 'Yusuf bin Alawi'], ['قابوس بن سعيد', 'Qaboos bin Said'],
  ['هيثم بن طارق', 'Haitham bin Tariq'], ['بدر البوسعيدي', 'Badr Albusaidi'], ['سلمان بن عبدالعزيز', 'Salman bin Abdulaziz'],
  ['محمد بن سلمان', 'Mohammed bin Salman'], ['عبدالله بن عبدالعزيز', 'Abdullah bin Abdulaziz'], ['سعود الفيصل', 'Saud al-Faisal'],
  ['عادل الجبير', 'Adel al-Jubeir'], ['محمد بن نايف', 'Muhammad bin Nayef'], ['عبدالله الثاني', 'Abdullah II'],
  ['الحسين بن طلال', 'Hussein bin Talal'], ['ناصر جودة', 'Nasser Judeh'], ['أيمن الصفدي', 'Ayman Safadi'], ['عبدالفتاح السيسي', 'Abdel Fattah el-Sisi'],
  ['حسني مبارك', 'Hosni Mubarak'], ['محمد مرسي', 'Mohamed Morsi'], ['جمال عبدالناصر', 'Gamal Abdel Nasser'], ['أنور السادات', 'Anwar Sadat'],
  ['سامح شكري', 'Sameh Shoukry'], ['نبيل العربي', 'Nabil Elaraby'], ['أحمد أبو الغيط', 'Ahmed Aboul Gheit'], ['عمرو موسى', 'Amr Moussa'],
  ['تميم بن حمد', 'Tamim bin Hamad Al Thani'], ['حمد بن جاسم', 'Hamad bin Jassim'], ['خالد العطية', 'Khalid al-Attiyah'],
  ['محمد بن زايد', 'Mohamed bin Zayed'], ['خليفة بن زايد', 'Khalifa bin Zayed'], ['عبدالله بن زايد', 'Abdullah bin Zayed'],
  ['محمد بن راشد', 'Mohammed bin Rashid'], ['صباح الأحمد', 'Sabah Al-Ahmad Al-Jaber Al-Sabah'], ['حمد بن عيسى', 'Hamad bin Isa'],
  ['حسن روحاني', 'Hassan Rouhani'], ['محمد جواد ظريف', 'Mohammad Javad Zarif'], ['علي خامنئي', 'Ali Khamenei'],
  ['رجب طيب أردوغان', 'Recep Tayyip Erdogan'], ['أحمد داود أوغلو', 'Ahmet Davutoglu'], ['فلاديمير بوتين', 'Vladimir Putin'],
  ['سيرغي لافروف', 'Sergey Lavrov'], ['سيرجي لافروف', 'Sergey Lavrov'], ['شي جين بينغ', 'Xi Jinping'], ['وانغ يي', 'Wang Yi'],
  ['باراك أوباما', 'Barack Obama'], ['جون كيري', 'John Kerry'], ['دونالد ترامب', 'Donald Trump'], ['هيلاري كلينتون', 'Hillary Clinton'],
  ['جورج بوش', 'George W. Bush'], ['بان كي مون', 'Ban Ki-moon'], ['أنطونيو غوتيريش', 'Antonio Guterres'], ['ستيفان دي ميستورا', 'Staffan de Mistura'],
  ['الأخضر الإبراهيمي', 'Lakhdar Brahimi'], ['كوفي أنان', 'Kofi Annan'], ['حسن نصرالله', 'Hassan Nasrallah'], ['حسن نصر الله', 'Hassan Nasrallah'],
  ['محمود عباس', 'Mahmoud Abbas'], ['ياسر عرفات', 'Yasser Arafat'], ['بنيامين نتنياهو', 'Benjamin Netanyahu'], ['صدام حسين', 'Saddam Hussein'],
  ['نوري المالكي', 'Nouri al-Maliki'], ['حيدر العبادي', 'Haider al-Abadi'], ['إبراهيم الجعفري', 'Ibrahim al-Jaafari'], ['معمر القذافي', 'Muammar Gaddafi'],
  ['إلهام علييف', 'Ilham Aliyev'], ['حيدر علييف', 'Heydar Aliyev'], ['أسامة بن لادن', 'Osama bin Laden'], ['أبو بكر البغدادي', 'Abu Bakr al-Baghdadi'],
  ['كريستيانو رونالدو', 'Cristiano Ronaldo'], ['ريتشارد ستولمان', 'Richard Stallman'], ['لينوس تورفالدس', 'Linus Torvalds'], ['إنريكو فيرمي', 'Enrico Fermi'],
  ['أبو بكر الرازي', 'Abu Bakr al-Razi'], ['الرازي', 'Al-Razi'], ['ابن طولون', 'Ibn Tulun'], ['أحمد بن طولون', 'Ahmad ibn Tulun'],
  ['صلاح الدين الأيوبي', 'Saladin'], ['هارون الرشيد', 'Harun al-Rashid'], ['ألبرت أينشتاين', 'Albert Einstein'], ['إسحاق نيوتن', 'Isaac Newton'],
] as const;
