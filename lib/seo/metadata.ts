import type { Metadata } from 'next';
import type { Entry } from '@/lib/content';
import { lastModified } from '@/lib/content/types';
import { siteConfig } from '@/lib/site/config';
import { FEED_PATH } from './feed';
import { entryImageUrl, SITE_CARD_SLUG, socialCardPath } from './json-ld';

export const SITE_CARD = socialCardPath(SITE_CARD_SLUG);

/**
 * Next.js merges metadata shallowly, so a page's `alternates` replaces the layout's: every page
 * states its canonical URL and the feed link together.
 */
function alternates(path: string): Metadata['alternates'] {
  return { canonical: path, types: FEED_LINK };
}

export const FEED_LINK = { 'application/atom+xml': [{ url: FEED_PATH, title: `${siteConfig.name}: recently updated entries` }] };

interface PageMetadataOptions {
  title: string;
  description: string;
  /** Site path with its trailing slash; becomes the canonical URL. */
  path: string;
  /** Use the title as the whole <title>, without the site template. */
  absoluteTitle?: boolean;
  noindex?: boolean;
}

/** Metadata for any page that is not an entry: canonical URL, description, social cards. */
export function buildPageMetadata({ title, description, path, absoluteTitle = false, noindex = false }: PageMetadataOptions): Metadata {
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: alternates(path),
    robots: noindex ? { index: false, follow: true } : undefined,
    openGraph: { type: 'website', title, description, url: path, siteName: siteConfig.name, locale: 'en_US', images: [{ url: SITE_CARD, width: 1200, height: 630, alt: siteConfig.title }] },
    twitter: { card: 'summary_large_image', title, description, images: [SITE_CARD] },
  };
}

/** Metadata for an entry: an Open Graph article with its dates, tags and image (cover or generated card). */
export function buildEntryMetadata(entry: Entry): Metadata {
  const path = `/wiki/${entry.slug}/`;
  const image = { url: entryImageUrl(entry), width: entry.cover ? undefined : 1200, height: entry.cover ? undefined : 630, alt: entry.title };
  return {
    title: entry.title,
    description: entry.description,
    keywords: entry.tags,
    alternates: alternates(path),
    robots: entry.draft ? { index: false, follow: false } : undefined,
    openGraph: {
      type: 'article',
      title: entry.title,
      description: entry.description,
      url: path,
      siteName: siteConfig.name,
      locale: 'en_US',
      publishedTime: entry.date,
      modifiedTime: lastModified(entry),
      tags: entry.tags,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: entry.title, description: entry.description, images: [image.url] },
  };
}
