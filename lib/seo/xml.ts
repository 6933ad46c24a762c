// Characters XML 1.0 forbids outright; content is validated, but a feed must stay well-formed whatever it is given.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML element content and attribute values. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML, '').replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** `YYYY-MM-DD` → an RFC 3339 timestamp at midnight UTC, as Atom and sitemaps want. */
export function toTimestamp(date: string): string {
  return `${date}T00:00:00Z`;
}
