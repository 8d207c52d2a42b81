import type { Capture } from './captures';
import { ENTRY_IMAGE_EXTENSIONS, FolderNames, attachmentExtensionOf, imageExtension } from './assets';
import type { Article } from './extract';
import { tidyBody, toMarkdown } from './markdown';

export interface RenderContext {
  article: Article;
  /** Names handed out in the folder the entry's files go to. */
  names: FolderNames;
  /** Stem of the entry's image names: its slug (`hop-bao-quy-1`). */
  stem: string;
  find: (url: string) => Capture | undefined;
  /** The new address of an old page that is imported, or undefined. */
  newAddressOf: (url: string) => string | undefined;
  isOldSite: (url: string) => boolean;
}

export interface Picture {
  name: string;
  bytes: Buffer;
  alt: string;
  caption?: string;
}

export interface Attachment {
  name: string;
  bytes: Buffer;
  title: string;
}

export interface Rendered {
  markdown: string;
  pictures: Picture[];
  attachments: Attachment[];
  /** Old addresses of pictures and files the saved copy does not hold. */
  missing: { url: string; what: string }[];
  notes: string[];
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
/** Alt texts that describe nothing: file names, "image", "ảnh". */
const EMPTY_ALT = /^(|image|img|photo|picture|ảnh|hình|hình ảnh|untitled|[\w-]+\.(jpe?g|png|gif|webp))$/i;

function absolute(href: string | null, base: string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

/** The caption old portals put beside a picture: a figcaption, the next row of its table, or the italic line below it. */
function captionOf(image: Element): { text: string; holder?: Element; frame?: Element } | undefined {
  const figure = image.closest('figure');
  if (figure) return { text: squash(figure.querySelector('figcaption')?.textContent), holder: figure.querySelector('figcaption') ?? undefined, frame: figure };
  const table = image.closest('table');
  if (table && table.querySelectorAll('img').length === 1 && table.querySelectorAll('tr').length <= 3 && squash(table.textContent).length < 300) {
    return { text: squash(table.textContent), frame: table };
  }
  const block = image.closest('p, div');
  if (block && squash(block.textContent) === '') {
    const next = block.nextElementSibling;
    const text = squash(next?.textContent);
    const looksLikeCaption =
      next &&
      text.length > 0 &&
      text.length < 250 &&
      (next.querySelector('em, i') ||
        /center|caption|chu-?thich|desc/i.test(`${next.getAttribute('style')} ${next.getAttribute('align')} ${next.getAttribute('class')}`));
    if (looksLikeCaption) return { text, holder: next!, frame: block };
    return { text: '', frame: block };
  }
  return undefined;
}

function unwrap(element: Element): void {
  element.replaceWith(...[...element.childNodes]);
}

/**
 * Turns an article's body into Markdown for the new site: pictures copied
 * beside the entry with their captions, attachments copied (documents list
 * them in `files`), links to imported pages pointed at their new address,
 * and what cannot be kept reported for review.
 */
export function renderBody(context: RenderContext, options: { keepAttachments: boolean; picturesInBody: boolean }): Rendered {
  const { article, names, find } = context;
  const body = article.body;
  const document = body.ownerDocument;
  const rendered: Rendered = { markdown: '', pictures: [], attachments: [], missing: [], notes: [] };

  for (const frame of [...body.querySelectorAll('iframe')]) {
    const id = /youtube(?:-nocookie)?\.com\/embed\/([\w-]{11})/.exec(frame.getAttribute('src') ?? '')?.[1];
    if (!id) continue;
    const link = document.createElement('p');
    link.innerHTML = `<a href="https://www.youtube.com/watch?v=${id}">Xem video trên YouTube</a>`;
    frame.replaceWith(link);
    rendered.notes.push(`video YouTube ${id} trong bài đã thay bằng liên kết; có thể đăng ở mục Video`);
  }

  let counter = 0;
  for (const image of [...body.querySelectorAll('img')]) {
    const url = absolute(image.getAttribute('data-original') ?? image.getAttribute('data-src') ?? image.getAttribute('src'), article.url);
    const caption = captionOf(image);
    const capture = url ? find(url) : undefined;
    const extension = capture ? imageExtension(capture.bytes) : undefined;
    const allowed = extension && (options.picturesInBody ? true : ENTRY_IMAGE_EXTENSIONS.has(extension));
    if (!url || !capture || !allowed) {
      if (url && !url.startsWith('data:')) rendered.missing.push({ url, what: capture ? 'ảnh (định dạng không dùng được)' : 'ảnh' });
      if (caption?.holder) caption.holder.remove();
      image.remove();
      continue;
    }
    counter++;
    const name = names.take(`${context.stem}-${counter}`, extension!);
    const written = squash(image.getAttribute('alt') ?? image.getAttribute('title'));
    let alt = EMPTY_ALT.test(written) ? caption?.text || '' : written;
    if (!alt) {
      alt = `${article.title} (ảnh ${counter})`;
      rendered.notes.push(`ảnh ${name} không có mô tả: đã tạm dùng tên bài, hãy viết mô tả ảnh`);
    }
    rendered.pictures.push({ name, bytes: capture.bytes, alt, caption: caption?.text || undefined });
    const figure = document.createElement('figure');
    const img = document.createElement('img');
    img.setAttribute('src', `./${name}`);
    img.setAttribute('alt', alt);
    figure.append(img);
    if (caption?.text) {
      const figcaption = document.createElement('figcaption');
      figcaption.textContent = caption.text;
      figure.append(figcaption);
    }
    if (caption?.holder && caption.holder !== caption.frame) caption.holder.remove();
    const link = image.closest('a');
    if (caption?.frame && body.contains(caption.frame) && caption.frame.querySelectorAll('img').length === 1) caption.frame.replaceWith(figure);
    else if (link && body.contains(link)) link.replaceWith(figure);
    else image.replaceWith(figure);
    if (!options.picturesInBody) figure.remove();
  }

  for (const link of [...body.querySelectorAll('a'), ...article.links]) {
    const href = link.getAttribute('href')?.trim() ?? '';
    if (href.startsWith('#') || /^(mailto|tel):/i.test(href)) continue;
    const url = absolute(href, article.url);
    if (!url || /^javascript:/i.test(href)) {
      unwrap(link);
      continue;
    }
    if (!context.isOldSite(url)) {
      link.setAttribute('href', url);
      continue;
    }
    const text = squash(link.textContent);
    const extension = attachmentExtensionOf(url);
    if (extension) {
      const capture = find(url);
      if (!capture) {
        if (!rendered.missing.some((missing) => missing.url === url)) rendered.missing.push({ url, what: `tệp đính kèm "${text}"` });
        unwrap(link);
      } else if (!options.keepAttachments) {
        rendered.notes.push(
          `tệp đính kèm "${text || url}" chưa được đăng: chỉ văn bản (mục van-ban) có tệp đính kèm; hãy đăng thành một văn bản và dẫn liên kết tới đó`,
        );
        unwrap(link);
      } else {
        const known = rendered.attachments.find((attachment) => attachment.bytes.equals(capture.bytes));
        const name =
          known?.name ??
          names.take(
            text ||
              new URL(url).pathname
                .split('/')
                .pop()!
                .replace(/\.[^.]*$/, ''),
            extension,
          );
        if (!known) rendered.attachments.push({ name, bytes: capture.bytes, title: text || name });
        link.setAttribute('href', `./${name}`);
      }
      continue;
    }
    const target = context.newAddressOf(url);
    if (target) link.setAttribute('href', target);
    else {
      if (!find(url))
        rendered.notes.push(`liên kết "${text}" tới trang cũ không có trong bản lưu (${new URL(url).pathname}${new URL(url).search}): đã bỏ liên kết, giữ chữ`);
      unwrap(link);
    }
  }

  tidyBody(body);
  rendered.markdown = toMarkdown(body.innerHTML);
  return rendered;
}
