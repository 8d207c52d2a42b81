/**
 * The pages' shared components and the data of their routes: a file in src/pages gets its
 * paths here and renders one of these (as Starlight's `routes/` and `utils/routing/`).
 */
export { default as AboutPage } from './AboutPage.astro';
export { default as EntryPage } from './EntryPage.astro';
export { default as LeaderPage } from './LeaderPage.astro';
export { default as ListPage } from './ListPage.astro';
export { aboutRoutes, leaderRoutes } from './bilingual';
export { entryRoutes } from './entries';
export { listRoutes } from './lists';
