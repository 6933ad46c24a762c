import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { getHighlightPlugin } from './highlight';
import { remarkGithubAlerts } from './remark-github-alerts';
import { remarkHeadingIds } from './remark-heading-ids';
import { remarkInternalLinks, type InternalLinkOptions } from './remark-internal-links';
import { remarkVideoCards } from './remark-video-cards';

/**
 * Order matters:
 * - GFM first, so autolinked bare URLs exist as links before video cards look for them.
 * - Alerts before video cards, so a video inside a callout still becomes a card inside it.
 * - Heading ids run on the same tree validation used, so checked anchors match rendered ids.
 * - next-mdx-remote appends its JS-blocking plugins after these: they must emit string attributes only.
 */
export function remarkPlugins(links: InternalLinkOptions): PluggableList {
  return [remarkGfm, remarkGithubAlerts, remarkVideoCards, remarkHeadingIds, [remarkInternalLinks, links]];
}

export async function rehypePlugins(): Promise<PluggableList> {
  return [await getHighlightPlugin()];
}
