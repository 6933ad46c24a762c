import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { EntryLinkList } from '@/components/entry/entry-link-list';
import { EntrySource } from '@/components/entry/entry-source';
import { RelatedEntries } from '@/components/entry/related-entries';
import { TableOfContents } from '@/components/entry/table-of-contents';
import { TagList } from '@/components/entry/tag-list';
import { FormattedDate } from '@/components/formatted-date';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { mdxComponents } from '@/components/mdx';
import { JsonLd } from '@/components/seo/json-ld';
import { getBacklinks, getEntry, getEntryRouteSlugs, getHubMembers, getHubsFor, getLastEdited, getRelatedEntries, linkTargetExists, resolveAlias, type Entry } from '@/lib/content';
import { renderBody } from '@/lib/markdown/compile';
import { articleJsonLd, breadcrumbJsonLd, collectionPageJsonLd, videoJsonLd, type Crumb, type JsonLdNode } from '@/lib/seo/json-ld';
import { buildEntryMetadata } from '@/lib/seo/metadata';
import { BACKLINKS_SHOWN, HUB_MEMBERS_SHOWN, previewList } from '@/lib/site/paginate';

/** Only slugs the content index knows are pages; anything else is a real 404 without rendering. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getEntryRouteSlugs().map((slug) => ({ slug }));
}

/** The entries a hub names itself (related or linked from its body): its author's picks, shown first when a hub has more members than fit. */
function namedByHub(hub: Entry): (member: Entry) => boolean {
  const named = new Set(hub.related);
  for (const { target } of hub.links) if (target.kind === 'entry') named.add(target.slug);
  return (member) => named.has(member.slug);
}

export async function generateMetadata({ params }: PageProps<'/wiki/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const entry = getEntry(slug);
  return entry ? buildEntryMetadata(entry) : {};
}

export default async function EntryPage({ params }: PageProps<'/wiki/[slug]'>) {
  const { slug } = await params;
  const canonical = resolveAlias(slug);
  if (canonical) permanentRedirect(`/wiki/${canonical}/`);
  const entry = getEntry(slug);
  if (!entry) notFound();

  const body = await renderBody(entry, { components: mdxComponents, exists: linkTargetExists });
  const related = getRelatedEntries(entry.slug);
  const backlinks = getBacklinks(entry.slug);
  const members = entry.hub ? getHubMembers(entry.slug) : [];
  // Both lists grow with the wiki (a popular entry is linked from thousands); the page shows a bounded part and links to the rest.
  const shownBacklinks = previewList(backlinks, BACKLINKS_SHOWN);
  const shownMembers = previewList(members, HUB_MEMBERS_SHOWN, namedByHub(entry));
  const hubs = getHubsFor(entry.slug);
  const path = `/wiki/${entry.slug}/`;
  const crumbs: Crumb[] = [{ label: 'Home', href: '/' }, { label: 'All entries', href: '/wiki/' }, { label: entry.title }];
  const structuredData: JsonLdNode[] = [
    articleJsonLd(entry),
    breadcrumbJsonLd(crumbs, path),
    ...entry.videos.map((video) => videoJsonLd(video, entry)),
    ...(entry.hub ? [collectionPageJsonLd({ name: entry.title, description: entry.description, path, entries: shownMembers })] : []),
  ];

  return (
    <div className="entry-layout">
      <JsonLd data={structuredData} />
      <article className="entry" aria-labelledby="entry-title">
        <header className="entry-header">
          <Breadcrumbs items={crumbs} />
          {entry.draft ? <p className="draft-banner">Draft: visible only in development, never published.</p> : null}
          <p className="entry-kicker">{entry.hub ? 'Hub' : 'Entry'}</p>
          <h1 id="entry-title">{entry.title}</h1>
          <p className="lead">{entry.description}</p>
          <div className="entry-meta">
            <p className="entry-dates">
              Published <FormattedDate date={entry.date} />
              {entry.updated && entry.updated !== entry.date ? (
                <>
                  {' · '}Updated <FormattedDate date={entry.updated} />
                </>
              ) : null}
            </p>
            <TagList tags={entry.tags} />
          </div>
          {hubs.length > 0 ? (
            <p className="entry-hubs">
              Part of{' '}
              {hubs.map((hub, index) => (
                <span key={hub.slug}>
                  {index > 0 ? ', ' : ''}
                  <Link href={`/wiki/${hub.slug}/`}>{hub.title}</Link>
                </span>
              ))}
            </p>
          ) : null}
        </header>
        <aside className="entry-toc">
          <TableOfContents headings={entry.headings} />
        </aside>
        <div className="entry-body prose">{body}</div>
        <footer className="entry-footer">
          <EntrySource file={entry.file} lastEdited={getLastEdited(entry)} />
          {members.length > 0 ? (
            <EntryLinkList
              id="members-title"
              title={`In this hub (${members.length})`}
              entries={shownMembers}
              more={members.length > shownMembers.length ? { href: `/wiki/${entry.slug}/members/`, label: `All ${members.length} entries in this hub` } : undefined}
            />
          ) : null}
          <RelatedEntries items={related} />
          <EntryLinkList
            id="backlinks-title"
            title="Linked from"
            entries={shownBacklinks}
            more={backlinks.length > shownBacklinks.length ? { href: `/wiki/${entry.slug}/links/`, label: `All ${backlinks.length} pages linking here` } : undefined}
          />
        </footer>
      </article>
    </div>
  );
}
