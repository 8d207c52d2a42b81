import Callout from './Callout.astro';
import Figure from './Figure.astro';
import YouTube from './YouTube.astro';

/**
 * The components an MDX body may use, handed to every `<Content />` by the
 * site: content never imports them. Their names and attributes are the
 * allowlist of src/lib/security/mdx-subset.ts; keep the two in step.
 */
export const CONTENT_COMPONENTS = { Callout, Figure, YouTube };
