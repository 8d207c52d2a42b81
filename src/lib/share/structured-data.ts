/**
 * Structured data (schema.org, as JSON-LD) that search engines read: who the
 * agency is, on the home page, and what a news article is, on its page.
 * https://developers.google.com/search/docs/appearance/structured-data/article
 */
import { toIsoDateTime } from '../shared/dates';

type JsonLd = Record<string, unknown>;

export interface AgencyFacts {
  name: string;
  /** The body it belongs to: Ủy ban nhân dân tỉnh Sơn La. */
  parent: string;
  /** The site's home page, absolute. */
  url: string;
  /** The main hotline, E.164 (`+842123850384`). */
  telephone?: string;
  email?: string;
  address?: string;
}

/** The agency as a GovernmentOrganization, under the provincial People's Committee. */
export function governmentOrganization(agency: AgencyFacts): JsonLd {
  return {
    '@type': 'GovernmentOrganization',
    name: agency.name,
    url: agency.url,
    ...(agency.telephone && { telephone: agency.telephone }),
    ...(agency.email && { email: agency.email }),
    ...(agency.address && { address: { '@type': 'PostalAddress', streetAddress: agency.address, addressCountry: 'VN' } }),
    parentOrganization: { '@type': 'GovernmentOrganization', name: agency.parent },
  };
}

/** Names of units rather than people: an article by "Phòng Thông tin" is by an Organization. */
const UNIT_WORDS = /^(phòng|văn phòng|ban|sở|trung tâm|cổng|báo|đài|thanh tra|ủy ban|ubnd)(\s|$)/iu;

/** An article's author as schema.org sees it: a Person, or an Organization when the name is a unit's. */
export function authorOf(name: string): JsonLd {
  return { '@type': UNIT_WORDS.test(name.trim()) ? 'Organization' : 'Person', name };
}

export interface ArticleFacts {
  headline: string;
  description: string;
  /** Absolute address of the article. */
  url: string;
  /** Absolute address of its picture. */
  image: string;
  published: Date;
  modified?: Date;
  author: string;
}

/** A NewsArticle; Google shows at most 110 characters of the headline. */
export function newsArticle(article: ArticleFacts, publisher: AgencyFacts): JsonLd {
  return {
    '@type': 'NewsArticle',
    headline: article.headline.length > 110 ? `${article.headline.slice(0, 109)}…` : article.headline,
    description: article.description,
    mainEntityOfPage: article.url,
    url: article.url,
    image: [article.image],
    datePublished: toIsoDateTime(article.published),
    ...(article.modified && { dateModified: toIsoDateTime(article.modified) }),
    author: [authorOf(article.author)],
    publisher: { '@type': 'GovernmentOrganization', name: publisher.name, url: publisher.url },
    inLanguage: 'vi',
  };
}

export interface QuestionFacts {
  question: string;
  /** The answer as plain text. */
  answer: string;
  /** Absolute address of the question's page. */
  url: string;
}

/**
 * A FAQPage: questions the agency answers itself (not a forum, which would be a QAPage).
 * https://developers.google.com/search/docs/appearance/structured-data/faqpage
 */
export function faqPage(questions: readonly QuestionFacts[]): JsonLd {
  return {
    '@type': 'FAQPage',
    inLanguage: 'vi',
    mainEntity: questions.map(({ question, answer, url }) => ({
      '@type': 'Question',
      name: question,
      url,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}

/**
 * The text of a `<script type="application/ld+json">` block: `<` is escaped so
 * no title can close the element early.
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(/</g, '\\u003c');
}
