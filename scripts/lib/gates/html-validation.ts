import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { glob } from 'tinyglobby';

/**
 * Folders of a build that are not our pages: the web editor is Sveltia CMS's
 * own page (a third-party app, shipped as it comes, see src/integrations/cms-admin.ts).
 */
export const NOT_OUR_PAGES = ['admin/**'];

/** The repository's `.htmlvalidate.mjs`, loaded once whatever folder is validated. */
async function loadConfig(): Promise<ConfigData> {
  const module = (await import(pathToFileURL(resolve('.htmlvalidate.mjs')).href)) as { default: ConfigData };
  return module.default;
}

export interface HtmlProblem {
  /** The page's path inside the build, e.g. `tin-tuc/index.html`. */
  file: string;
  rule: string;
  message: string;
  /** Where in the page, as a CSS selector (built pages are minified onto a few lines). */
  selector: string;
}

/** Validates every HTML page of a build (the editor excepted) and lists each error. */
export async function validateBuiltHtml(buildDir: string): Promise<{ pages: number; problems: HtmlProblem[] }> {
  const validator = new HtmlValidate(new StaticConfigLoader(await loadConfig()));
  const files = (await glob('**/*.html', { cwd: buildDir, ignore: NOT_OUR_PAGES })).sort();
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await validator.validateFile(resolve(buildDir, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({ file, rule: message.ruleId, message: message.message, selector: message.selector ?? `line ${message.line}` });
      }
    }
  }
  return { pages: files.length, problems };
}

/** One line per problem: `tin-tuc/index.html: rule — message (selector)`. */
export function formatHtmlProblem({ file, rule, message, selector }: HtmlProblem): string {
  return `${file}: ${rule} — ${message} (${selector})`;
}
