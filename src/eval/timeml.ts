/**
 * A small TimeML (.tml) reader: the raw text of `<TEXT>` with its tags stripped and XML entities
 * decoded, the gold TIMEX3 annotations with offsets into that raw text, and the document
 * creation time (DCT) from `<DCT>`.
 */

export interface TimexAnnotation {
  start: number;
  end: number;
  text: string;
  tid: string;
  type: string;
  value: string;
  attributes: Readonly<Record<string, string>>;
}

export interface TimeMLDocument {
  id: string;
  /** The content of `<TEXT>` with every tag removed and entities decoded. */
  text: string;
  /** YYYY-MM-DD, or null when the file has no usable DCT. */
  dct: string | null;
  timexes: TimexAnnotation[];
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
} as const;

const TOKEN = /<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>|&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g;
const ATTRIBUTE = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decodeEntity(name: string): string | null {
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? null;
}

export function parseAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) out[m[1]!] = decodeXmlText(m[2] ?? m[3] ?? '');
  return out;
}

function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (all, name: string) => decodeEntity(name) ?? all);
}

/** Strips tags from a TimeML fragment, returning the text and the TIMEX3 elements in it. */
export function stripTimeML(fragment: string): { text: string; timexes: TimexAnnotation[] } {
  let text = '';
  let last = 0;
  const timexes: TimexAnnotation[] = [];
  const open: { start: number; attributes: Record<string, string> }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(fragment); m; m = TOKEN.exec(fragment)) {
    text += fragment.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      text += decodeEntity(m[5]) ?? m[0];
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toUpperCase();
    if (name !== 'TIMEX3') continue;
    if (closing) {
      const o = open.pop();
      if (!o) continue;
      const a = o.attributes;
      timexes.push({
        start: o.start, end: text.length, text: text.slice(o.start, text.length),
        tid: a.tid ?? '', type: a.type ?? '', value: a.value ?? '', attributes: a,
      });
    } else if (m[4] !== '/') {
      open.push({ start: text.length, attributes: parseAttributes(m[3] ?? '') });
    }
  }
  text += fragment.slice(last);
  timexes.sort((a, b) => a.start - b.start || b.end - a.end);
  return { text, timexes };
}

/** Parses a whole .tml file. */
export function parseTimeML(source: string, id = ''): TimeMLDocument {
  const docId = /<DOCID>([\s\S]*?)<\/DOCID>/.exec(source)?.[1]?.trim() ?? id;
  let dct: string | null = null;
  const dctBlock = /<DCT>([\s\S]*?)<\/DCT>/.exec(source)?.[1];
  const dctSource = dctBlock ?? /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(source)?.[0];
  if (dctSource) {
    const tag = /<TIMEX3\b([^>]*)>/.exec(dctSource);
    const value = tag ? parseAttributes(tag[1]!).value : undefined;
    const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
    if (m) dct = m[1]!;
  }
  const textMatch = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(source);
  const { text, timexes } = stripTimeML(textMatch ? textMatch[1]! : '');
  return { id: docId || id, text, dct, timexes };
}

/** Naive sentence spans (for the extraction context only; rules do not depend on them). */
export function splitSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\n]+?(?:[.!?]+["'”’)]*(?=\s+[A-Z"“(]|\s*$)|\n|$)/g;
  for (const m of text.matchAll(re)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}
