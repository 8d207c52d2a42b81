/**
 * A plain link to a public map at the agency's address: the address staff
 * set in `map`, else an OpenStreetMap search for the street address. Nothing
 * is embedded, so no map host is contacted until the visitor follows the link.
 */
export function mapLink(address: string | undefined, map: string | undefined): string | undefined {
  if (map) return map;
  if (!address) return undefined;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}
