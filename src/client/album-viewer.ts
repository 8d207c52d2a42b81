/**
 * The album's photo viewer: a modal <dialog> opened from a thumbnail, with
 * previous/next by buttons, arrow keys and swipe, "ảnh 3 / 40", Escape to
 * close, and focus back on the thumbnail of the photo last shown.
 */
import { t } from '../i18n';

/** Horizontal distance, in CSS pixels, that counts as a swipe. */
const SWIPE_DISTANCE = 50;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`album viewer: missing ${selector}`);
  return found;
}

export function startAlbumViewer(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-viewer]');
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-album] a[data-viewer-srcset]')];
  if (!dialog || links.length === 0) return;
  const area = required<HTMLElement>(dialog, '[data-viewer-figure]');
  const image = document.createElement('img');
  image.sizes = '100vw';
  area.prepend(image);
  const caption = required<HTMLElement>(dialog, '[data-viewer-caption]');
  const counter = required<HTMLElement>(dialog, '[data-viewer-counter]');
  let current = 0;

  function show(index: number): void {
    current = (index + links.length) % links.length;
    const link = links[current]!;
    const thumbnail = link.querySelector('img');
    image.srcset = link.dataset.viewerSrcset ?? '';
    image.src = link.href;
    image.alt = thumbnail?.alt ?? '';
    caption.textContent = link.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? '';
    counter.textContent = t('albums.viewer.counter', { n: current + 1, total: links.length });
  }

  links.forEach((link, index) => {
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      show(index);
      dialog.showModal();
    });
  });
  required<HTMLButtonElement>(dialog, '[data-viewer-prev]').addEventListener('click', () => show(current - 1));
  required<HTMLButtonElement>(dialog, '[data-viewer-next]').addEventListener('click', () => show(current + 1));
  required<HTMLButtonElement>(dialog, '[data-viewer-close]').addEventListener('click', () => dialog.close());
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowLeft') show(current - 1);
    else if (event.key === 'ArrowRight') show(current + 1);
  });
  // Escape closes a modal dialog natively; either way, focus returns to the photo's thumbnail.
  dialog.addEventListener('close', () => links[current]!.focus());

  // Swipes are read on the whole photo area, not just the picture, which may still be loading.
  let startX: number | undefined;
  area.addEventListener('pointerdown', (event) => {
    startX = event.clientX;
  });
  area.addEventListener('pointerup', (event) => {
    if (startX === undefined) return;
    const distance = event.clientX - startX;
    startX = undefined;
    if (Math.abs(distance) >= SWIPE_DISTANCE) show(distance < 0 ? current + 1 : current - 1);
  });
}
