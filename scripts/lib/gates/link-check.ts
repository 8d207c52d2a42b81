export interface LinkCheck {
  url: string;
  ok: boolean;
  /** The final HTTP status, when the site answered. */
  status?: number;
  /** Why it failed, in Vietnamese, when it did not answer. */
  error?: string;
}

/**
 * Asks a site whether a link still works: HEAD first (cheap), then GET, since
 * many government servers refuse or mishandle HEAD. Redirects are followed;
 * any answer below 400 counts as working.
 */
export async function checkLink(url: string, timeoutMs = 10_000): Promise<LinkCheck> {
  const ask = (method: 'HEAD' | 'GET') =>
    fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) }).then(async (response) => {
      await response.body?.cancel();
      return response.status;
    });
  try {
    let status = await ask('HEAD').catch(() => undefined);
    if (status === undefined || status >= 400) status = await ask('GET');
    return { url, ok: status < 400, status };
  } catch (error) {
    const { name, cause } = error as Error & { cause?: { code?: string; message?: string } };
    const reason =
      name === 'TimeoutError'
        ? `không trả lời sau ${timeoutMs / 1000} giây`
        : `không kết nối được (${cause?.code ?? cause?.message ?? (error as Error).message})`;
    return { url, ok: false, error: reason };
  }
}

/** Checks every link, a few at a time so no server sees a burst. */
export async function checkLinks(urls: readonly string[], timeoutMs?: number, parallel = 4): Promise<LinkCheck[]> {
  const results: LinkCheck[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      results[index] = await checkLink(urls[index]!, timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, urls.length) }, worker));
  return results;
}
