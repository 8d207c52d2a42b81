/**
 * Validates every page of a build with html-validate and the rules of
 * `.htmlvalidate.mjs` (`npm run validate:html [-- folder]`, default `dist`).
 * Exits 1 with one line per error; fix the template named by the page.
 */
import { existsSync } from 'node:fs';
import { formatHtmlProblem, validateBuiltHtml } from './lib/gates/html-validation';

const buildDir = process.argv[2] ?? 'dist';
if (!existsSync(buildDir)) {
  console.error(`No build in ${buildDir}/: run "npm run build" first, or name the folder: npm run validate:html -- dist-demo`);
  process.exit(1);
}
const { pages, problems } = await validateBuiltHtml(buildDir);
for (const problem of problems) console.error(formatHtmlProblem(problem));
if (problems.length > 0) {
  console.error(
    `\n${problems.length} error(s) in ${new Set(problems.map((p) => p.file)).size} of ${pages} pages of ${buildDir}/ (rules: .htmlvalidate.mjs, https://html-validate.org/rules/).`,
  );
  process.exit(1);
}
console.log(`${pages} pages of ${buildDir}/ are valid HTML (the editor at /admin/ is not checked: it is Sveltia CMS's page).`);
