import Link from 'next/link';
import type { AnchorHTMLAttributes, ReactElement } from 'react';

export type MdxLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { 'data-missing'?: string };

/**
 * Every link in an entry body. Site links go through Next's `Link` (prefetch, client navigation);
 * links to entries that do not exist (dev only: the build refuses them) show in red; external
 * links are marked (by an icon the stylesheet draws), announced, and open without giving the target
 * a handle on this page.
 */
export function MdxLink({ href = '', children, 'data-missing': missing, ...rest }: MdxLinkProps): ReactElement {
  if (missing) {
    return (
      <a href={href} className="link-missing" title="This entry does not exist yet">
        {children}
      </a>
    );
  }
  if (href.startsWith('#')) return <a href={href} {...rest}>{children}</a>;
  if (href.startsWith('/') && !href.startsWith('//')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest} rel="noopener noreferrer" className="link-external">
      {children}
      <span className="visually-hidden"> (external link)</span>
    </a>
  );
}
