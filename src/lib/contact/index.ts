export { mapLink } from './map-link';
