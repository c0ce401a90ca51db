import { describe, expect, it } from 'vitest';
import type { CandidateMention } from '../../src/core/document.js';
import { extractArabicMentions } from '../../src/lang/ar/entities.js';

function run(text: string): CandidateMention[] {
  return extractArabicMentions({ text, referenceDate: null, sentences: [], paragraphs: [], title: null, infobox: [] });
}
type Row = [text: string, type: CandidateMention['type'], key: string];
const brief = (ms: CandidateMention[]): Row[] => ms.filter((m) => m.form !== 'demonym').map((m) => [m.text, m.type, m.key ?? '']);

// News sentences (SaudiNewsNet style) → every expected [span, type, key] except demonyms, in order.
const ROWS: Array<[string, Row[]]> = [
  // official country names: state word + country + closing adjectives
  ['ووزارة الداخلية الاتحادية في جمهورية ألمانيا الاتحادية في شأن', [
    ['وزارة الداخلية الاتحادية', 'organization', 'org:federal-ministry-of-interior'], ['جمهورية ألمانيا الاتحادية', 'place', 'place:DE']]],
  ['أقامت المملكة العربية السعودية علاقات دبلوماسية مع جمهورية جزر فيجي', [
    ['المملكة العربية السعودية', 'place', 'place:SA'], ['جمهورية جزر فيجي', 'place', 'place:FJ']]],
  ['مع دولة رئيس وزراء جمهورية باكستان الإسلامية محمد نواز شريف', [
    ['جمهورية باكستان الإسلامية', 'place', 'place:PK'], ['محمد نواز شريف', 'person', 'person:mohammed-nawaz-sherif']]],
  ['المستشار الدبلوماسي لرئيس وزراء الجمهورية الإيطالية', [['الجمهورية الإيطالية', 'place', 'place:IT']]],
  ['بالتباحث مع حكومة أفريقيا الوسطى في شأن', [['حكومة أفريقيا الوسطى', 'organization', 'org:government-of-central-african-republic'],
    ['أفريقيا الوسطى', 'place', 'place:CF']]],
  // Saudi provinces and their administrations
  ['بندر بن عبدالعزيز أمير منطقة الرياض ، وصاحب', [['بندر بن عبدالعزيز', 'person', 'person:bandar-bin-abdulaziz'],
    ['منطقة الرياض', 'place', 'place:riyadh-province']]],
  ['بالمرتبة الخامسة عشرة بأمانة منطقة جازان .', [['أمانة منطقة جازان', 'organization', 'org:municipality-of-jazan'],
    ['منطقة جازان', 'place', 'place:jazan-province']]],
  ['التي شهدتها منطقة الشرق الأوسط', [['الشرق الأوسط', 'place', 'place:middle-east']]],
  // a country named like its nisba is an adjective after a definite noun
  ['إلا أن الجهات الأمنية السعودية دائما تقف أمامهم', []],
  ['وصل الوفد إلى السعودية أمس', [['السعودية', 'place', 'place:SA']]],
  // national bodies keep an agreeing nisba; parties do not
  ['رئيس مجلس الأمة الجزائري ، الذي سلم', [['مجلس الأمة الجزائري', 'organization', 'org:national-assembly-of-algeria']]],
  ['هناك انقساما في الكونغرس الأميركي حول', [['الكونغرس الأميركي', 'organization', 'org:united-states-congress']]],
  ['أعلن حزب الله اللبناني', [['حزب الله', 'organization', 'org:hezbollah']]],
  // embassies named by the King's title
  ['زار سفارة خادم الحرمين الشريفين في روما أمس', [
    ['سفارة خادم الحرمين الشريفين في روما', 'organization', 'org:embassy-of-saudi-arabia-in-rome'], ['روما', 'place', 'place:rome']]],
  // outlets quoted after لـ or an interview
  ['وقال لـ " الاقتصادية " إن العلاقات', [['الاقتصادية', 'organization', 'org:al-aqtsadia']]],
  ['وقال لـ«الشرق الأوسط» إن', [['الشرق الأوسط', 'organization', 'org:asharq-al-awsat']]],
  ['وأشار في تصريحات إلى " الوطن " إلى أن', [['الوطن', 'organization', 'org:al-watan']]],
  ['وقال لـ " 10 " أشخاص', []],
  // posts abroad belong to the title; the name follows them
  ['قال السفير التونسي لدى روسيا علي قوطالي في حديث', [['روسيا', 'place', 'place:RU'], ['علي قوطالي', 'person', 'person:ali-qutali']]],
  ['وقال السفير الأمريكي في بغداد زلماي خليل زاد إن', [['بغداد', 'place', 'place:baghdad'], ['زلماي خليل زاد', 'person', 'person:zalmay-khalilzad']]],
  ['وزير الشؤون الخارجية بجمهورية ليتوانيا ليناس والوفد', [['جمهورية ليتوانيا', 'place', 'place:LT'], ['ليناس', 'person', 'person:linas']]],
  ['وأوضح سفير مصر لدى السودان مندوب مصر الدائم', [['مصر', 'place', 'place:EG'], ['السودان', 'place', 'place:SD'], ['مصر', 'place', 'place:EG']]],
  // chains of family names and descent
  ['بأمير دولة الكويت الشيخ صباح الأحمد الجابر الصباح . وزيارة', [['دولة الكويت', 'place', 'place:KW'],
    ['صباح الأحمد الجابر الصباح', 'person', 'person:sabah-al-ahmad-al-jaber-al-sabah']]],
  ['ووزير الخارجية الشيخ صباح خالد الحمد الصباح أمس', [['صباح خالد الحمد الصباح', 'person', 'person:sabah-al-khalid-al-sabah']]],
  ['لدعوة من جلالة الملك عبدالله الثاني بن الحسين ملك الأردن', [['عبدالله الثاني بن الحسين', 'person', 'person:abdullah-ii'],
    ['الأردن', 'place', 'place:JO']]],
  ['المهندس عبدالله بن عبدالعزيز الجربوع ممثلا عن وزارة الاقتصاد', [['عبدالله بن عبدالعزيز الجربوع', 'person', 'person:abdullah-bin-abdulaziz-al-jrbu'],
    ['وزارة الاقتصاد', 'organization', 'org:ministry-of-economy']]],
  ['وأعضاء ومطلق بن حمد المريشد ، وسامي بن علي سندي', [['مطلق بن حمد المريشد', 'person', 'person:mutlaq-bin-hamad-al-mrishd'],
    ['سامي بن علي سندي', 'person', 'person:sami-bin-ali-sndi']]],
  ['قناطر سقاية أحمد بن طولون المعروفة بعفصة', [['أحمد بن طولون', 'person', 'person:ahmad-ibn-tulun']]],
  ['وقال أحمد الجبير اليوم إن', [['أحمد الجبير', 'person', 'person:ahmed-al-jbir']]],
  // the kingdom a document is about: any nisba of the country is a cue
  ['أشاد السعوديين بموقف المملكة في المنطقة', [['المملكة', 'place', 'place:SA']]],
  // a place no table knows after a generic word (the word outside)
  ['انتقلت والدته إلى مدينة الكوشيتي المجاورة', [['الكوشيتي', 'place', 'place:al-kushiti']]],
  ['التفجير الذي تعرضت له بلدة سروج التركية الحدودية', [['سروج', 'place', 'place:sruj']]],
  ['اشتباكات في مخيم قرب قرية عين الحلوة ليلا', [['عين الحلوة', 'place', 'place:ayn-al-hlua']]],
  ['عاش في مدينة ساحلية صغيرة', []],
  ['قصور الخلفاء في العاصمة الأموية', []],
  ['إذ عقد ولاية العهد للإمام', []],
  // a family name alone after a government office; portfolios belong to the office
  ['وأكد الوزير المومني، في حديثه، أن العلاقات', [['المومني', 'person', 'person:al-mumni']]],
  ['وقال المبعوث الخاص إن الحل', []],
  ['إلتقى منتخب البرتغال نظيره الإنجليزي ، و', [['منتخب البرتغال', 'organization', 'org:national-team-of-portugal'], ['البرتغال', 'place', 'place:PT']]],
  ['وأوضح نائب وزير الخارجية الإيراني للشؤون العربية والأفريقية حسين أمير عبد اللهيان إن', [
    ['حسين أمير عبد اللهيان', 'person', 'person:hussein-amir-abd-al-lhyan']]],
  // the presidency is an organization, not the country
  ['في مؤتمر صحفي عقده برئاسة الجمهورية المصرية بعد عصر أمس', [['رئاسة الجمهورية المصرية', 'organization', 'org:presidency-of-egypt']]],
  // a mononym of a foreign given name after the full name
  ['سجل راؤول غونزاليس هدفين ، ثم سجل راؤول ، وفاز', [['راؤول غونزاليس', 'person', 'person:raul-gonzalez'], ['راؤول', 'person', 'person:raul']]],
  // a name read by shape that is exactly a known place is the place
  ['وصل الوفد إلى مدينة أبو ظبي أمس', [['أبو ظبي', 'place', 'place:abu-dhabi']]],
  // a dateline: an unknown town opening a line before its agency
  ['انتهى .\nسديروت ( رويترز ) أعلن الجيش', [['سديروت', 'place', 'place:sdirut'], ['رويترز', 'organization', 'org:reuters']]],
  ['انتهى .\nكفر قاسم - رويترز قال', [['كفر قاسم', 'place', 'place:kfr-qasm'], ['رويترز', 'organization', 'org:reuters']]],
  ['انتهى .\nالمتحدث ( رويترز ) قال', [['رويترز', 'organization', 'org:reuters']]],
  ['عمان ( بترا ) أعلن', [['عمان', 'place', 'place:amman'], ['بترا', 'organization', 'org:petra-news-agency']]],
  // an indefinite nisba describes forces; a definite one names them
  ['حتى انضمت إليها قوات ألمانية وهولندية', []],
  ['بدأ انسحاب القوات الأمريكية من العراق', [['القوات الأمريكية', 'organization', 'org:armed-forces-of-united-states'], ['العراق', 'place', 'place:IQ']]],
  // sport: a noun with a pronoun ends a name; `فال…` after a foreign given name is a surname
  ['وقاد المهاجم البرازيلي أدريانو فريقه للفوز', [['أدريانو', 'person', 'person:adriano']]],
  ['وتألق الحارس فيكتور فالديس .', [['فيكتور فالديس', 'person', 'person:victor-faldis']]],
  ['والتقى جورج بالقاهرة أمس', [['جورج', 'person', 'person:george'], ['القاهرة', 'place', 'place:cairo']]],
  // a compound first name written apart takes its surname
  ['أرسله الملك نور الدين زنكي من دمشق', [['نور الدين زنكي', 'person', 'person:nour-al-din-znki'], ['دمشق', 'place', 'place:damascus']]],
  ['وقال عبد الرحمن شلقم إن', [['عبد الرحمن شلقم', 'person', 'person:abd-al-rhmn-shlqm']]],
  // a nationality before a foreign surname shape
  ['بهدف نظيف سجله الصربي مياتوفيتش . بها', [['مياتوفيتش', 'person', 'person:myatufitsh']]],
  ['مرر اللاعب الهولندي سيدروف الكرة إلى زميله', [['سيدروف', 'person', 'person:sidruf']]],
  ['وقال المصري كجزء من', []],
  // historical states named by a dynasty; the Hebrew state is Israel
  ['وأصبحت عاصمة الدولة الأموية أكبر دولة', [['الدولة الأموية', 'place', 'place:al-dula-al-amuya']]],
  ['حماية الدولة المصرية', []],
  ['وقالت الدولة العبرية إن', [['الدولة العبرية', 'place', 'place:IL']]],
  // an office followed by a place's nisba or a role adjective is no name
  ['حرص الرئيس السنغافوري أن يلعب', []],
  ['عادل الجبير الوزير المرافق، وسفير', [['عادل الجبير', 'person', 'person:adel-al-jubeir']]],
  // `الدولة الإسلامية` is the group only where the document speaks of it
  ['وبعد تأسيس الدولة الإسلامية بالمدينة المنورة', [['الدولة الإسلامية', 'place', 'place:al-dula-al-aslamia'], ['المدينة المنورة', 'place', 'place:medina']]],
  ['مقاتلو داعش . وقالت الدولة الإسلامية إن', [['داعش', 'organization', 'org:islamic-state'], ['الدولة الإسلامية', 'organization', 'org:islamic-state']]],
  // national security bodies, also inside an office
  ['ومعالي رئيس الاستخبارات العامة خالد بن علي الحميدان', [['الاستخبارات العامة', 'organization', 'org:general-intelligence'],
    ['خالد بن علي الحميدان', 'person', 'person:khaled-bin-ali-al-hmidan']]],
  ['تقديم المساعدة لتطوير وتدريب حرس الحدود في المملكة', [['حرس الحدود', 'organization', 'org:border-guard']]],
  ['فاز حرس الحدود على الأهلي', [['حرس الحدود', 'organization', 'org:border-guard'], ['الأهلي', 'organization', 'org:al-ahly']]],
  // the opponent of a club named like its city is a club too
  ['وتعادل ميلان مع روما سلبيا', [['ميلان', 'organization', 'org:milan-club'], ['روما', 'organization', 'org:rome-club']]],
  ['وخسر برشلونة أمام فالنسيا', [['برشلونة', 'organization', 'org:barcelona-club'], ['فالنسيا', 'organization', 'org:valencia-club']]],
  ['زار الرئيس روما مع الوفد', [['روما', 'place', 'place:rome']]],
];

describe('extractArabicMentions: short names stay near their full name', () => {
  it('a family name alone names the person within about an article, not thousands of words later', () => {
    const filler = ' كلام'.repeat(2100);
    const near = brief(run('وقال وزير الخارجية عادل الجبير إن الحل سياسي . وأضاف الجبير أن'));
    expect(near.filter((r) => r[1] === 'person').map((r) => r[0])).toEqual(['عادل الجبير', 'الجبير']);
    const far = brief(run(`وقال المهندس خالد القحطاني إن الحل سياسي .${filler} . وأضاف القحطاني أن`));
    expect(far.filter((r) => r[1] === 'person').map((r) => r[0])).toEqual(['خالد القحطاني']);
  });
});

describe('extractArabicMentions: news rules', () => {
  it.each(ROWS)('%s', (input, expected) => {
    expect(brief(run(input))).toEqual(expected);
  });
});
