/** The text Pagefind indexes of a built page: its `data-pagefind-body`, without what is marked `data-pagefind-ignore`. */
export function indexedText(document: Document): string | undefined {
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const content = body.cloneNode(true) as Element;
  for (const ignored of content.querySelectorAll('[data-pagefind-ignore], script, style, template')) ignored.remove();
  return (content.textContent ?? '').replace(/\s+/g, ' ').trim();
}
