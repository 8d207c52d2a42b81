export { feedbackMailto, NATIONAL_FEEDBACK_URL } from './mailto';
