/**
 * dependency-cruiser: the layers of the code and no import circles (`npm run lint` runs it).
 *
 *   scripts/  →  src/  (never the other way)
 *   src/pages, src/layouts, src/components, src/routes  →  src/lib/<domain>/  →  src/lib/shared/
 *
 * src/lib/shared/ is the bottom: plain helpers (dates, slugs, sorting) that know no part of the site.
 * https://github.com/sverweij/dependency-cruiser/blob/main/doc/rules-reference.md
 */
// A test may reach a helper through the code that uses it (src/lib/shared/sort.test.ts sorts related articles):
// the layers bind the site's modules, not their tests. Circles are forbidden everywhere.
const TEST = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: the modules cannot be understood, tested or loaded one without the other. Move what both need into a lower module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-imports-no-domain',
      severity: 'error',
      comment: 'src/lib/shared/ is the lowest layer: it imports nothing from the other src/lib/ folders.',
      from: { path: '^src/lib/shared/', pathNot: TEST },
      to: { path: '^src/lib/', pathNot: '^src/lib/shared/' },
    },
    {
      name: 'lib-imports-no-ui',
      severity: 'error',
      comment: 'src/lib/ holds the logic the pages use: it never imports components, layouts, pages or routes.',
      from: { path: '^src/lib/', pathNot: TEST },
      to: { path: '^src/(components|layouts|pages|routes)/' },
    },
    {
      name: 'src-imports-no-scripts',
      severity: 'error',
      comment: 'The site (src/) never imports the maintenance scripts (scripts/); scripts may import src/lib/.',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(content|dist|dist-demo|\\.demo|\\.astro|\\.tmp|archive|bench-results|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
