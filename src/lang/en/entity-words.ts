/** English word tables for people, places and organizations (data, not rules). */

/** Titles, offices and honorifics that precede a person's name; never part of the name span. */
export const PERSON_TITLES = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister', 'Minister',
  'Defence Minister', 'Defense Minister', 'Interior Minister', 'Economy Minister', 'Finance Minister',
  'Sultan', 'King', 'Queen', 'Prince', 'Crown Prince', 'Emir', 'Amir', 'Sheikh', 'Shaikh', 'Sheikha', 'Imam',
  'Ambassador', 'ambassador', 'Envoy', 'Special Envoy', 'envoy', 'Consul', 'Chargé d\'affaires',
  'General', 'Gen.', 'Lieutenant General', 'Major General', 'Brigadier General', 'Colonel', 'Col.', 'Marshal', 'Field Marshal', 'Admiral',
  'General Secretary', 'Secretary-General', 'Secretary General', 'Secretary', 'Chairman', 'Chairwoman', 'Director',
  'Director-General', 'Director General', 'Speaker', 'Governor', 'Mayor', 'Senator', 'Chancellor', 'Premier',
  'spokesperson', 'spokesman', 'spokeswoman', 'Spokesperson', 'Spokesman', 'foreign minister', 'president',
  'Justice', 'Chief Justice', 'Judge', 'Sgt.', 'Sgt', 'Sergeant', 'Lt.', 'Capt.', 'Captain', 'Officer', 'Detective',
  'Inspector', 'Lord', 'Sir', 'Dame', 'Rabbi', 'Bishop', 'Archbishop', 'Cardinal', 'Rep.', 'Sen.', 'Gov.',
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Professor', 'Mr', 'Mrs', 'Dr', 'His Majesty', 'His Highness', 'His Excellency', 'H.E.',
  'Grand Mufti', 'Mufti', 'Patriarch', 'Pope', 'Ayatollah', 'Supreme Leader', 'chief of staff', 'Chief of Staff',
  'counterpart', 'successor', 'predecessor', 'wife', 'husband', 'son', 'daughter', 'brother',
  'Secretary of State', 'Secretary of Defense', 'Defense Secretary', 'Attorney General', 'Attorney', 'Commissioner',
  'Rev.', 'Rev', 'Reverend', 'Msgr.', 'Sister', 'Brother',
] as const;

/** All-caps words that name no organization (units, times, diseases, common abbreviations). */
export const NOT_ORGANIZATION_ACRONYMS: ReadonlySet<string> = new Set([
  'GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'DNA', 'RNA', 'HIV', 'AIDS', 'SARS', 'GDP', 'GNP', 'CEO', 'CFO', 'TV', 'FM',
  'AM', 'PM', 'USD', 'EUR', 'OK', 'ID', 'PR', 'VIP', 'SUV', 'ATM', 'PDF', 'MP', 'MPS', 'KM', 'MPH', 'TNT', 'ICBM', 'POW', 'POWS',
]);

/** Particles that stay inside Arabic-style names (`Yusuf bin Alawi`, `Bashar al-Assad`). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'ibn', 'bint', 'al', 'el', 'ad', 'as', 'ash', 'ar', 'abu', 'abd', 'abdul', 'bin-', 'de', 'van', 'von', 'der', 'da', 'di', 'du', 'le', 'la',
]);

/** Capitalized words that never start or continue a name (sentence-initial function words etc.). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'from', 'to', 'by', 'with', 'and', 'or', 'but', 'if', 'as',
  'after', 'before', 'during', 'since', 'following', 'while', 'although', 'though', 'both', 'this', 'that',
  'these', 'those', 'his', 'her', 'their', 'its', 'he', 'she', 'they', 'it', 'we', 'i', 'there', 'here',
  'however', 'also', 'then', 'when', 'where', 'which', 'who', 'what', 'until', 'between', 'among', 'under',
  'over', 'by', 'within', 'without', 'despite', 'because', 'according', 'foreign', 'relations', 'see',
  'history', 'economic', 'military', 'diplomatic', 'cultural', 'international', 'security', 'humanitarian',
  'exports', 'missile', 'high-level', 'tourism', 'one', 'two', 'three', 'some', 'many', 'most', 'several',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'infobox', 'title', 'map',
  'muslim', 'muslims', 'islamic', 'civil', 'war', 'state', 'states', 'government', 'ministry', 'embassy',
  'memorandum', 'agreement', 'protocol', 'treaty', 'cooperation', 'party', 'parties', 'arab', 'western',
  'issue', 'five', 'four', 'six', 'seven', 'eight', 'nine', 'ten', 'special', 'central', 'national', 'general', 'secretary', 'director', 'office', 'first', 'second',
]);

/** Named regions and geographic features (not countries). */
export const REGIONS: readonly { name: string; aliases?: readonly string[]; country?: string }[] = [
  { name: 'Middle East' }, { name: 'Persian Gulf', aliases: ['Arabian Gulf', 'Gulf'] }, { name: 'Levant' },
  { name: 'Xinjiang', country: 'CN' }, { name: 'Golan Heights', aliases: ['Golan'], country: 'SY' },
  { name: 'Ussuri' }, { name: 'Nagorno-Karabakh', aliases: ['Karabakh'], country: 'AZ' },
  { name: 'Caucasus' }, { name: 'South Caucasus' }, { name: 'Central Asia' }, { name: 'North Africa' }, { name: 'Horn of Africa' },
  { name: 'Kurdistan' }, { name: 'Crimea' }, { name: 'Gaza Strip', aliases: ['Gaza'] }, { name: 'West Bank' },
  { name: 'Sinai' }, { name: 'Balkans' }, { name: 'Mediterranean' }, { name: 'Red Sea' }, { name: 'Black Sea' },
  { name: 'Caspian Sea' }, { name: 'Strait of Hormuz' }, { name: 'Gulf of Oman' }, { name: 'Arabian Peninsula' },
  { name: 'Euphrates' }, { name: 'Tigris' }, { name: 'Idlib', country: 'SY' }, { name: 'Dhofar', country: 'OM' },
  { name: 'Tibet', country: 'CN' }, { name: 'Kashmir' }, { name: 'Sahel' }, { name: 'Maghreb' }, { name: 'Europe' },
  { name: 'East Turkistan', country: 'CN' }, { name: 'Turkistan' }, { name: 'Daqin' }, { name: 'Asia' }, { name: 'Africa' }, { name: 'Latin America' }, { name: 'East Asia' }, { name: 'Southeast Asia' },
];

/** Cities beyond the capitals that world-countries lists. */
export const CITIES: readonly { name: string; country: string; aliases?: readonly string[] }[] = [
  { name: 'Aleppo', country: 'SY' }, { name: 'Homs', country: 'SY' }, { name: 'Latakia', country: 'SY' },
  { name: 'Tartus', country: 'SY' }, { name: 'Deir ez-Zor', country: 'SY' }, { name: 'Raqqa', country: 'SY' },
  { name: 'Hama', country: 'SY' }, { name: 'Daraa', country: 'SY' }, { name: 'Salalah', country: 'OM' },
  { name: 'Sohar', country: 'OM' }, { name: 'Nizwa', country: 'OM' }, { name: 'Jeddah', country: 'SA' },
  { name: 'Mecca', country: 'SA' }, { name: 'Medina', country: 'SA' }, { name: 'Dubai', country: 'AE' },
  { name: 'Istanbul', country: 'TR' }, { name: 'Ankara', country: 'TR' }, { name: 'Shanghai', country: 'CN' },
  { name: 'Hangzhou', country: 'CN' }, { name: 'Chengdu', country: 'CN' }, { name: 'Guangzhou', country: 'CN' },
  { name: 'New York', country: 'US' }, { name: 'Geneva', country: 'CH' },
  { name: 'Vienna', country: 'AT' }, { name: 'Sochi', country: 'RU' }, { name: 'Astana', country: 'KZ' },
  { name: 'Ganja', country: 'AZ' }, { name: 'Sumgait', country: 'AZ' }, { name: 'Basra', country: 'IQ' },
  { name: 'Mosul', country: 'IQ' }, { name: 'Erbil', country: 'IQ' }, { name: 'Alexandria', country: 'EG' },
  { name: 'Tehran', country: 'IR' }, { name: 'Beijing', country: 'CN' }, { name: 'Moscow', country: 'RU' },
  { name: 'Washington', country: 'US' }, { name: 'Riyadh', country: 'SA' }, { name: 'Baku', country: 'AZ' },
  { name: 'Damascus', country: 'SY' }, { name: 'Muscat', country: 'OM' }, { name: 'Bandung', country: 'ID' },
];

/** Well-known organizations: canonical name, aliases and abbreviations. */
export const KNOWN_ORGANIZATIONS: readonly { name: string; aliases?: readonly string[]; abbreviations?: readonly string[]; country?: string }[] = [
  { name: 'Arab League', aliases: ['League of Arab States'] },
  { name: 'United Nations', abbreviations: ['UN', 'U.N.'] },
  { name: 'United Nations Security Council', aliases: ['UN Security Council', 'U.N. Security Council', 'Security Council'], abbreviations: ['UNSC'] },
  { name: 'Organisation of Islamic Cooperation', aliases: ['Organization of the Islamic Conference', 'Organization of Islamic Cooperation', 'Organisation of the Islamic Conference'], abbreviations: ['OIC'] },
  { name: 'Non-Aligned Movement', abbreviations: ['NAM'] },
  { name: 'Gulf Cooperation Council', aliases: ['Cooperation Council for the Arab States of the Gulf'], abbreviations: ['GCC'] },
  { name: 'International Monetary Fund', abbreviations: ['IMF'] },
  { name: 'World Bank' }, { name: 'European Union', abbreviations: ['EU'] }, { name: 'NATO' },
  { name: 'Syrian Arab News Agency', abbreviations: ['SANA'], country: 'SY' },
  { name: 'Chinese Communist Party', aliases: ['Communist Party of China'], abbreviations: ['CCP', 'CPC'], country: 'CN' },
  { name: "Hay'at Tahrir al-Sham", aliases: ['Tahrir al-Sham'], abbreviations: ['HTS'] },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Daesh'] }, { name: 'Hezbollah' }, { name: 'Hamas' },
  { name: 'Royal Dutch Shell', aliases: ['Shell'] }, { name: 'Sinochem' }, { name: 'Sinopec' },
  { name: 'China National Petroleum Corporation', abbreviations: ['CNPC'], country: 'CN' },
  { name: 'Twitter' }, { name: 'Reuters' }, { name: 'Xinhua' }, { name: 'Al Jazeera' },
  { name: 'Associated Press', abbreviations: ['AP'], country: 'US' }, { name: 'Agence France-Presse', abbreviations: ['AFP'], country: 'FR' },
  { name: 'United Press International', abbreviations: ['UPI'], country: 'US' }, { name: 'CNN', country: 'US' }, { name: 'BBC', country: 'GB' },
  { name: 'Federal Bureau of Investigation', abbreviations: ['FBI'], country: 'US' }, { name: 'Central Intelligence Agency', abbreviations: ['CIA'], country: 'US' },
  { name: 'United States Congress', aliases: ['U.S. Congress', 'US Congress', 'Congress'], country: 'US' },
  { name: 'White House', country: 'US' }, { name: 'Pentagon', country: 'US' },
  { name: 'United States Department of State', aliases: ['State Department', 'U.S. State Department', 'US State Department'], country: 'US' },
  { name: 'United States Department of Justice', aliases: ['Justice Department', 'U.S. Justice Department', 'US Justice Department'], country: 'US' },
  { name: 'Interpol' }, { name: 'International Committee of the Red Cross', abbreviations: ['ICRC'] }, { name: 'Red Cross' },
];

/** Last words of organization names (`… Petroleum Company`, `… Cooperation Forum`). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'embassy', 'consulate', 'council', 'commission', 'committee', 'agency', 'bank', 'corporation',
  'company', 'forum', 'organization', 'organisation', 'league', 'movement', 'party', 'union', 'fund', 'forces',
  'army', 'office', 'department', 'institute', 'association', 'federation', 'authority', 'front', 'brigade',
  'brigades', 'group', 'assembly', 'parliament', 'court', 'university', 'society', 'chamber', 'administration',
  'foundation', 'programme', 'program', 'secretariat', 'cabinet', 'consortium', 'news agency', 'service',
  'police', 'school', 'college', 'academy',
]);

/** Capitalized compass words that make a region of the province or region after them (`South Florida`). */
export const COMPASS_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest',
]);

/** Words that start an organization name and take `of …` complements (`Ministry of Agriculture of …`). */
export const ORGANIZATION_OF_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'embassy', 'consulate', 'office', 'department', 'government', 'chamber', 'council', 'organization',
  'organisation', 'league', 'bank', 'union', 'commission',
]);

/**
 * Nouns after a demonym that make a country's organization (`Syrian government`). `mission`: a
 * diplomatic mission, whose host city after `in` is part of its name (`U.S. Embassy in Pretoria`).
 */
export const DEMONYM_ORGANIZATIONS: readonly { words: readonly string[]; canonical: string; mission?: true }[] = [
  { words: ['government'], canonical: 'Government of {country}' },
  { words: ['transitional', 'government'], canonical: 'Transitional Government of {country}' },
  { words: ['interim', 'government'], canonical: 'Interim Government of {country}' },
  { words: ['foreign', 'ministry'], canonical: 'Ministry of Foreign Affairs of {country}' },
  { words: ['ministry', 'of', 'foreign', 'affairs'], canonical: 'Ministry of Foreign Affairs of {country}' },
  { words: ['armed', 'forces'], canonical: 'Armed Forces of {country}' },
  { words: ['army'], canonical: 'Army of {country}' },
  { words: ['embassy'], canonical: 'Embassy of {country}', mission: true },
  { words: ['consulate'], canonical: 'Consulate of {country}', mission: true },
  { words: ['consulate', 'general'], canonical: 'Consulate General of {country}', mission: true },
  { words: ['interests', 'section'], canonical: 'Interests Section of {country}', mission: true },
  { words: ['parliament'], canonical: 'Parliament of {country}' },
  { words: ['police'], canonical: 'Police of {country}' },
];

/** A country's mission to an organization: `Permanent Mission of Syria to the United Nations`, `Oman's permanent mission to the UN`. */
export const PERMANENT_MISSION_WORDS = { permanent: 'permanent', mission: 'mission', to: 'to' } as const;

/** Last words of newspapers and broadcasters named after a place (`New York Times`, `Kenya Television`). */
export const NEWS_OUTLET_HEADS: ReadonlySet<string> = new Set([
  'times', 'post', 'news', 'herald', 'tribune', 'journal', 'gazette', 'spectator', 'observer', 'guardian', 'chronicle',
  'telegraph', 'globe', 'television', 'radio', 'daily', 'star', 'sun', 'mirror', 'independent', 'record',
]);

/** Last words of place names (`Essex County`, `Idlib Governorate`, `Hebei Province`). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'county', 'province', 'governorate', 'district', 'region', 'prefecture', 'municipality', 'oblast',
  'island', 'islands', 'valley', 'mountains', 'river', 'lake', 'bay', 'strait', 'straits', 'peninsula', 'desert', 'plateau',
]);

/** Country names and aliases beyond world-countries' common/official names. */
export const COUNTRY_ALIASES: readonly { alias: string; country: string }[] = [
  { alias: 'U.S.', country: 'US' }, { alias: 'US', country: 'US' }, { alias: 'USA', country: 'US' },
  { alias: 'America', country: 'US' }, { alias: 'United States of America', country: 'US' },
  { alias: 'UK', country: 'GB' }, { alias: 'U.K.', country: 'GB' }, { alias: 'Britain', country: 'GB' }, { alias: 'Great Britain', country: 'GB' },
  { alias: 'UAE', country: 'AE' }, { alias: 'Emirates', country: 'AE' },
  { alias: 'Russian Federation', country: 'RU' }, { alias: 'Iran', country: 'IR' },
  { alias: "People's Republic of China", country: 'CN' }, { alias: 'PRC', country: 'CN' },
  { alias: 'Syrian Arab Republic', country: 'SY' }, { alias: 'Sultanate of Oman', country: 'OM' },
  { alias: 'Republic of Azerbaijan', country: 'AZ' }, { alias: 'Kingdom of Saudi Arabia', country: 'SA' },
  { alias: 'Turkey', country: 'TR' }, { alias: 'Turkiye', country: 'TR' }, { alias: 'Türkiye', country: 'TR' }, { alias: 'South Korea', country: 'KR' },
  { alias: 'North Korea', country: 'KP' }, { alias: 'Soviet Union', country: 'SU' }, { alias: 'USSR', country: 'SU' }, { alias: 'Palestine', country: 'PS' }, { alias: 'Vatican', country: 'VA' },
];

/** Demonyms world-countries lacks or spells otherwise. */
export const EXTRA_DEMONYMS: readonly { demonym: string; country: string }[] = [
  { demonym: 'Sino', country: 'CN' }, { demonym: 'Azeri', country: 'AZ' }, { demonym: 'Emirati', country: 'AE' },
  { demonym: 'Saudi', country: 'SA' }, { demonym: 'Saudis', country: 'SA' }, { demonym: 'Soviet', country: 'SU' }, { demonym: 'Soviets', country: 'SU' },
  { demonym: 'British', country: 'GB' }, { demonym: 'Iranian', country: 'IR' }, { demonym: 'Turkish', country: 'TR' },
  { demonym: 'Russian', country: 'RU' }, { demonym: 'Israeli', country: 'IL' }, { demonym: 'Palestinian', country: 'PS' },
];

/** Words world-countries gives as demonyms or names that are too ambiguous to tag. */
export const AMBIGUOUS_PLACE_WORDS: ReadonlySet<string> = new Set(['chad', 'jersey', 'man', 'us', 'georgian']);

/** Well-known people usually called by one name: the name → the canonical full name (key source). */
export const KNOWN_PEOPLE_BY_SHORT_NAME: Readonly<Record<string, string>> = {
  Gandhi: 'Mahatma Gandhi', Jinnah: 'Muhammad Ali Jinnah', Mao: 'Mao Zedong', Nasser: 'Gamal Abdel Nasser',
  Sadat: 'Anwar Sadat', Putin: 'Vladimir Putin', Erdogan: 'Recep Tayyip Erdogan', Qaboos: 'Qaboos bin Said',
  Obama: 'Barack Obama', Trump: 'Donald Trump', Netanyahu: 'Benjamin Netanyahu', Khamenei: 'Ali Khamenei',
  Nasrallah: 'Hassan Nasrallah', Arafat: 'Yasser Arafat', Gaddafi: 'Muammar Gaddafi', Saladin: 'Saladin',
  Lenin: 'Vladimir Lenin', Stalin: 'Joseph Stalin', Churchill: 'Winston Churchill', Napoleon: 'Napoleon Bonaparte',
};

/**
 * US state abbreviations in news style (AP), read after a place and a comma (`Buffalo, N.Y.`,
 * `Oklahoma City, Okla.`); alone they are too ambiguous (`Miss.`, `Ind.`, `Pa.`).
 */
export const US_STATE_ABBREVIATIONS: readonly { abbreviation: string; state: string }[] = [
  { abbreviation: 'Ala.', state: 'Alabama' }, { abbreviation: 'Ariz.', state: 'Arizona' }, { abbreviation: 'Ark.', state: 'Arkansas' },
  { abbreviation: 'Calif.', state: 'California' }, { abbreviation: 'Colo.', state: 'Colorado' }, { abbreviation: 'Conn.', state: 'Connecticut' },
  { abbreviation: 'Del.', state: 'Delaware' }, { abbreviation: 'D.C.', state: 'District of Columbia' }, { abbreviation: 'Fla.', state: 'Florida' },
  { abbreviation: 'Ga.', state: 'Georgia (U.S. state)' }, { abbreviation: 'Ill.', state: 'Illinois' }, { abbreviation: 'Ind.', state: 'Indiana' },
  { abbreviation: 'Kan.', state: 'Kansas' }, { abbreviation: 'Kans.', state: 'Kansas' }, { abbreviation: 'Ky.', state: 'Kentucky' },
  { abbreviation: 'La.', state: 'Louisiana' }, { abbreviation: 'Md.', state: 'Maryland' }, { abbreviation: 'Mass.', state: 'Massachusetts' },
  { abbreviation: 'Mich.', state: 'Michigan' }, { abbreviation: 'Minn.', state: 'Minnesota' }, { abbreviation: 'Miss.', state: 'Mississippi' },
  { abbreviation: 'Mo.', state: 'Missouri' }, { abbreviation: 'Mont.', state: 'Montana' }, { abbreviation: 'Neb.', state: 'Nebraska' },
  { abbreviation: 'Nev.', state: 'Nevada' }, { abbreviation: 'N.H.', state: 'New Hampshire' }, { abbreviation: 'N.J.', state: 'New Jersey' },
  { abbreviation: 'N.M.', state: 'New Mexico' }, { abbreviation: 'N.Y.', state: 'New York State' }, { abbreviation: 'N.C.', state: 'North Carolina' },
  { abbreviation: 'N.D.', state: 'North Dakota' }, { abbreviation: 'Okla.', state: 'Oklahoma' }, { abbreviation: 'Ore.', state: 'Oregon' },
  { abbreviation: 'Pa.', state: 'Pennsylvania' }, { abbreviation: 'R.I.', state: 'Rhode Island' }, { abbreviation: 'S.C.', state: 'South Carolina' },
  { abbreviation: 'S.D.', state: 'South Dakota' }, { abbreviation: 'Tenn.', state: 'Tennessee' }, { abbreviation: 'Vt.', state: 'Vermont' },
  { abbreviation: 'Va.', state: 'Virginia' }, { abbreviation: 'Wash.', state: 'Washington State' }, { abbreviation: 'W.Va.', state: 'West Virginia' },
  { abbreviation: 'Wis.', state: 'Wisconsin' }, { abbreviation: 'Wyo.', state: 'Wyoming' },
];
