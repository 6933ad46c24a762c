import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TableOfContents } from '@/components/entry/table-of-contents';
import { FormattedDate } from '@/components/formatted-date';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { mdxComponents } from '@/components/mdx';
import { JsonLd } from '@/components/seo/json-ld';
import { getAllPages, getPage, lastModified, linkTargetExists } from '@/lib/content';
import { renderBody } from '@/lib/markdown/compile';
import { breadcrumbJsonLd, type Crumb } from '@/lib/seo/json-ld';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/site/config';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPages().map((page) => ({ page: page.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[page]'>): Promise<Metadata> {
  const { page: slug } = await params;
  const page = getPage(slug);
  if (!page) return {};
  return buildPageMetadata({ title: page.title, description: page.description, path: `/${page.slug}/` });
}

export default async function StandalonePage({ params }: PageProps<'/[page]'>) {
  const { page: slug } = await params;
  const page = getPage(slug);
  if (!page) notFound();
  const body = await renderBody(page, { components: mdxComponents, exists: linkTargetExists });
  const path = `/${page.slug}/`;
  const crumbs: Crumb[] = [{ label: 'Home', href: '/' }, { label: page.title }];
  return (
    <div className="entry-layout">
      <JsonLd
        data={[
          { '@type': 'WebPage', name: page.title, description: page.description, url: absoluteUrl(path), datePublished: page.date, dateModified: lastModified(page) },
          breadcrumbJsonLd(crumbs, path),
        ]}
      />
      <article className="entry" aria-labelledby="entry-title">
        <header className="entry-header">
          <Breadcrumbs items={crumbs} />
          <h1 id="entry-title">{page.title}</h1>
          <p className="lead">{page.description}</p>
          <p className="entry-dates">
            Last updated <FormattedDate date={lastModified(page)} />
          </p>
        </header>
        <aside className="entry-toc">
          <TableOfContents headings={page.headings} />
        </aside>
        <div className="entry-body prose">{body}</div>
      </article>
    </div>
  );
}
