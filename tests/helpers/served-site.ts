import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { TEST_DIST, page } from './built-site';
import { launchChromium } from '../../scripts/lib/shared/chromium';
import { serveStatic } from '../../scripts/lib/shared/static-server';

export interface ServedSite {
  browser: Browser;
  /** `http://127.0.0.1:<port>`, where the test build is served. */
  url: string;
}

/** Serves the test build and starts Chromium for the tests of one file; both stop after it. */
export function useServedSite(): ServedSite {
  const site = {} as ServedSite;
  let close = async () => {};
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchChromium(), serveStatic(TEST_DIST)]);
    Object.assign(site, { browser, url: server.url });
    close = async () => {
      await Promise.all([browser.close(), server.close()]);
    };
  });
  afterAll(() => close());
  return site;
}

/** One page of each type in the test build, found through the lists that link to them. */
export function samplePages(): string[] {
  const firstLink = (path: string, selector: string) => page(path).querySelector(selector)!.getAttribute('href')!;
  return [
    '/',
    '/gioi-thieu/',
    '/gioi-thieu/qua-trinh-xay-dung-va-phat-trien/',
    '/gioi-thieu/lanh-dao/',
    '/gioi-thieu/lanh-dao/cam-van-phuong/',
    '/tin-tuc/',
    '/tin-tuc/trang/2/',
    firstLink('/tin-tuc/', 'main .news-title a'),
    '/tin-tuc/chuyen-muc/hop-tac-quoc-te/',
    '/van-ban/',
    firstLink('/van-ban/', 'main tbody a'),
    '/album-anh/',
    firstLink('/album-anh/', 'main .title a'),
    '/video/',
    firstLink('/video/', 'main .title a'),
    '/van-ban/nam/2015/',
    '/thu-tuc-hanh-chinh/',
    firstLink('/thu-tuc-hanh-chinh/', 'main .procedures a'),
    '/hoi-dap/',
    firstLink('/hoi-dap/', 'main .question a'),
    '/lich-cong-tac/',
    firstLink('/lich-cong-tac/', 'main ul:not(.events) li a[href^="/lich-cong-tac/"]'),
    '/lien-he/',
    '/tim-kiem/',
    '/404.html',
  ];
}
