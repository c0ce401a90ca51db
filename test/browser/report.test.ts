/**
 * The HTML report in a real browser (Debian's /usr/bin/chromium, or BILEX_CHROMIUM; skipped,
 * saying why, when absent).
 * Builds the report from a small output directory of fixture records (one English, one
 * Arabic, validated against schemas/article.schema.json), opens it via file:// and checks
 * highlights, nesting, RTL, the tooltip, evidence flashing, the timeline, the entity index and
 * that text from the article is never executed. Saves a screenshot to a temp dir and, when
 * BILEX_SCREENSHOT is set, to that path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ArticleRecord, Entity } from '../../src/core/types.js';
import { runReportCommand } from '../../src/report/command.js';

const CHROMIUM = process.env.BILEX_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`test/browser/report.test.ts: skipped, ${CHROMIUM} is absent (apt-get install -y chromium)`);
}

// ---- fixture records ---------------------------------------------------------------------

const EN_TEXT = [
  'Oman–Syria relations',
  '',
  'The Embassy of Oman in Damascus opened on 1 August 1956. <script>window.__pwned = true</script> <img src=x onerror="window.__pwned=true">',
  '',
  'On 21 September 2023, Sultan Haitham bin Tarik visited Damascus and met Bashar al-Assad. Oman and Syria signed a memorandum of understanding on trade on 22 September 2023.',
  '',
].join('\n');

const AR_TEXT = [
  'العلاقات العمانية السورية',
  '',
  'زار السلطان هيثم بن طارق دمشق في 21 سبتمبر 2023 والتقى بالرئيس بشار الأسد.',
  '',
].join('\n');

function at(text: string, needle: string, occurrence = 0): { start: number; end: number; text: string } {
  let from = 0;
  let idx = -1;
  for (let i = 0; i <= occurrence; i++) {
    idx = text.indexOf(needle, from);
    if (idx < 0) throw new Error(`fixture: ${needle} not found`);
    from = idx + 1;
  }
  return { start: idx, end: idx + needle.length, text: needle };
}

function paragraphs(text: string, code: 'en' | 'ar'): ArticleRecord['paragraphs'] {
  const out: ArticleRecord['paragraphs'] = [];
  let start = 0;
  for (const block of text.split('\n\n')) {
    const s = start;
    start += block.length + 2;
    const trimmed = block.replace(/\n+$/, '');
    if (trimmed.trim() === '') continue;
    out.push({ start: s, end: s + trimmed.length, language: { code, confidence: 0.99 } });
  }
  return out;
}

function record(id: string, path: string, text: string, code: 'en' | 'ar', rest: Pick<ArticleRecord, 'entities' | 'dates' | 'agreements' | 'events'>): ArticleRecord {
  const firstLine = text.slice(0, text.indexOf('\n'));
  return {
    id,
    source: { path, sha256: createHash('sha256').update(text).digest('hex'), bytes: Buffer.byteLength(text) },
    language: { code, confidence: 0.99 },
    format: 'plain',
    title: at(text, firstLine),
    infobox: [],
    sections: [],
    paragraphs: paragraphs(text, code),
    sentences: [],
    ...rest,
    diagnostics: [],
  };
}

function entity(id: string, type: Entity['type'], name: string, key: string, mentions: Entity['mentions'], extra: Partial<Entity> = {}): Entity {
  return { id, type, name, key, mentions, ...extra };
}

function fixtureRecords(): ArticleRecord[] {
  const t = EN_TEXT;
  const en = record('en-oman-syria', 'in/en-oman-syria.txt', t, 'en', {
    entities: [
      entity('e1', 'place', 'Oman', 'place:OM', [
        { ...at(t, 'Oman', 0), ruleId: 'en/gazetteer/country' },
        { ...at(t, 'Oman', 1), ruleId: 'en/gazetteer/country' },
        { ...at(t, 'Oman', 2), ruleId: 'en/gazetteer/country' },
      ], { country: 'OM', placeKind: 'country' }),
      entity('e2', 'place', 'Syria', 'place:SY', [
        { ...at(t, 'Syria', 0), ruleId: 'en/gazetteer/country' },
        { ...at(t, 'Syria', 1), ruleId: 'en/gazetteer/country' },
      ], { country: 'SY', placeKind: 'country' }),
      entity('e3', 'place', 'Damascus', 'place:damascus', [
        { ...at(t, 'Damascus', 0), ruleId: 'en/gazetteer/city' },
        { ...at(t, 'Damascus', 1), ruleId: 'en/gazetteer/city' },
      ], { country: 'SY', placeKind: 'city' }),
      entity('e4', 'organization', 'Embassy of Oman in Damascus', 'org:embassy-of-oman-in-damascus', [
        { ...at(t, 'Embassy of Oman in Damascus'), ruleId: 'en/org/embassy' },
      ], { country: 'OM' }),
      entity('e5', 'person', 'Haitham bin Tarik', 'person:haitham-bin-tarik', [
        { ...at(t, 'Haitham bin Tarik'), ruleId: 'en/person/title-name' },
      ], { titles: ['Sultan'] }),
      entity('e6', 'person', 'Bashar al-Assad', 'person:bashar-al-assad', [
        { ...at(t, 'Bashar al-Assad'), ruleId: 'en/person/gazetteer' },
      ]),
    ],
    dates: [
      { ...at(t, '1 August 1956'), value: '1956-08-01', kind: 'date', granularity: 'day', ruleId: 'en/date/day-month-year' },
      { ...at(t, '21 September 2023'), value: '2023-09-21', kind: 'date', granularity: 'day', ruleId: 'en/date/day-month-year' },
      { ...at(t, '22 September 2023'), value: '2023-09-22', kind: 'date', granularity: 'day', ruleId: 'en/date/day-month-year' },
    ],
    agreements: [{
      id: 'a1', kind: 'memorandum', subject: 'trade', parties: ['e1', 'e2'], date: '2023-09-22', status: 'signed',
      evidence: at(t, 'Oman and Syria signed a memorandum of understanding on trade on 22 September 2023.'),
      ruleId: 'en/agreement/signed',
    }],
    events: [{
      id: 'v1', kind: 'visit', participants: ['e5'], location: 'e3', date: '2023-09-21',
      evidence: at(t, 'On 21 September 2023, Sultan Haitham bin Tarik visited Damascus and met Bashar al-Assad.'),
      ruleId: 'en/event/visit',
    }, {
      id: 'v2', kind: 'establishment', participants: ['e4'], location: 'e3', date: '1956-08-01',
      evidence: at(t, 'The Embassy of Oman in Damascus opened on 1 August 1956.'),
      ruleId: 'en/event/establishment',
    }],
  });
  const a = AR_TEXT;
  const ar = record('ar-oman-syria', 'in/ar-oman-syria.txt', a, 'ar', {
    entities: [
      entity('e1', 'place', 'عمان', 'place:OM', [{ ...at(a, 'العمانية'), ruleId: 'ar/gazetteer/nisba', form: 'demonym' }], { country: 'OM', placeKind: 'country' }),
      entity('e2', 'place', 'سوريا', 'place:SY', [{ ...at(a, 'السورية'), ruleId: 'ar/gazetteer/nisba', form: 'demonym' }], { country: 'SY', placeKind: 'country' }),
      entity('e3', 'person', 'هيثم بن طارق', 'person:haitham-bin-tarik', [{ ...at(a, 'هيثم بن طارق'), ruleId: 'ar/person/title-name' }]),
      entity('e4', 'place', 'دمشق', 'place:damascus', [{ ...at(a, 'دمشق'), ruleId: 'ar/gazetteer/city' }], { country: 'SY', placeKind: 'city' }),
      entity('e5', 'person', 'بشار الأسد', 'person:bashar-al-assad', [{ ...at(a, 'بشار الأسد'), ruleId: 'ar/person/gazetteer' }]),
    ],
    dates: [{ ...at(a, '21 سبتمبر 2023'), value: '2023-09-21', kind: 'date', granularity: 'day', ruleId: 'ar/date/day-month-year' }],
    agreements: [],
    events: [{
      id: 'v1', kind: 'visit', participants: ['e3'], location: 'e4', date: '2023-09-21',
      evidence: at(a, 'زار السلطان هيثم بن طارق دمشق في 21 سبتمبر 2023 والتقى بالرئيس بشار الأسد.'),
      ruleId: 'ar/event/visit',
    }],
  });
  return [ar, en];
}

// ---- the test ----------------------------------------------------------------------------

describe.skipIf(!hasChromium)('HTML report in Chromium', () => {
  let work: string;
  let reportPath: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let browser: any;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let page: any;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bilex-report-'));
    const records = fixtureRecords();
    const schema = JSON.parse(await readFile(new URL('../../schemas/article.schema.json', import.meta.url), 'utf8')) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    for (const r of records) {
      expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    }
    await mkdir(join(work, 'in'));
    await mkdir(join(work, 'out'));
    await writeFile(join(work, 'in', 'en-oman-syria.txt'), EN_TEXT);
    await writeFile(join(work, 'in', 'ar-oman-syria.txt'), AR_TEXT);
    await writeFile(join(work, 'out', 'articles.jsonl'),
      records.map((r) => JSON.stringify(r)).sort().join('\n') + '\n');
    reportPath = join(work, 'report.html');
    const out: string[] = [];
    const code = await runReportCommand({ dir: join(work, 'out'), out: reportPath },
      { stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
    expect(code, out.join('')).toBe(0);

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e: Error) => errors.push(e.message));
    page.on('console', (m: { type(): string; text(): string }) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(pathToFileURL(reportPath).href);
    await page.waitForSelector('body[data-ready="true"]');
    expect(errors).toEqual([]);
  }, 60_000);

  afterAll(async () => {
    if (browser) await browser.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('opens the first article (sorted by id) and the English one from the sidebar', async () => {
    expect(await page.locator('#article-list li').count()).toBe(2);
    await page.locator('#article-list li[data-id="en-oman-syria"] button').click();
    expect(await page.locator('#art-title').textContent()).toBe('Oman–Syria relations');
    expect(await page.locator('#art-body').getAttribute('dir')).toBe('ltr');
  });

  it('highlights every mention with its type class, nesting places inside the organization', async () => {
    expect(await page.locator('#art-body mark.m-place').count()).toBe(7);
    expect(await page.locator('#art-body mark.m-person').count()).toBe(2);
    expect(await page.locator('#art-body mark.m-organization').count()).toBe(1);
    expect(await page.locator('#art-body mark.m-date').count()).toBe(3);
    const nested = page.locator('#art-body mark.m-organization > mark.m-place');
    expect(await nested.allTextContents()).toEqual(['Oman', 'Damascus']);
    expect(await page.locator('#art-body mark.m-organization').textContent()).toBe('Embassy of Oman in Damascus');
    // the rendered text is the input, exactly
    expect(await page.locator('#art-body').evaluate((b: HTMLElement) => b.textContent))
      .toBe(EN_TEXT.split('\n\n').map((p) => p.replace(/\n+$/, '')).filter((p) => p !== '').join(''));
  });

  it('shows markup from the article as text and never runs it', async () => {
    const body = await page.locator('#art-body').textContent();
    expect(body).toContain('<script>window.__pwned = true</script>');
    expect(await page.locator('#art-body script, #art-body img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });

  it('shows type, key and ruleId in the tooltip on hover', async () => {
    await page.locator('#art-body mark.m-person', { hasText: 'Bashar al-Assad' }).hover();
    const tip = page.locator('#tip');
    await tip.waitFor({ state: 'visible' });
    const text = await tip.textContent();
    expect(text).toContain('Person');
    expect(text).toContain('person:bashar-al-assad');
    expect(text).toContain('rule: en/person/gazetteer');
    await page.locator('#art-body mark.m-date', { hasText: '1 August 1956' }).hover();
    expect(await tip.textContent()).toContain('1956-08-01');
  });

  it('scrolls to and highlights the evidence of a clicked event', async () => {
    expect(await page.locator('#art-body .flash').count()).toBe(0);
    await page.locator('#art-aside [data-item="v1"]').click();
    const flashed = page.locator('#art-body .flash');
    expect(await flashed.count()).toBe(1);
    expect(await flashed.getAttribute('data-ev')).toBe('v1');
    expect(await flashed.textContent()).toBe('On 21 September 2023, Sultan Haitham bin Tarik visited Damascus and met Bashar al-Assad.');
    await page.locator('#art-aside [data-item="a1"]').click();
    expect(await page.locator('#art-body .flash').getAttribute('data-ev')).toBe('a1');
  });

  it('clicking a mention highlights every mention of its entity', async () => {
    await page.locator('#art-body mark.m-place', { hasText: 'Syria' }).first().click();
    expect(await page.locator('#art-body mark.flash').allTextContents()).toEqual(['Syria', 'Syria']);
  });

  it('renders the Arabic article right to left', async () => {
    await page.locator('#article-list li[data-id="ar-oman-syria"] button').click();
    const body = page.locator('#art-body');
    expect(await body.getAttribute('dir')).toBe('rtl');
    expect(await body.getAttribute('lang')).toBe('ar');
    expect(await body.evaluate((b: HTMLElement) => getComputedStyle(b).direction)).toBe('rtl');
    expect(await page.locator('#art-body .para').first().evaluate((p: HTMLElement) => getComputedStyle(p).direction)).toBe('rtl');
    expect(await page.locator('#art-body mark.m-place.m-demonym').count()).toBe(2);
    expect(await page.locator('#art-body mark.m-person').allTextContents()).toEqual(['هيثم بن طارق', 'بشار الأسد']);
  });

  it('lists dated events and agreements in the timeline, sorted, filterable by country pair and language', async () => {
    await page.locator('#tab-timeline').click();
    const dates = await page.locator('#tl-list .tl-date').allTextContents();
    expect(dates).toEqual(['1956-08-01', '2023-09-21', '2023-09-21', '2023-09-22']);
    await page.locator('#tl-lang').selectOption('ar');
    expect(await page.locator('#tl-list .tl-item').count()).toBe(1);
    await page.locator('#tl-lang').selectOption('');
    await page.locator('#tl-pair').selectOption('pair:OM\u2013SY');
    expect(await page.locator('#tl-list .tl-date').allTextContents()).toEqual(['1956-08-01', '2023-09-22']);
    await page.locator('#tl-pair').selectOption('');
    // clicking an entry opens its article at the evidence
    await page.locator('#tl-list .tl-item', { hasText: '2023-09-22' }).locator('button').click();
    expect(await page.locator('#view-article').isVisible()).toBe(true);
    expect(await page.locator('#art-body .flash').getAttribute('data-ev')).toBe('a1');
  });

  it('indexes entities across languages and links to the articles that mention them', async () => {
    await page.locator('#tab-entities').click();
    await page.locator('#ent-search').fill('bashar');
    const row = page.locator('#ent-rows tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').nth(1).textContent()).toBe('Bashar al-Assad');
    expect(await row.locator('td').nth(2).textContent()).toBe('بشار الأسد');
    await row.locator('button.art-link', { hasText: 'ar-oman-syria' }).click();
    expect(await page.locator('#art-body').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#art-body mark.flash').allTextContents()).toEqual(['بشار الأسد']);
  });

  it('filters the sidebar with the search box', async () => {
    await page.locator('#article-search').fill('haitham');
    expect(await page.locator('#article-list li:not([hidden])').count()).toBe(2);
    await page.locator('#article-search').fill('al-assad visited nowhere');
    expect(await page.locator('#article-list li:not([hidden])').count()).toBe(0);
    await page.locator('#article-search').fill('');
  });

  it('saves a screenshot', async () => {
    await page.locator('#article-list li[data-id="en-oman-syria"] button').click();
    await page.locator('#art-aside [data-item="v1"]').click();
    const shot = join(work, 'report.png');
    await page.screenshot({ path: shot });
    expect((await readFile(shot)).subarray(1, 4).toString()).toBe('PNG');
    const target = process.env.BILEX_SCREENSHOT;
    if (target) {
      await mkdir(dirname(target), { recursive: true });
      await copyFile(shot, target);
    }
  });
});
