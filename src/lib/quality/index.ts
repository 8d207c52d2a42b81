export { KNOWN_GAPS, QUALITY_GATES, WCAG_21_AA, type QualityGate } from './gates';
