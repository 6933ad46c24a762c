import type { Entry } from '@/lib/content';
import { lastModified } from '@/lib/content/types';
import { sortByRecency } from '@/lib/content/indexes';
import { absoluteUrl, siteConfig } from '@/lib/site/config';
import { escapeXml, toTimestamp } from './xml';

export const FEED_PATH = '/feed.xml';
export const FEED_SIZE = 50;

/** An Atom 1.0 feed (RFC 4287) of the most recently updated entries, newest first. */
export function buildAtomFeed(entries: readonly Entry[], limit = FEED_SIZE): string {
  const recent = sortByRecency(entries).slice(0, limit);
  const updated = recent[0] ? lastModified(recent[0]) : '1970-01-01';
  const items = recent.map((entry) => {
    const url = absoluteUrl(`/wiki/${entry.slug}/`);
    const categories = entry.tags.map((tag) => `    <category term="${escapeXml(tag)}" scheme="${escapeXml(absoluteUrl('/tags/'))}"/>`);
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title type="text">${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${toTimestamp(entry.date)}</published>`,
      `    <updated>${toTimestamp(lastModified(entry))}</updated>`,
      `    <summary type="text">${escapeXml(entry.description)}</summary>`,
      ...categories,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${siteConfig.locale}">`,
    `  <id>${escapeXml(absoluteUrl('/'))}</id>`,
    `  <title type="text">${escapeXml(siteConfig.name)}</title>`,
    `  <subtitle type="text">${escapeXml(siteConfig.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(FEED_PATH))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl('/'))}"/>`,
    `  <updated>${toTimestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(`${siteConfig.name} contributors`)}</name></author>`,
    `  <generator>${escapeXml(siteConfig.name)}</generator>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
