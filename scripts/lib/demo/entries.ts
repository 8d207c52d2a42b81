/**
 * Plans the generated entries of the demo corpus: what each file holds.
 * Planning is sequential and uses only the seeded generator; the slow part
 * (drawing pictures) happens afterwards, from the `ImageSpec`s planned here.
 */
import { stringify } from 'yaml';
import { DOCUMENT_TYPES } from '../../../src/schemas/documents';
import { NEWS_CATEGORIES } from '../../../src/schemas/news';
import { documentYearUrl } from '../../../src/lib/routing/urls';
import { slugify } from '../../../src/lib/shared/slug';
import { planDocument, TYPE_WEIGHTS } from './documents';
import { makePdf, type ImageSpec } from './media';
import { GENERAL_SENTENCES, HEADINGS, LIST_ITEMS, LIST_LEADS, NEWS_PHRASES, SOURCES } from './phrases';
import * as media from './phrases-media';
import { addDays, hashText, pickWeighted, randomDay, type Random } from './random';
import { Filler, markdownBody, personName, pickSome } from './text';

/** The span of dates in the corpus; the last day is the corpus's "today". */
export const FIRST_DAY = '2015-01-01';
export const LAST_DAY = '2026-10-31';

/** Receives what the planners decide to write. Paths are relative to the corpus root, with `/`. */
export interface Sink {
  text(path: string, content: string): void;
  binary(path: string, content: Buffer): void;
  image(path: string, spec: Omit<ImageSpec, 'seed'>): void;
}

/** Slugs already taken in a collection, with its reserved names. */
export class SlugSet {
  private readonly taken: Set<string>;
  constructor(existing: Iterable<string>, reserved: readonly string[] = []) {
    this.taken = new Set([...existing, ...reserved]);
  }
  /** The slug of a title, with `-2`, `-3`… when it is taken. */
  claim(text: string): string {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; this.taken.has(slug); n++) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}

const GENERATED = 'Dữ liệu mẫu do scripts/generate-demo.ts tạo ra, không phải thông tin thật.';

/** A Markdown file: front matter (fields left undefined are omitted) and a body. */
export function markdownFile(data: Record<string, unknown>, body = ''): string {
  const yaml = stringify(data, { lineWidth: 0 });
  return `---\n# ${GENERATED}\n${yaml}---\n${body ? `\n${body}\n` : ''}`;
}

const [FIRST_YEAR, LAST_YEAR, LAST_MONTH] = [FIRST_DAY.slice(0, 4), LAST_DAY.slice(0, 4), LAST_DAY.slice(5, 7)].map(Number) as [number, number, number];

/**
 * A day of the corpus, years spread evenly. Every sixth entry falls on the 1st of a
 * month and every twentieth on 1 January: the days a time zone bug shows as the day before.
 */
function entryDay(random: Random, index: number): string {
  const year = random.int(FIRST_YEAR, LAST_YEAR);
  if (index % 20 === 0) return `${year}-01-01`;
  if (index % 6 === 0) return `${year}-${String(random.int(1, year === LAST_YEAR ? LAST_MONTH : 12)).padStart(2, '0')}-01`;
  return randomDay(random, `${year}-01-01`, year === LAST_YEAR ? LAST_DAY : `${year}-12-31`);
}

/** `dd/mm/yyyy` of a `YYYY-MM-DD` day. */
const vietnameseDay = (day: string) => day.split('-').reverse().join('/');

/** Every value of a list once (shuffled), then random picks, as likely as their weight. */
function coverAll<T>(random: Random, values: readonly T[], count: number, weight: (value: T) => number = () => 1): T[] {
  const first = random.shuffle(values).slice(0, count);
  return [...first, ...Array.from({ length: count - first.length }, () => pickWeighted(random, values, weight))];
}

export function planNews(random: Random, count: number, slugs: SlugSet, sink: Sink): void {
  const categories = coverAll(random, NEWS_CATEGORIES, count);
  categories.forEach((category, index) => {
    const date = entryDay(random, index);
    const filler = new Filler(random, date);
    const phrases = NEWS_PHRASES[category];
    const title = filler.fill(random.pick(phrases.titles));
    const slug = slugs.claim(title);
    const folder = random.chance(0.15) ? 'tin-tuc' : `tin-tuc/${date.slice(0, 4)}`;
    // Every seventh article is marked for the home page's featured slot, always with a cover.
    const featured = index % 7 === 3;
    const withCover = random.chance(1 / 3) || featured;
    // Every ninth was corrected a few days later ("Cập nhật lần cuối").
    const updated = index % 9 === 4 && addDays(date, 3 + (index % 20)) <= LAST_DAY ? addDays(date, 3 + (index % 20)) : undefined;
    const author = random.chance(0.6) ? `${personName(random)} (${filler.value('phong')})` : filler.value('phong');
    const data = {
      title,
      date,
      category,
      summary: filler.fill(random.pick(phrases.summaries)),
      cover: withCover ? `${slug}.jpg` : undefined,
      coverAlt: withCover ? filler.fill(random.pick(phrases.coverAlts)) : undefined,
      author,
      source: random.chance(0.12) ? random.pick(SOURCES) : undefined,
      updated,
      featured: featured || undefined,
    };
    const body = newsBody(random, filler, category);
    sink.text(`${folder}/${slug}.md`, markdownFile(data, body));
    if (withCover) sink.image(`${folder}/${slug}.jpg`, { width: 1200, height: 800 });
  });
}

function newsBody(random: Random, filler: Filler, category: (typeof NEWS_CATEGORIES)[number]): string {
  return markdownBody(random, filler, {
    specific: NEWS_PHRASES[category].sentences,
    general: GENERAL_SENTENCES,
    headings: HEADINGS,
    listItems: LIST_ITEMS,
    listLeads: LIST_LEADS,
  });
}

/**
 * The first documents of a corpus large enough are the ones the law asks to be
 * listed apart: a draft still open for comment, one whose period is over, and a
 * budget disclosure. The open draft's deadline is counted from the day the
 * corpus is made, since the site works its status out on the day it is built.
 */
const LISTED_FIRST = ['Dự thảo lấy ý kiến', 'Dự thảo lấy ý kiến', 'Báo cáo'] as const;

export function planDocuments(random: Random, count: number, slugs: SlugSet, numbers: Set<string>, sink: Sink): void {
  const listed = count >= 6 ? LISTED_FIRST : [];
  const others = listed.length > 0 ? DOCUMENT_TYPES.filter((type) => !(listed as readonly string[]).includes(type)) : DOCUMENT_TYPES;
  const types = [...listed, ...coverAll(random, others, count - listed.length, (type) => TYPE_WEIGHTS[type])];
  const today = new Date().toISOString().slice(0, 10);
  const openUntil = addDays(today > LAST_DAY ? today : LAST_DAY, 30);
  types.forEach((type, index) => {
    // Every twelfth document takes effect after "today", so "Chưa có hiệu lực" shows up.
    const pending = index % 12 === 11;
    const open = listed.length > 0 && index === 0;
    const issued = pending || open ? addDays(LAST_DAY, -random.int(0, 20)) : entryDay(random, index);
    const doc = planDocument(random, type, issued, LAST_DAY, numbers, {
      pending,
      budget: listed.length > 0 && index === 2,
      deadline: open ? openUntil : undefined,
    });
    const slug = slugs.claim(`${type} ${doc.number}`);
    const issuers = Array.isArray(doc.issuer) ? doc.issuer : [doc.issuer];
    const files: (string | { file: string; title: string })[] = [
      random.chance(0.3) ? { file: `${slug}.pdf`, title: `Toàn văn ${type.toLowerCase()} số ${doc.number}` } : `${slug}.pdf`,
    ];
    const pdf = (name: string, heading: string, lines: string[]) =>
      sink.binary(`van-ban/${name}`, makePdf({ title: `${type} ${doc.number}`, heading, lines, day: doc.issued }));
    const signature = doc.signer ? ['', `Nguoi ky: ${doc.signer}`] : [];
    pdf(`${slug}.pdf`, issuers.join(' - ').toUpperCase(), [
      `${type.toUpperCase()} so ${doc.number}`,
      `Ngay ban hanh: ${vietnameseDay(doc.issued)}`,
      '',
      doc.summary,
      ...signature,
      '',
      'Ban mau do scripts/generate-demo.ts tao ra, khong co gia tri phap ly.',
    ]);
    if (random.chance(0.35)) {
      files.push({ file: `${slug}-phu-luc.pdf`, title: 'Phụ lục kèm theo' });
      pdf(`${slug}-phu-luc.pdf`, 'PHU LUC', [`Kem theo ${type} so ${doc.number}`, '', doc.summary, '', 'Ban mau, khong co gia tri phap ly.']);
    }
    const data = {
      number: doc.number,
      type,
      issuer: doc.issuer,
      field: doc.field,
      signer: doc.signer,
      issued: doc.issued,
      effective: doc.effective,
      status: doc.status,
      summary: doc.summary,
      files,
      comment: doc.comment,
      budget: doc.budget,
    };
    const body = random.chance(0.5)
      ? `Toàn văn ${type.toLowerCase()} số ${doc.number} ngày ${vietnameseDay(doc.issued)} được đăng kèm dưới dạng [tệp PDF](./${slug}.pdf) ` +
        `để cán bộ, công chức và người dân tiện tra cứu, thực hiện. Xem thêm [các văn bản năm ${doc.issued.slice(0, 4)}](${documentYearUrl(doc.issued.slice(0, 4))}).`
      : '';
    sink.text(`van-ban/${slug}.md`, markdownFile(data, body));
  });
}

export function planAlbums(random: Random, count: number, slugs: SlugSet, sink: Sink): number {
  let photoCount = 0;
  for (let index = 0; index < count; index++) {
    const date = entryDay(random, index + 3);
    const filler = new Filler(random, date);
    const title = filler.fill(random.pick(media.ALBUM_TITLES));
    const slug = slugs.claim(title);
    const alts = pickSome(random, media.PHOTO_ALTS, random.int(3, 10));
    const photos = alts.map((alt, i) => {
      const file = `anh-${String(i + 1).padStart(2, '0')}.jpg`;
      const portrait = random.chance(0.12);
      sink.image(`album-anh/${slug}/${file}`, portrait ? { width: 800, height: 1200 } : { width: 1200, height: 800 });
      return {
        file,
        alt: filler.fill(alt),
        caption: random.chance(0.8) ? filler.fill(random.pick(media.PHOTO_CAPTIONS)) : undefined,
        credit: random.chance(0.3) ? (random.chance(0.5) ? personName(random) : 'Sở Ngoại vụ tỉnh Sơn La') : undefined,
      };
    });
    photoCount += photos.length;
    const data = {
      title,
      date,
      summary: filler.fill(random.pick(media.ALBUM_SUMMARIES)),
      cover: random.chance(0.35) ? random.pick(photos).file : undefined,
      photos,
    };
    sink.text(`album-anh/${slug}/index.md`, markdownFile(data));
  }
  return photoCount;
}

const ID_FIRST = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_REST = `${ID_FIRST}0123456789-_`;

/** An 11-character YouTube-shaped id; it starts with a letter so YAML never reads it as a number. */
export function youtubeId(random: Random): string {
  let id = random.pick([...ID_FIRST]);
  for (let i = 0; i < 10; i++) id += random.pick([...ID_REST]);
  return id;
}

export function planVideos(random: Random, count: number, slugs: SlugSet, sink: Sink): void {
  for (let index = 0; index < count; index++) {
    const date = entryDay(random, index + 5);
    const filler = new Filler(random, date);
    const title = filler.fill(random.pick(media.VIDEO_TITLES));
    const slug = slugs.claim(title);
    const seconds = String(random.int(0, 59)).padStart(2, '0');
    const duration = random.chance(0.15) ? `1:${String(random.int(0, 59)).padStart(2, '0')}:${seconds}` : `${random.int(0, 29)}:${seconds}`;
    const data = {
      title,
      date,
      summary: random.chance(0.9) ? filler.fill(random.pick(media.VIDEO_SUMMARIES)) : undefined,
      source: { youtube: youtubeId(random) },
      poster: `${slug}.jpg`,
      posterAlt: filler.fill(random.pick(media.POSTER_ALTS)),
      duration: duration === '0:00' ? '0:45' : duration,
    };
    const transcript = random.chance(0.4) ? media.TRANSCRIPT_LINES.map((line) => filler.fill(line)).join('\n\n') : '';
    sink.text(`video/${slug}.md`, markdownFile(data, transcript));
    sink.image(`video/${slug}.jpg`, { width: 1280, height: 720 });
  }
}

/** Two sample deputy directors with portraits, after the real director (order 1). */
export function planLeaders(random: Random, slugs: SlugSet, sink: Sink): void {
  for (const order of [3, 4]) {
    const name = personName(random);
    const slug = slugs.claim(name);
    const data = {
      name,
      position: 'Phó Giám đốc Sở Ngoại vụ tỉnh Sơn La',
      order,
      phone: `0912 ${String(random.int(100, 999))} ${String(random.int(100, 999))}`,
      photo: `${slug}.jpg`,
      photoAlt: `Chân dung ${name}`,
    };
    const body = `${name} phụ trách công tác hợp tác quốc tế và lãnh sự của Sở.`;
    sink.text(`lanh-dao/${slug}.md`, markdownFile(data, body));
    sink.image(`lanh-dao/${slug}.jpg`, { width: 800, height: 1000 });
  }
}

/** The seed of a picture: from the corpus seed and its path, so pictures never depend on rendering order. */
export const imageSeed = (seed: number, path: string) => hashText(`${seed}:image:${path}`);
