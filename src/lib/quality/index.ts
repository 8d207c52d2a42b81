export { KNOWN_GAPS, QUALITY_GATES, WCAG_21_AA } from './gates';
