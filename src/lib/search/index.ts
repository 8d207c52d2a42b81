/** Site search: ranking Vietnamese phrases, excerpts, facts shown with results, suggestions. */
export { phraseExcerpt, wordsOf } from './excerpt';
export { resultFacts } from './facts';
export { holdsQuoted, matchPhrase, parseQuery, phraseTier, type ParsedQuery, type PhraseMatch } from './phrase';
export { excerptOf, searchSite, type RankedResult, type RankedSearch } from './run';
export { buildVocabulary, suggestQuery, VOCABULARY_FILE, type Vocabulary } from './suggest';
export { indexedText } from './indexed-text';
