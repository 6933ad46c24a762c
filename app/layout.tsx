import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { buildPageMetadata, FEED_LINK } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/site/config';
import './globals.css';

/** Defaults for pages that set nothing themselves (the 404 page); every other page states its own canonical URL. */
export const metadata: Metadata = {
  ...buildPageMetadata({ title: siteConfig.title, description: siteConfig.description, path: '/' }),
  metadataBase: new URL(`${siteConfig.url}/`),
  title: { default: siteConfig.title, template: `%s · ${siteConfig.name}` },
  alternates: { types: FEED_LINK },
  applicationName: siteConfig.name,
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#14161b' },
  ],
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={siteConfig.locale}>
      <body>
        <SiteHeader />
        <main id="main" className="site-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
