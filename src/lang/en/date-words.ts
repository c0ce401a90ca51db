/**
 * English date vocabulary: typed tables only. The rules in dates.ts compile these into patterns.
 */

/** Month names and abbreviations (lower case, without the abbreviation's dot) → 1–12. */
export const MONTHS = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
} as const satisfies Record<string, number>;

/** Weekday names → 0 (Sunday) … 6 (Saturday). */
export const WEEKDAYS = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
} as const satisfies Record<string, number>;

/** Seasons → ISO 8601 / TimeML season codes. */
export const SEASONS = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
} as const satisfies Record<string, 'SP' | 'SU' | 'FA' | 'WI'>;

/** Cardinal number words used in durations and `N years ago`. */
export const NUMBER_WORDS = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, several: -1, few: -1,
} as const satisfies Record<string, number>;

/** Ordinal words → number (centuries, days of the month). */
export const ORDINAL_WORDS = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty first': 21, 'twenty-second': 22,
} as const satisfies Record<string, number>;

/** Decade words (`the eighties`) → the decade's last two digits. */
export const DECADE_WORDS = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80,
  nineties: 90,
} as const satisfies Record<string, number>;

/** Calendar units for durations and relative offsets. */
export const UNITS = {
  day: 'D', days: 'D', week: 'W', weeks: 'W', month: 'M', months: 'M', year: 'Y', years: 'Y',
  decade: 'DE', decades: 'DE', century: 'CE', centuries: 'CE',
} as const satisfies Record<string, 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE'>;

/** Relative modifiers before a unit, weekday or season: offset from the reference. */
export const RELATIVE_MODIFIERS = {
  last: -1, past: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1,
} as const satisfies Record<string, -1 | 0 | 1>;

/** Deictic day words → day offset from the reference date. */
export const DAY_WORDS = {
  today: 0, yesterday: -1, tomorrow: 1, tonight: 0,
  'this morning': 0, 'this afternoon': 0, 'this evening': 0, 'last night': -1,
  'the day before yesterday': -2, 'the day after tomorrow': 2,
} as const satisfies Record<string, number>;

/** Words that anchor a following bare year (`In 2004`, `since 2011`, `fiscal 1989`). */
export const YEAR_CONTEXT_BEFORE = [
  'in', 'since', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'before', 'after', 'of',
  'early', 'late', 'mid', 'around', 'circa', 'fiscal', 'between', 'and', 'or', 'year', 'for',
  'summer', 'winter', 'spring', 'autumn', 'fall', 'throughout', 'as of', 'the end of', 'end',
] as const;

/**
 * Nouns that, right after a number, make it a quantity rather than a year (`2000 people`,
 * `1500 tons`). Lower case; plural and singular where both occur.
 */
export const QUANTITY_NOUNS = [
  'people', 'persons', 'men', 'women', 'children', 'troops', 'soldiers', 'workers', 'employees',
  'members', 'students', 'residents', 'refugees', 'votes', 'seats', 'shares', 'units', 'copies',
  'cars', 'vehicles', 'tanks', 'missiles', 'rockets', 'aircraft', 'planes', 'jobs', 'homes',
  'houses', 'families', 'cases', 'deaths', 'dead', 'casualties', 'tons', 'tonnes', 'barrels',
  'miles', 'kilometers', 'kilometres', 'km', 'meters', 'metres', 'feet', 'acres', 'hectares',
  'dollars', 'euros', 'pounds', 'yen', 'yuan', 'riyals', 'dinars', 'points', 'million', 'billion',
  'trillion', 'thousand', 'hundred', 'percent', 'per', 'hours', 'minutes', 'seconds', 'times',
  'calories', 'pages', 'words', 'votes', 'delegates', 'companies', 'firms', 'ships', 'boats',
  'rounds', 'megawatts', 'mw', 'kw', 'cc', 'mph', 'km/h', 'degrees', 'feet', 'yards', 'gallons',
  'liters', 'litres', 'kg', 'kilograms', 'lbs', 'ounces', 'bags', 'boxes', 'items', 'machines',
] as const;

/** Words right before a number that make it a label, not a year (`Flight 1549`, `No. 2004`). */
export const LABEL_WORDS_BEFORE = [
  'no', 'number', 'flight', 'route', 'room', 'suite', 'highway', 'interstate', 'resolution',
  'model', 'version', 'article', 'section', 'page', 'pages', 'chapter', 'box', 'apartment', 'bus',
  'train', 'unit', 'code', 'channel', 'gate', 'platform', 'about', 'some', 'nearly',
  'almost', 'over', 'than', 'approximately', 'roughly', 'only', 'just', 'least', 'most',
] as const;

/** Markers of future reference near a bare weekday (`will meet on Friday`). */
export const FUTURE_MARKERS = [
  'will', "'ll", 'shall', 'going to', 'scheduled', 'plans', 'planned', 'plan to', 'expected',
  'is to', 'are to', 'next', 'upcoming', 'due to', 'set to', 'would', 'to be held', 'begins',
  'starts', 'opens',
] as const;

/** Span prefixes kept inside a date mention (`mid-1990s`, `early 1991`, `late November`). */
export const PERIOD_MODIFIERS = ['early', 'mid', 'late', 'the end of', 'the beginning of', 'the middle of', 'end of', 'mid-'] as const;

/** Units and teens for spelled-out years (`nineteen ninety-six`, `two thousand and one`). */
export const YEAR_UNIT_WORDS = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
} as const satisfies Record<string, number>;
export const YEAR_TEEN_WORDS = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
} as const satisfies Record<string, number>;
export const YEAR_TENS_WORDS = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
} as const satisfies Record<string, number>;
export const YEAR_CENTURY_WORDS = { eighteen: 18, nineteen: 19, twenty: 20 } as const satisfies Record<string, number>;

/**
 * Holidays with a Gregorian rule: a fixed month/day, the nth weekday of a month (`nth` -1 = the
 * last), or Easter Sunday (computed).
 */
export type HolidayRule =
  | { readonly fixed: readonly [month: number, day: number] }
  | { readonly nth: number; readonly weekday: number; readonly month: number }
  | { readonly easter: number };

export const HOLIDAYS = {
  'christmas day': { fixed: [12, 25] }, christmas: { fixed: [12, 25] }, 'christmas eve': { fixed: [12, 24] },
  "new year's day": { fixed: [1, 1] }, "new year's eve": { fixed: [12, 31] },
  "valentine's day": { fixed: [2, 14] }, halloween: { fixed: [10, 31] },
  thanksgiving: { nth: 4, weekday: 4, month: 11 }, 'thanksgiving day': { nth: 4, weekday: 4, month: 11 },
  'memorial day': { nth: -1, weekday: 1, month: 5 }, 'labor day': { nth: 1, weekday: 1, month: 9 },
  easter: { easter: 0 }, 'easter sunday': { easter: 0 }, 'easter monday': { easter: 1 },
  'good friday': { easter: -2 },
} as const satisfies Record<string, HolidayRule>;
