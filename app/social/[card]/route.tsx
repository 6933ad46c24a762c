import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/seo/social-card';
import { getAllEntries, getEntry } from '@/lib/content';
import { siteConfig } from '@/lib/site/config';

export const dynamic = 'force-static';
export const dynamicParams = false;

const SITE_CARD = 'site';

/** A card for the site and for every entry without a cover of its own; prerendered at build. */
export function generateStaticParams() {
  return [SITE_CARD, ...getAllEntries().filter((entry) => !entry.cover).map((entry) => entry.slug)].map((slug) => ({ card: `${slug}.png` }));
}

let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>> | null = null;

/** The fonts ship in the repository: the build has no network to fetch any. */
function loadFonts() {
  const directory = path.join(/*turbopackIgnore: true*/ process.cwd(), 'assets', 'fonts');
  fonts ??= Promise.all([
    fs.readFile(path.join(/*turbopackIgnore: true*/ directory, 'DejaVuSans.ttf')).then((data) => ({ name: 'DejaVu Sans', data, weight: 400 as const, style: 'normal' as const })),
    fs.readFile(path.join(/*turbopackIgnore: true*/ directory, 'DejaVuSans-Bold.ttf')).then((data) => ({ name: 'DejaVu Sans', data, weight: 700 as const, style: 'normal' as const })),
  ]);
  return fonts;
}

export async function GET(_request: Request, { params }: RouteContext<'/social/[card]'>): Promise<Response> {
  const { card } = await params;
  const slug = card.replace(/\.png$/, '');
  const entry = slug === SITE_CARD ? null : getEntry(slug);
  if (slug !== SITE_CARD && !entry) return new Response('Not found', { status: 404 });

  const props = entry
    ? { title: entry.title, description: entry.description, kicker: entry.hub ? 'Hub' : 'Wiki entry' }
    : { title: 'The wiki of the Internet Computer', description: siteConfig.description, kicker: 'icp-wiki' };
  return new ImageResponse(<SocialCard {...props} siteName={siteConfig.name} />, {
    width: 1200,
    height: 630,
    fonts: await loadFonts(),
    headers: { 'Cache-Control': 'public, max-age=86400' },
  });
}
