/**
 * Files of the build that a host reads and never serves as pages: the rules
 * of Netlify and Cloudflare Pages, nginx's maps, the compressed copies nginx
 * sends in place of a file. The offline copy and the web archive leave them out.
 */
export function isHostFile(relativePath: string): boolean {
  const path = relativePath.replace(/^\/+/, '');
  return path === '_headers' || path === '_redirects' || path.startsWith('_nginx/') || /\.(br|gz)$/.test(path);
}
