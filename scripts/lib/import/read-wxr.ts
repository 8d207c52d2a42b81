import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DOMParser } from 'linkedom';
import { glob } from 'tinyglobby';
import { addCapture, emptySite, type SavedSite } from './captures';

const text = (item: Element, tag: string) => item.getElementsByTagName(tag)[0]?.textContent?.trim() ?? '';

/**
 * Reads a WordPress export (WXR, "Tools → Export"): its posts and pages, and
 * the uploaded files when the export's `wp-content/` folder is saved beside
 * the XML (the export itself holds only their addresses).
 */
export async function readWxr(path: string): Promise<SavedSite> {
  const site = emptySite('wxr');
  const xml = (await readFile(path, 'utf8')).normalize('NFC');
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const channel = document.getElementsByTagName('channel')[0];
  if (!channel || !xml.includes('wordpress.org/export/')) {
    throw new Error(`Tệp ${path} không phải bản xuất WordPress (WXR): không thấy <channel> và không gian tên wp.`);
  }
  const base = text(channel, 'wp:base_site_url') || text(channel, 'link') || 'http://old-site.invalid';
  site.hosts.add(new URL(base).host.toLowerCase());
  // Posts name their author by login ("admin"); the export lists each login's display name.
  const displayNames = new Map(
    [...document.getElementsByTagName('wp:author')].map((author) => [text(author, 'wp:author_login'), text(author, 'wp:author_display_name')] as const),
  );
  for (const item of [...document.getElementsByTagName('item')]) {
    const type = text(item, 'wp:post_type') || 'post';
    const url = text(item, 'link') || `${base}/?p=${text(item, 'wp:post_id')}`;
    const date = text(item, 'wp:post_date');
    site.items.push({
      url,
      type,
      status: text(item, 'wp:status') || 'publish',
      title: text(item, 'title'),
      date: date && !date.startsWith('0000') ? date : text(item, 'pubDate') || undefined,
      author: displayNames.get(text(item, 'dc:creator')) || undefined,
      excerpt: text(item, 'excerpt:encoded') || undefined,
      html: item.getElementsByTagName('content:encoded')[0]?.textContent ?? '',
      categories: [...item.getElementsByTagName('category')].filter((c) => c.getAttribute('domain') === 'category').map((c) => c.textContent!.trim()),
    });
  }
  const uploads = join(dirname(path), 'wp-content');
  if (existsSync(uploads)) {
    for (const file of await glob('**/*', { cwd: uploads, onlyFiles: true })) {
      addCapture(site, { url: `${base.replace(/\/+$/, '')}/wp-content/${file}`, bytes: await readFile(join(uploads, file)), origin: join('wp-content', file) });
    }
  }
  return site;
}
