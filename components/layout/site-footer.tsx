import type { ReactElement } from 'react';
import { siteConfig } from '@/lib/site/config';
import { SiteLinks } from './site-links';

export function SiteFooter(): ReactElement {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          <strong>{siteConfig.name}</strong> is written in Markdown and kept in git. Every entry is open to edits.
        </p>
        <nav aria-label="Footer">
          <SiteLinks />
        </nav>
      </div>
    </footer>
  );
}
