import type { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../../schemas/documents';
import { countValues } from '../content/facets';
import { yearOf } from '../shared/dates';
import { BUILD_TIME } from './comment-period';
import { DOCUMENT_LISTS } from './lists';
import { documentStatus } from './status';

/** What the facets read of a document (a `documents` collection entry). */
interface FacetDocument {
  data: {
    issued: Date;
    type: (typeof DOCUMENT_TYPES)[number];
    issuer: readonly string[];
    field: string;
    budget: boolean;
    status?: (typeof DOCUMENT_STATUSES)[number];
    comment?: { deadline: Date };
  };
}

/** The values a visitor can narrow the documents by, each with how many documents have it. */
export interface DocumentFacets {
  /** Newest year first. */
  years: [string, number][];
  types: [string, number][];
  issuers: [string, number][];
  fields: [string, number][];
  statuses: [string, number][];
  /** How many documents each of the lists the law asks for holds (DOCUMENT_LISTS, in order). */
  listCounts: number[];
}

/** Every list page of documents shows the same facets of the same documents: counted once per array. */
const counted = new WeakMap<readonly FacetDocument[], DocumentFacets>();

/** Counts of years, types, issuers, fields, statuses and lists over all `documents` (src/components/entries/DocumentFilters.astro). */
export function documentFacets(documents: readonly FacetDocument[]): DocumentFacets {
  let facets = counted.get(documents);
  if (!facets) {
    facets = {
      years: countValues(documents, (doc) => [String(yearOf(doc.data.issued))]).sort(([a], [b]) => b.localeCompare(a)),
      types: countValues(documents, (doc) => [doc.data.type]),
      issuers: countValues(documents, (doc) => doc.data.issuer),
      fields: countValues(documents, (doc) => [doc.data.field]),
      statuses: countValues(documents, (doc) => {
        const status = documentStatus(doc.data, BUILD_TIME);
        return status ? [status] : [];
      }),
      listCounts: DOCUMENT_LISTS.map((list) => documents.filter(list.includes).length),
    };
    counted.set(documents, facets);
  }
  return facets;
}
