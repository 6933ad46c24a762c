import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site/config';

export const dynamic = 'force-static';

/** Everything is open to crawlers except search results, the JSON API and the editors' maintenance lists, which only repeat pages. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/search/', '/api/', '/maintenance/'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
