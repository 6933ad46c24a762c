import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site/config';

export const dynamic = 'force-static';

/** Everything is open to crawlers except search results and the JSON API, which only repeat pages. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/search/', '/api/'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
