import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REDIRECTS_FILE } from '../../src/lib/publish';

/** Old addresses of the kinds the old site had (Joomla, DotNetNuke, plain files) and the page each leads to. */
export const TEST_REDIRECTS = [
  { from: '/index.php?option=com_content&view=article&id=123', to: '/gioi-thieu/qua-trinh-xay-dung-va-phat-trien/' },
  { from: '/Default.aspx?tabid=80', to: '/lien-he/' },
  { from: '/tin-tuc/tin-cu.html', to: '/tin-tuc/' },
  { from: '/van-ban-cu/', to: '/van-ban/' },
] as const;

/** Writes `cai-dat/chuyen-huong.yaml` into a generated corpus, in the shape staff and the importer write. */
export function addRedirectFixtures(contentDir: string): void {
  const items = TEST_REDIRECTS.map(({ from, to }) => `  - from: ${JSON.stringify(from)}\n    to: ${to}\n`).join('');
  writeFileSync(join(contentDir, REDIRECTS_FILE), `redirects:\n${items}`);
}
