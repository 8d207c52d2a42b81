/** True in a build, false in `astro dev`: whether pages carry the Content Security Policy (src/integrations/security-headers.ts). */
declare const __SITE_CSP__: boolean;
