import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build/build-site';

const OUT = '.tmp/real-dist';
const read = (path: string) => parseHTML(readFileSync(join(OUT, path, 'index.html'), 'utf8')).document;
const text = (document: Document, selector: string) => [...document.querySelectorAll(selector)].map((el) => el.textContent!.replace(/\s+/g, ' ').trim());

beforeAll(async () => {
  await buildSite({ outDir: OUT });
});

describe('the real content of content/', () => {
  it('publishes the legacy article as the history page, glitches fixed, with its timeline from data', () => {
    const history = read('gioi-thieu/qua-trinh-xay-dung-va-phat-trien');
    const body = history.querySelector('main .prose')!.textContent!;
    expect(body).toContain('quan hệ đối ngoại của tỉnh Sơn La luôn được chú trọng');
    expect(body).toContain('với 23 nhiệm vụ cụ thể');
    expect(body).toContain('xây dựng đội ngũ cán bộ');
    expect(body).toContain('Bộ Ngoại giao, các Bộ/Ban/Ngành');
    expect(body).not.toMatch(/Sơn Laluôn|với23|ngũcán|Ngoai giao/);
    expect(text(history, '.timeline li .period')).toEqual(['1967', '1969', '1984–1985', '1989', '1991–2000', '2000–2003', '2003–2005', '2005']);
    expect(text(history, 'main .meta')[0]).toBe('Tác giả: Cầm Văn Phương - Giám đốc Sở Ngoại vụ tỉnh Sơn La');
  });

  it('lists the director among the leaders and the legal basis among the documents', () => {
    expect(text(read('gioi-thieu/lanh-dao'), 'main h2')).toEqual(['Cầm Văn Phương']);
    const doc = read('van-ban/thong-tu-lien-tich-02-2015-ttlt-bng-bnv');
    const rows = Object.fromEntries(
      [...doc.querySelectorAll('table.metadata tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]),
    );
    expect(rows).toMatchObject({
      'Số/ký hiệu': '02/2015/TTLT-BNG-BNV',
      'Loại văn bản': 'Thông tư liên tịch',
      'Cơ quan ban hành': 'Bộ Ngoại giao – Bộ Nội vụ',
      'Ngày ban hành': '28/06/2015',
      'Ngày hiệu lực': 'Chưa cập nhật',
    });
    expect(text(doc, 'main .empty')).toEqual(['Văn bản này chưa có tệp đính kèm trên trang.']);
  });

  it('shows the hotline in today’s format and the old counter carried forward', () => {
    const home = read('');
    const hotline = home.querySelector('header a[href^="tel:"]')!;
    expect(hotline.getAttribute('href')).toBe('tel:+842123850384');
    expect(hotline.textContent!.replace(/\s+/g, ' ').trim()).toBe('Đường dây nóng: 0212 3850 384');
    expect(home.querySelector('#widget-stats')!.parentElement!.querySelector('data')!.getAttribute('value')).toBe('96317');
  });

  it('with little content, the home page shows what a visitor can use, not a column of empty boxes; lists keep their empty state', () => {
    const home = read('');
    expect(text(home, 'main .empty')).toEqual([]);
    expect(text(home, 'aside .empty')).toEqual(['Số liệu truy cập của trang mới sẽ hiện khi có dữ liệu thống kê.']);
    expect(text(home, 'main h2')).toEqual(['Thông tin cần biết', 'Văn bản mới ban hành']);
    expect([...home.querySelectorAll('main .essentials a')].map((a) => a.getAttribute('href'))).toEqual([
      '/gioi-thieu/',
      '/thu-tuc-hanh-chinh/',
      '/van-ban/',
      'tel:+842123850384',
      '/lien-he/',
    ]);
    expect(text(read('tin-tuc'), 'main .empty')).toEqual(['Chưa có tin nào.']);
    expect(text(read('tin-tuc'), 'aside .empty')).toEqual([
      'Chưa có số liệu lượt xem. Mục này hiện khi có số liệu thống kê truy cập.',
      'Chưa có video nào.',
      'Chưa có album ảnh nào.',
      'Số liệu truy cập của trang mới sẽ hiện khi có dữ liệu thống kê.',
    ]);
    expect(text(home, 'aside #widget-links ~ .widget-body a')).toEqual([
      'Cổng Thông tin điện tử Chính phủ',
      'Bộ Ngoại giao',
      'Bộ Nội vụ',
      'Cổng Dịch vụ công quốc gia',
      'Cổng Thông tin điện tử tỉnh Sơn La',
    ]);
  });

  it('puts the agency’s contacts and who is responsible in the footer, saying what is not yet confirmed', () => {
    const footer = read('lien-he').querySelector('footer')!.textContent!.replace(/\s+/g, ' ');
    expect(footer).toContain('Chịu trách nhiệm nội dung: Cầm Văn Phương, Giám đốc Sở Ngoại vụ tỉnh Sơn La');
    expect(footer).toContain('Địa chỉ: đang cập nhật');
  });
});
