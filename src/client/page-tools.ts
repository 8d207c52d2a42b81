import { formatDate } from '../lib/shared/dates';

/** Shows the print buttons (they need JavaScript) and dates the printed copy. */
export function startPageTools(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-page]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  // Also when the browser's own Print is used.
  window.addEventListener('beforeprint', () => {
    // The label comes from the page ("In ngày {date}"), so the script carries no dictionary.
    for (const stamp of document.querySelectorAll<HTMLElement>('[data-printed-on]')) {
      stamp.textContent = ` — ${stamp.dataset.printedOn!.replace('{date}', formatDate(new Date()))}`;
    }
  });
}
