/** The sizes of the A− A A+ control; `normal` is the browser's own. */
export const TEXT_SIZES = ['small', 'normal', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

const STORAGE_KEY = 'co-chu';

const isTextSize = (value: unknown): value is TextSize => TEXT_SIZES.includes(value as TextSize);

/** The size chosen on an earlier page; storage can be off (private windows, policies). */
function storedSize(): TextSize {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isTextSize(value) ? value : 'normal';
  } catch {
    return 'normal';
  }
}

function applySize(size: TextSize): void {
  if (size === 'normal') delete document.documentElement.dataset.textSize;
  else document.documentElement.dataset.textSize = size;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-text-size]')) {
    button.setAttribute('aria-pressed', String(button.dataset.textSize === size));
  }
}

/** Applies the remembered size, shows the controls and remembers each choice. */
export function startTextSizeControls(): void {
  applySize(storedSize());
  for (const control of document.querySelectorAll<HTMLElement>('[data-text-size-control]')) {
    control.hidden = false;
    control.addEventListener('click', (event) => {
      const size = (event.target as Element).closest<HTMLButtonElement>('button[data-text-size]')?.dataset.textSize;
      if (!isTextSize(size)) return;
      applySize(size);
      try {
        localStorage.setItem(STORAGE_KEY, size);
      } catch {
        // Not remembered: the size still applies to this page.
      }
    });
  }
}
