export { feedbackMailto, NATIONAL_FEEDBACK_URL, type FeedbackPage } from './mailto';
