export interface FrontMatter {
  /** The YAML text. */
  yaml: string;
  /** Line of the file where the YAML starts (1-based). */
  firstLine: number;
  /** Offset in the file where the body (after the closing `---`) starts. */
  bodyStart: number;
}

/**
 * The front matter of a Markdown file (between a first line `---` and the next
 * line `---`), or null when the file does not start with one; a YAML settings
 * file is all front matter. The one splitter of the site's code.
 */
export function splitFrontMatter(source: string, kind: 'markdown' | 'yaml' = 'markdown'): FrontMatter | null {
  if (kind === 'yaml') return { yaml: source, firstLine: 1, bodyStart: source.length };
  const match = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? { yaml: match[1] ?? '', firstLine: 2, bodyStart: match[0].length } : null;
}

/**
 * A Markdown file with its front matter (`bodyStart` characters) blanked, not
 * cut, so the lines of its body keep their numbers in the whole file.
 */
export function blankFrontMatter(source: string, bodyStart: number): string {
  return source.slice(0, bodyStart).replace(/[^\n]/g, '') + source.slice(bodyStart);
}
