/** What content may do, and the checks that hold it to that (docs/dev/security.md). */
export * from './html-allowlist';
export * from './mdx-subset';
export * from './content-files';
export * from './input-limits';
export * from './unsafe-files';
