/**
 * Loads one page of each type of a build in Chromium at a phone's width and
 * compares what it costs with budgets.json (`npm run budgets [-- folder]`,
 * default `dist`). Prints a table of compressed KB per kind and requests;
 * exits 1, naming each page type and what passed its budget, when one does.
 */
import { existsSync } from 'node:fs';
import { PAGE_TYPES, WEIGHT_KINDS, overBudget, readBudgets, toKb, type PageType, type PageWeight } from './lib/gates/budgets';
import { launchChromium } from './lib/shared/chromium';
import { measurePage, pageTypePaths } from './lib/gates/page-weight';
import { serveStatic } from './lib/shared/static-server';

const buildDir = process.argv[2] ?? 'dist';
if (!existsSync(buildDir)) {
  console.error(`No build in ${buildDir}/: run "npm run build" first, or name the folder: npm run budgets -- dist-demo`);
  process.exit(1);
}
const budgets = readBudgets();
const paths = pageTypePaths(buildDir);
const [browser, server] = await Promise.all([launchChromium(), serveStatic(buildDir)]);
const weights = new Map<PageType, PageWeight>();
try {
  for (const type of PAGE_TYPES) weights.set(type, await measurePage(browser, `${server.url}${paths[type]}`, budgets.viewport));
} finally {
  await Promise.all([browser.close(), server.close()]);
}

const header = ['page type', ...WEIGHT_KINDS, 'total', 'image', 'requests'];
console.log(`KB sent (gzip) and requests at ${budgets.viewport.width} px, ${buildDir}/; budgets.json in brackets, images not budgeted:\n`);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
const failures: string[] = [];
for (const type of PAGE_TYPES) {
  const weight = weights.get(type)!;
  const budget = budgets.pages[type];
  const cells = [
    ...WEIGHT_KINDS.map((kind) => `${toKb(weight.bytes[kind])} (${budget[kind]})`),
    `${toKb(weight.total)} (${budget.total})`,
    toKb(weight.bytes.image),
    `${weight.requests} (${budget.requests})`,
  ];
  console.log(`| ${type} | ${cells.join(' | ')} |`);
  failures.push(...overBudget(weight, budget).map((over) => `${type} ${paths[type]}: ${over}`));
}
if (failures.length > 0) {
  console.error(`\nOver budget:\n${failures.join('\n')}\nMake the page lighter, or raise its budget in budgets.json and say why in the pull request.`);
  process.exit(1);
}
