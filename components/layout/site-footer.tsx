import Link from 'next/link';
import type { ReactElement } from 'react';
import { siteConfig } from '@/lib/site/config';

export function SiteFooter(): ReactElement {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>
          <strong>{siteConfig.name}</strong> is written in Markdown and kept in git. Every entry is open to edits.
        </p>
        <nav aria-label="Footer">
          <ul>
            <li>
              <Link href="/wiki/">All entries</Link>
            </li>
            <li>
              <Link href="/tags/">Tags</Link>
            </li>
            <li>
              <Link href="/document-library/">Document library</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
