import type { Entry, VideoInfo } from '@/lib/content';
import { lastModified } from '@/lib/content/types';
import { absoluteUrl, siteConfig } from '@/lib/site/config';
import { youTubeEmbedUrl, youTubeThumbnailUrl, youTubeWatchUrl } from '@/lib/markdown/youtube';

/** schema.org data as a plain object; `@context` is added once per script. */
export type JsonLdNode = { '@type': string } & Record<string, unknown>;

export interface Crumb {
  label: string;
  /** Site path; omitted for the current page (its URL is the page's own). */
  href?: string;
}

const WEBSITE_ID = `${siteConfig.url}/#website`;

/**
 * Serialises for a `<script type="application/ld+json">`. JSON.stringify leaves `<`, `>`, `&` and
 * the line separators as they are, so a title containing `</script><script>` would end the script
 * tag; escaping them as \u sequences keeps the JSON identical and the HTML inert.
 */
export function serializeJsonLd(nodes: JsonLdNode | JsonLdNode[]): string {
  const data = Array.isArray(nodes) ? { '@context': 'https://schema.org', '@graph': nodes } : { '@context': 'https://schema.org', ...nodes };
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function websiteJsonLd(): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': WEBSITE_ID,
    name: siteConfig.name,
    description: siteConfig.description,
    url: absoluteUrl('/'),
    inLanguage: siteConfig.locale,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/search/')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[], currentPath: string): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.href ?? currentPath),
    })),
  };
}

export function entryImageUrl(entry: Pick<Entry, 'slug' | 'cover'>): string {
  return absoluteUrl(entry.cover ?? socialCardPath(entry.slug));
}

/** Where the build writes an entry's generated social card. */
/** The card for pages that are not entries, drawn under this name by the card route. */
export const SITE_CARD_SLUG = 'site';

export function socialCardPath(slug: string): string {
  return `/social/${slug}.png`;
}

export function articleJsonLd(entry: Entry): JsonLdNode {
  const url = absoluteUrl(`/wiki/${entry.slug}/`);
  return {
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: entry.title,
    description: entry.description,
    datePublished: entry.date,
    dateModified: lastModified(entry),
    keywords: entry.tags.join(', '),
    image: entryImageUrl(entry),
    url,
    mainEntityOfPage: url,
    inLanguage: siteConfig.locale,
    isPartOf: { '@type': 'WebSite', '@id': WEBSITE_ID, name: siteConfig.name, url: absoluteUrl('/') },
    publisher: { '@type': 'Organization', name: siteConfig.name, url: absoluteUrl('/') },
  };
}

export function videoJsonLd(video: VideoInfo, entry: Pick<Entry, 'date' | 'title'>): JsonLdNode {
  return {
    '@type': 'VideoObject',
    name: video.title,
    description: `“${video.title}”, a video shown in the ${siteConfig.name} entry ${entry.title}.`,
    thumbnailUrl: youTubeThumbnailUrl(video.id),
    embedUrl: youTubeEmbedUrl({ id: video.id, start: video.start }).replace('autoplay=1&', ''),
    contentUrl: youTubeWatchUrl(video),
    // The upload date is YouTube's to know; the date the wiki first showed the video is the honest stand-in.
    uploadDate: entry.date,
  };
}

export function collectionPageJsonLd(options: { name: string; description: string; path: string; entries: readonly Pick<Entry, 'slug' | 'title'>[] }): JsonLdNode {
  const url = absoluteUrl(options.path);
  return {
    '@type': 'CollectionPage',
    '@id': `${url}#page`,
    name: options.name,
    description: options.description,
    url,
    isPartOf: { '@type': 'WebSite', '@id': WEBSITE_ID },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: options.entries.length,
      itemListElement: options.entries.map((entry, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: entry.title,
        url: absoluteUrl(`/wiki/${entry.slug}/`),
      })),
    },
  };
}
