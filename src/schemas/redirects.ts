import { z } from 'astro/zod';

/**
 * An old address: a path from the root, optionally with its query string
 * (`/index.php?option=com_content&id=12`, `/Default.aspx?tabid=80`). Spaces,
 * quotes, `$`, `;`, `{`, `}` and `#` are refused: nginx reads them as syntax.
 */
const oldAddress = () =>
  z
    .string()
    .trim()
    .regex(/^\/[^\s"'$;{}#\\]*$/, 'một địa chỉ cũ bắt đầu bằng "/", có thể kèm "?…", không có dấu cách, dấu nháy, $ ; { } # \\');

/** A page of this site: a path that starts and ends with "/", without query or fragment. */
const sitePage = () =>
  z
    .string()
    .trim()
    .regex(/^\/(?:[a-z0-9-]+\/)*$/, 'đường dẫn một trang của site, chữ thường không dấu, bắt đầu và kết thúc bằng "/", ví dụ /tin-tuc/ten-bai/');

/**
 * `content/cai-dat/chuyen-huong.yaml`: the old site's addresses and the page
 * each now leads to (301). The build checks that every target is a page of
 * the build and that no address leads to another old address.
 */
export const redirectsSchema = () =>
  z
    .object({
      redirects: z.array(
        z
          .object({
            /** The old address: `/old/path.html`, `/index.php?option=com_content&id=12`. */
            from: oldAddress(),
            /** The page it now leads to: `/tin-tuc/ten-bai/`. */
            to: sitePage(),
          })
          .strict(),
      ),
    })
    .strict();
