export { featuredArticle } from './featured';
