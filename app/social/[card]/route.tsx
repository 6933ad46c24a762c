import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/seo/social-card';
import { getAllEntries, getEntry } from '@/lib/content';
import { sortByRecency } from '@/lib/content/indexes';
import { SITE_CARD_SLUG as SITE_CARD } from '@/lib/seo/json-ld';
import { keepDrawable, readFontCoverage, type Coverage } from '@/lib/seo/font-coverage';
import { siteConfig } from '@/lib/site/config';

export const dynamic = 'force-static';
// Cards not drawn at build are drawn on their first request and then kept like a prerendered file.
export const dynamicParams = true;

/**
 * How many entry cards the build draws. Each takes tens of milliseconds, so at 10,000 entries they
 * would take minutes of every build; the hubs and the most recently updated entries (the ones being
 * shared) are drawn at build, the rest on first request.
 */
const PRERENDERED_CARDS = 50;

export function generateStaticParams() {
  const withoutCover = getAllEntries().filter((entry) => !entry.cover);
  const recent = sortByRecency(withoutCover).slice(0, PRERENDERED_CARDS);
  const hubs = withoutCover.filter((entry) => entry.hub);
  return [SITE_CARD, ...new Set([...hubs, ...recent].map((entry) => entry.slug))].map((slug) => ({ card: `${slug}.png` }));
}

interface LoadedFonts {
  fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>;
  covers: Coverage;
}

let loaded: Promise<LoadedFonts> | null = null;

/**
 * The fonts ship in the repository: the build has no network to fetch any, so the card draws
 * only characters these fonts have (emoji and uncovered scripts are left out).
 */
function loadFonts(): Promise<LoadedFonts> {
  const directory = path.join(/*turbopackIgnore: true*/ process.cwd(), 'assets', 'fonts');
  loaded ??= Promise.all([
    fs.readFile(path.join(/*turbopackIgnore: true*/ directory, 'DejaVuSans.ttf')),
    fs.readFile(path.join(/*turbopackIgnore: true*/ directory, 'DejaVuSans-Bold.ttf')),
  ]).then(([regular, bold]) => {
    const coversRegular = readFontCoverage(regular);
    const coversBold = readFontCoverage(bold);
    return {
      fonts: [
        { name: 'DejaVu Sans', data: regular, weight: 400, style: 'normal' },
        { name: 'DejaVu Sans', data: bold, weight: 700, style: 'normal' },
      ],
      covers: (codePoint) => coversRegular(codePoint) && coversBold(codePoint),
    };
  });
  return loaded;
}

export async function GET(_request: Request, { params }: RouteContext<'/social/[card]'>): Promise<Response> {
  const { card } = await params;
  const slug = card.endsWith('.png') ? card.slice(0, -'.png'.length) : '';
  const entry = slug === SITE_CARD ? null : getEntry(slug);
  if (slug !== SITE_CARD && (!entry || entry.draft)) return new Response('Not found', { status: 404 });

  const { fonts, covers } = await loadFonts();
  const props = entry
    ? { title: keepDrawable(entry.title, covers) || siteConfig.name, description: keepDrawable(entry.description, covers), kicker: entry.hub ? 'Hub' : 'Wiki entry' }
    : { title: 'The wiki of the Internet Computer', description: siteConfig.description, kicker: 'icp-wiki' };
  return new ImageResponse(<SocialCard {...props} siteName={siteConfig.name} />, {
    width: 1200,
    height: 630,
    fonts,
    headers: { 'Cache-Control': 'public, max-age=86400' },
  });
}
