import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIST, TEST_TODAY, fileOf, page, sitemapPaths } from '../helpers/built-site';
import { corpusEntries, type CorpusEntry } from '../helpers/corpus';
import { loadBuiltSearch } from '../helpers/pagefind-node';

/** `2026-10-26` → `26/10/2026`, by string (an oracle independent of src/lib/shared/dates). */
const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const linksOf = (doc: Document | Element, selector: string) => [...doc.querySelectorAll(`${selector} a`)].map((a) => a.getAttribute('href'));

let procedures: CorpusEntry[];
let questions: CorpusEntry[];
let weeks: CorpusEntry[];
beforeAll(async () => {
  [procedures, questions, weeks] = await Promise.all([corpusEntries('thu-tuc-hanh-chinh'), corpusEntries('hoi-dap'), corpusEntries('lich-cong-tac')]);
});

describe('the menu and footer lead to the procedures, questions and the schedule', () => {
  it.each(['/', '/van-ban/'])('%s', (path) => {
    const doc = page(path);
    for (const href of ['/thu-tuc-hanh-chinh/', '/hoi-dap/', '/lich-cong-tac/']) {
      expect(linksOf(doc, 'nav.main-nav')).toContain(href);
      expect(linksOf(doc, '.site-footer nav')).toContain(href);
    }
    expect(linksOf(doc, '.site-footer nav')).toContain('/lich-cong-tac.ics');
  });
});

describe('administrative procedures', () => {
  it('lists every procedure under its field, each field with its own page listing only its procedures', () => {
    const list = page('/thu-tuc-hanh-chinh/');
    const fields = [...new Set(procedures.map((p) => String(p.front.field)))].sort((a, b) => a.localeCompare(b, 'vi'));
    expect([...list.querySelectorAll('main h2')].map(text)).toEqual(fields);
    expect(linksOf(list, 'main .procedures').sort()).toEqual(procedures.map((p) => `/thu-tuc-hanh-chinh/${p.slug}/`).sort());
    const consular = page('/thu-tuc-hanh-chinh/linh-vuc/lanh-su/');
    expect(text(consular.querySelector('h1'))).toBe('Thủ tục hành chính lĩnh vực Lãnh sự');
    expect(linksOf(consular, 'main .procedures').sort()).toEqual(
      procedures
        .filter((p) => p.front.field === 'Lãnh sự')
        .map((p) => `/thu-tuc-hanh-chinh/${p.slug}/`)
        .sort(),
    );
    expect(consular.querySelector('nav[aria-label="Lĩnh vực"] a[aria-current="page"]')?.getAttribute('href')).toBe('/thu-tuc-hanh-chinh/linh-vuc/lanh-su/');
  });

  it('a procedure answers "how do I" in steps, links to its record on the national portal, its forms and its legal basis', () => {
    const entry = procedures.find((p) => Array.isArray(p.front.forms) && p.front.forms.length > 0)!;
    const doc = page(`/thu-tuc-hanh-chinh/${entry.slug}/`);
    expect(text(doc.querySelector('h1'))).toBe(entry.front.title);
    const heading = [...doc.querySelectorAll('main h2')].find((h) => text(h) === 'Làm thế nào: các bước thực hiện')!;
    expect([...heading.nextElementSibling!.querySelectorAll('li')].map(text)).toEqual(entry.front.steps);
    expect(heading.nextElementSibling!.tagName).toBe('OL');
    const apply = doc.querySelector('main a.apply-link')!;
    expect(apply.getAttribute('href')).toBe(entry.front.portalUrl);
    expect(new URL(apply.getAttribute('href')!).hostname).toBe('dichvucong.gov.vn');
    const forms = [...doc.querySelectorAll('main .attachments a')].map((a) => a.getAttribute('href')!);
    expect(forms).toEqual((entry.front.forms as { file: string }[]).map((f) => `/thu-tuc-hanh-chinh/${entry.slug}/${f.file}`));
    for (const form of forms) expect(readFileSync(fileOf(form)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(linksOf(doc, 'main article ul')).toContain('/van-ban/thong-tu-lien-tich-02-2015-ttlt-bng-bnv/');
    expect(doc.querySelector('[data-save-page]')).not.toBeNull();
    expect(doc.querySelector('[data-pagefind-filter="kind:Thủ tục hành chính"]')).not.toBeNull();
  });

  it('the home page leads to the procedures by field', () => {
    const section = page('/').querySelector('section[aria-labelledby="procedures"]')!;
    expect(linksOf(section, '')).toContain('/thu-tuc-hanh-chinh/linh-vuc/lanh-su/');
  });
});

describe('questions and answers', () => {
  const published = () => questions.filter((q) => String(q.front.date) <= TEST_TODAY);

  it('each published question has its own page with FAQPage structured data', () => {
    expect(published().length).toBeGreaterThan(3);
    for (const entry of published()) {
      const doc = page(`/hoi-dap/${entry.slug}/`);
      expect(text(doc.querySelector('h1'))).toBe(entry.front.question);
      const ld = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!) as Record<string, unknown>);
      const faq = ld.find((data) => data['@type'] === 'FAQPage') as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
      expect(faq.mainEntity).toEqual([
        expect.objectContaining({ name: entry.front.question, acceptedAnswer: { '@type': 'Answer', text: entry.front.answer } }),
      ]);
    }
  });

  it('the list groups the questions by topic', () => {
    const list = page('/hoi-dap/');
    const topics = [...new Set(published().map((q) => String(q.front.topic)))].sort((a, b) => a.localeCompare(b, 'vi'));
    expect([...list.querySelectorAll('main section h2')].map(text)).toEqual(topics);
    for (const section of list.querySelectorAll('main section')) {
      const topic = text(section.querySelector('h2'));
      expect(linksOf(section, '.question').sort()).toEqual(
        published()
          .filter((q) => q.front.topic === topic)
          .map((q) => `/hoi-dap/${q.slug}/`)
          .sort(),
      );
    }
  });

  it('search finds a question, and its kind filter keeps only questions', async () => {
    const search = await loadBuiltSearch(TEST_DIST);
    const hits = await search('the APEC co thoi han', { kind: ['Hỏi đáp'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.url.startsWith('/hoi-dap/'))).toBe(true);
    expect(hits[0]!.filters.kind).toEqual(['Hỏi đáp']);
  });
});

describe('scheduled publishing', () => {
  it('a question dated after the build day is not built, listed, nor in the sitemap', () => {
    const waiting = questions.filter((q) => String(q.front.date) > TEST_TODAY);
    expect(waiting).toHaveLength(1);
    const url = `/hoi-dap/${waiting[0]!.slug}/`;
    expect(() => readFileSync(fileOf(url))).toThrow();
    expect(linksOf(page('/hoi-dap/'), 'main')).not.toContain(url);
    expect(sitemapPaths()).not.toContain(url);
  });
});

describe('the work schedule', () => {
  const thisMonday = () =>
    weeks
      .map((w) => String(w.front.week))
      .filter((monday) => monday <= TEST_TODAY)
      .sort()
      .at(-1)!;

  it('shows this week on the schedule page and on the home page, with each event at its time', () => {
    const entry = weeks.find((w) => w.front.week === thisMonday())!;
    const events = entry.front.events as { date: string; start?: string; title: string }[];
    for (const path of ['/lich-cong-tac/', '/']) {
      const doc = page(path);
      const titles = [...doc.querySelectorAll('main .events .title')].map(text);
      expect(titles.sort()).toEqual(events.map((e) => e.title).sort());
      const times = [...doc.querySelectorAll('main .events time')].map((t) => t.getAttribute('datetime')).sort();
      expect(times).toEqual(
        events
          .filter((e) => e.start)
          .map((e) => `${e.date}T${e.start}+07:00`)
          .sort(),
      );
    }
    expect(text(page('/lich-cong-tac/').querySelector('main h2'))).toContain(`(${ddmmyyyy(thisMonday())} –`);
  });

  it('a week links to the weeks before and after it', () => {
    const sorted = weeks.map((w) => ({ slug: w.slug, monday: String(w.front.week) })).sort((a, b) => a.monday.localeCompare(b.monday));
    const [before, current, after] = sorted.slice(1, 4);
    const nav = page(`/lich-cong-tac/${current!.slug}/`).querySelector('nav.week-nav')!;
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`/lich-cong-tac/${before!.slug}/`);
    expect(nav.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/lich-cong-tac/${after!.slug}/`);
    expect(page(`/lich-cong-tac/${sorted[0]!.slug}/`).querySelector('a[rel="prev"]')).toBeNull();
  });

  it('the iCalendar feed carries every event, read by ical.js at its time in Vietnam', () => {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(fileOf('/lich-cong-tac.ics'), 'utf8')));
    const read = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const expected = weeks.flatMap((w) => w.front.events as { date: string; start?: string; title: string }[]);
    expect(read).toHaveLength(expected.length);
    const timed = expected.find((e) => e.start)!;
    const event = read.find((e) => e.summary === timed.title && e.startDate.toJSDate().getTime() === Date.parse(`${timed.date}T${timed.start}:00+07:00`));
    expect(event).toBeDefined();
    const allDay = expected.find((e) => !e.start);
    if (allDay) expect(read.some((e) => e.startDate.isDate && e.startDate.toString() === allDay.date)).toBe(true);
  });
});
