/** What a site-relative href points at, independent of whether that thing exists. */
export type InternalTarget =
  | { kind: 'entry'; slug: string; anchor?: string }
  | { kind: 'page'; slug: string; anchor?: string }
  | { kind: 'tag'; tag: string; anchor?: string }
  | { kind: 'route'; path: string; anchor?: string }
  | { kind: 'anchor'; anchor: string }
  | { kind: 'file'; path: string }
  | { kind: 'unknown'; path: string };

// Pages of the site itself that content may link to (the editors' lists included).
const SITE_ROUTES = new Set(['/', '/wiki/', '/tags/', '/search/', '/maintenance/']);

/**
 * Classifies an href that starts with `/` or `#`. Returns null for anything else (external or
 * relative), which callers treat on their own terms.
 */
export function parseInternalHref(href: string): InternalTarget | null {
  if (href.startsWith('#')) return { kind: 'anchor', anchor: safeDecode(href.slice(1)) };
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  const entry = plainEntryHref(href);
  if (entry) return entry;

  const hashIndex = href.indexOf('#');
  const anchor = hashIndex === -1 ? undefined : safeDecode(href.slice(hashIndex + 1)) || undefined;
  const withoutHash = hashIndex === -1 ? href : href.slice(0, hashIndex);
  const path = withoutHash.split('?')[0] ?? '/';
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';

  if (last.includes('.')) return { kind: 'file', path };
  const canonical = `/${segments.map(safeDecode).join('/')}${segments.length ? '/' : ''}`;
  if (SITE_ROUTES.has(canonical)) return { kind: 'route', path: canonical, anchor };
  if (segments.length === 2 && segments[0] === 'wiki') return { kind: 'entry', slug: safeDecode(last), anchor };
  if (segments.length === 2 && segments[0] === 'tags') return { kind: 'tag', tag: safeDecode(last), anchor };
  if (segments.length === 1) return { kind: 'page', slug: safeDecode(last), anchor };
  return { kind: 'unknown', path };
}

/**
 * `/wiki/<slug>` or `/wiki/<slug>/`, with or without an anchor, where the slug has nothing the
 * general reading below would change (`/`, `?`, `.` or a `%` escape): nearly every link in an
 * entry is one, and is read here without splitting and rejoining its path.
 */
function plainEntryHref(href: string): InternalTarget | null {
  if (!href.startsWith('/wiki/')) return null;
  const hashIndex = href.indexOf('#');
  const pathEnd = hashIndex === -1 ? href.length : hashIndex;
  let slugEnd = 6;
  for (; slugEnd < pathEnd; slugEnd += 1) {
    const code = href.charCodeAt(slugEnd);
    if (code === 47 || code === 63 || code === 46 || code === 37) break;
  }
  if (slugEnd === 6) return null;
  // Only a trailing slash may follow the slug.
  if (slugEnd < pathEnd && !(slugEnd === pathEnd - 1 && href.charCodeAt(slugEnd) === 47)) return null;
  const anchor = hashIndex === -1 ? undefined : safeDecode(href.slice(hashIndex + 1)) || undefined;
  return { kind: 'entry', slug: href.slice(6, slugEnd), anchor };
}

/** The canonical form of an internal href: trailing slash on pages, anchor kept. */
export function canonicalHref(target: InternalTarget): string {
  const withAnchor = (path: string, anchor?: string) => (anchor ? `${path}#${encodeURIComponent(anchor)}` : path);
  switch (target.kind) {
    case 'entry':
      return withAnchor(`/wiki/${target.slug}/`, target.anchor);
    case 'page':
      return withAnchor(`/${target.slug}/`, target.anchor);
    case 'tag':
      return withAnchor(`/tags/${target.tag}/`, target.anchor);
    case 'route':
      return withAnchor(target.path, target.anchor);
    case 'anchor':
      return `#${encodeURIComponent(target.anchor)}`;
    case 'file':
    case 'unknown':
      return target.path;
  }
}

/** decodeURIComponent that leaves a malformed escape (`%ZZ`) as written instead of throwing. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
