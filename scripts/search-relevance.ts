/**
 * Precision at 3 of the relevance table (tests/helpers/search-relevance.ts):
 * `npm run bench:relevance` scores the test build (`.tmp/test-dist`, built from
 * `.tmp/test-content` by the site tests); `-- --dist dist-demo --content .demo/content`
 * scores the demo build. Prints each query's first three results and the mean.
 */
import { parseArgs } from 'node:util';
import { TEST_CONTENT, TEST_DIST } from '../tests/helpers/built-site';
import { loadBuiltSearch } from '../tests/helpers/pagefind-node';
import { scoreTable } from '../tests/helpers/search-relevance';

const { values } = parseArgs({ options: { dist: { type: 'string', default: TEST_DIST }, content: { type: 'string', default: TEST_CONTENT } } });
const search = await loadBuiltSearch(values.dist);
const { mean, rows } = await scoreTable(async (query) => (await search(query, {}, 3)).map((hit) => hit.url), { root: values.content });
for (const row of rows) {
  const mark = row.precision === 1 ? ' ' : row.precision === 0 ? '✗' : '~';
  console.log(`${mark} ${row.precision.toFixed(2)}  ${row.query.padEnd(34)} ${row.found.join('  ')}`);
}
console.log(`\n${values.dist}: ${rows.length} queries, mean precision at 3: ${mean.toFixed(3)}`);
