import Link from 'next/link';
import type { ReactElement } from 'react';
import { siteConfig } from '@/lib/site/config';
import { SearchBox } from '@/components/search/search-box';
import { SiteLinks } from './site-links';

export function SiteHeader(): ReactElement {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Link href="/" className="site-logo">
          <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
            <defs>
              <linearGradient id="logo-gradient" x1="0" y1="0" x2="1" y2="1">
                <stop offset="0" stopColor="#f15a24" />
                <stop offset="0.5" stopColor="#ed1e79" />
                <stop offset="1" stopColor="#29abe2" />
              </linearGradient>
            </defs>
            <path d="M9 9c-4 0-7 3-7 7s3 7 7 7c5 0 9-14 14-14 4 0 7 3 7 7s-3 7-7 7c-5 0-9-14-14-14Z" fill="none" stroke="url(#logo-gradient)" strokeWidth="3.2" strokeLinecap="round" />
          </svg>
          <span>{siteConfig.name}</span>
        </Link>
        <SearchBox />
        <nav aria-label="Main" className="site-nav">
          <SiteLinks short />
        </nav>
      </div>
    </header>
  );
}
