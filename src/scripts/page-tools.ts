import { t } from '../i18n';
import { formatDate } from '../lib/dates';

/** Shows the print buttons (they need JavaScript) and dates the printed copy. */
export function startPageTools(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-page]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  // Also when the browser's own Print is used.
  window.addEventListener('beforeprint', () => {
    for (const stamp of document.querySelectorAll('[data-printed-on]')) {
      stamp.textContent = ` — ${t('tools.printedOn', { date: formatDate(new Date()) })}`;
    }
  });
}
