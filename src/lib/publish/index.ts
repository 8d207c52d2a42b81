/** Publishing the build: precompressed copies, redirects, the nginx configuration. */
export { COMPRESSIBLE_EXTENSIONS, isCompressible, precompressFiles, type CompressionResult } from './compress';
export { NGINX_FOLDER, NGINX_MAPS_FILE, PUBLIC_SITE_CONFIG, nginxMapsFile, nginxSiteConfig, publicNginxFile, type NginxSiteOptions } from './nginx-config';
export { isHostFile } from './host-files';
export { REDIRECTS_FILE, readRedirects, redirectPage, redirectPageFile, redirectPageFiles, redirectProblems, redirectsFile, type Redirect } from './redirects';
