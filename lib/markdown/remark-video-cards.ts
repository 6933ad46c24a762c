import type { Link, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { jsxElement } from './mdx-nodes';
import { parseYouTubeUrl } from './youtube';

/** Link texts that say what the link does rather than what the video is. */
export const GENERIC_LABELS = /^(watch( (it|this|the video))?( on youtube)?|youtube|video|play|▶)$/i;

/**
 * A paragraph holding nothing but a YouTube link becomes `<VideoCard>`: the seed's
 * `[![Watch on YouTube](url)](url)`, a linked text, or a bare URL (GFM autolinks it). A YouTube
 * link inside a sentence stays a link. The title is the link's own words, else the section heading.
 */
export function remarkVideoCards() {
  return (tree: Root) => {
    let sectionTitle: string | undefined;
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') {
        sectionTitle = toString(node);
        return;
      }
      if (node.type !== 'paragraph' || !parent || index === undefined) return;
      const link = soleLink(node);
      if (!link) return;
      const video = parseYouTubeUrl(link.url);
      if (!video) return;
      parent.children[index] = jsxElement('VideoCard', {
        id: video.id,
        title: linkLabel(link) ?? sectionTitle ?? 'Video on YouTube',
        start: video.start === undefined ? undefined : String(video.start),
      });
    });
  };
}

function soleLink(paragraph: Paragraph): Link | null {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = meaningful;
  return meaningful.length === 1 && only?.type === 'link' ? only : null;
}

function linkLabel(link: Link): string | undefined {
  const label = link.children.map(labelOf).join('').trim();
  if (!label || GENERIC_LABELS.test(label) || /^https?:\/\//i.test(label)) return undefined;
  return label;
}

function labelOf(child: PhrasingContent): string {
  return child.type === 'image' ? (child.alt ?? '') : toString(child);
}
