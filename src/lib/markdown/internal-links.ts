import { posix } from 'node:path';
import type { SiteIndex } from '../routing/urls';

/** What a link in a Markdown body turns into. */
export type LinkResolution =
  /** Another site, an e-mail, a phone number, or an anchor on the same page: left as written. */
  | { kind: 'external' }
  /** A page or file of this site, at `url` (with the `#part` kept). */
  | { kind: 'internal'; url: string }
  /** Points at nothing the site publishes. */
  | { kind: 'broken'; expected: string };

/** A scheme (`https:`, `mailto:`, `tel:`), a protocol-relative `//host`, or only `#part`. */
const LEFT_ALONE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

function splitSuffix(href: string): { path: string; suffix: string } {
  const at = href.search(/[?#]/);
  return at < 0 ? { path: href, suffix: '' } : { path: href.slice(0, at), suffix: href.slice(at) };
}

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function sitePath(path: string, suffix: string, index: SiteIndex): LinkResolution {
  if (index.urls.has(path)) return { kind: 'internal', url: path + suffix };
  if (!path.endsWith('/') && index.urls.has(`${path}/`)) return { kind: 'internal', url: `${path}/${suffix}` };
  return {
    kind: 'broken',
    expected: 'địa chỉ một trang có trên trang web, ví dụ /van-ban/<tên-tệp-văn-bản>/ (tên tệp không có .md); không có trang nào ở địa chỉ này',
  };
}

function relativePath(path: string, suffix: string, fromFile: string, index: SiteIndex): LinkResolution {
  const target = posix.normalize(posix.join(posix.dirname(fromFile), decode(path)));
  if (target.startsWith('../') || !index.files.has(target)) {
    return { kind: 'broken', expected: `đường dẫn tới một tệp có thật trong thư mục content/: không tìm thấy ${target}` };
  }
  const url = index.published.get(target);
  if (url) return { kind: 'internal', url: url + suffix };
  return {
    kind: 'broken',
    expected: `liên kết tới tệp được xuất bản: ${target} có nhưng không được đưa lên trang (tệp đính kèm phải khai báo trong trường "files" của văn bản; ảnh chèn bằng ![mô tả](./ten-anh.jpg))`,
  };
}

/**
 * Resolves a link written in the Markdown of `fromFile` (content-relative:
 * `tin-tuc/2025/hop-bao.md`). Site paths (`/van-ban/qd-12/`) must be pages or
 * files the build writes; relative links (`../van-ban/qd-12.md`) must be
 * files of the content tree that are published, and become their URL.
 */
export function resolveLink(href: string, fromFile: string, index: SiteIndex): LinkResolution {
  const written = href.trim();
  if (written === '' || LEFT_ALONE.test(written)) return { kind: 'external' };
  const { path, suffix } = splitSuffix(written);
  if (path.startsWith('/')) return sitePath(decode(path), suffix, index);
  return relativePath(path, suffix, fromFile, index);
}

/** Whether an image written in the Markdown of `fromFile` is a file beside it that exists. */
export function localImageExists(src: string, fromFile: string, index: SiteIndex): boolean {
  if (LEFT_ALONE.test(src) || src.startsWith('/')) return true;
  const target = posix.normalize(posix.join(posix.dirname(fromFile), decode(splitSuffix(src).path)));
  return index.files.has(target);
}
