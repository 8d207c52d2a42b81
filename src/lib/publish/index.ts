/** Publishing the build: precompressed copies, redirects, the nginx configuration. */
export { isCompressible, precompressFiles } from './compress';
export { NGINX_MAPS_FILE, nginxMapsFile, nginxSiteConfig, publicNginxFile } from './nginx-config';
export { isHostFile } from './host-files';
export { REDIRECTS_FILE, readRedirects, redirectPage, redirectPageFile, redirectPageFiles, redirectProblems, redirectsFile } from './redirects';
