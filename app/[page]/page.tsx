import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TableOfContents } from '@/components/entry/table-of-contents';
import { FormattedDate } from '@/components/formatted-date';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { mdxComponents } from '@/components/mdx';
import { getAllPages, getPage, lastModified, linkTargetExists } from '@/lib/content';
import { renderBody } from '@/lib/markdown/compile';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPages().map((page) => ({ page: page.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[page]'>): Promise<Metadata> {
  const { page: slug } = await params;
  const page = getPage(slug);
  if (!page) return {};
  return { title: page.title, description: page.description, alternates: { canonical: `/${page.slug}/` } };
}

export default async function StandalonePage({ params }: PageProps<'/[page]'>) {
  const { page: slug } = await params;
  const page = getPage(slug);
  if (!page) notFound();
  const body = await renderBody(page, { components: mdxComponents, exists: linkTargetExists });
  return (
    <div className="entry-layout">
      <article className="entry" aria-labelledby="entry-title">
        <header className="entry-header">
          <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: page.title }]} />
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
