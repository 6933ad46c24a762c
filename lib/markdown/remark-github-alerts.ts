import type { Blockquote, Paragraph, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { jsxElement } from './mdx-nodes';

export const ALERT_TYPES = ['note', 'tip', 'important', 'warning', 'caution'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

const MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*([^\n]*)(?:\n|$)/i;

/**
 * Turns GitHub alerts (`> [!NOTE]`) into `<Callout type="note">`. GitHub accepts the marker both
 * alone in its paragraph and followed, after a soft line break, by the text (the seed's form), so
 * both are handled; text after the marker on its own line becomes the callout's title.
 */
export function remarkGithubAlerts() {
  return (tree: Root) => {
    visit(tree, 'blockquote', (node: Blockquote, index, parent) => {
      if (!parent || index === undefined) return;
      const alert = readAlertMarker(node);
      if (!alert) return;
      parent.children[index] = jsxElement('Callout', { type: alert.type, title: alert.title }, node.children);
    });
  };
}

function readAlertMarker(node: Blockquote): { type: AlertType; title?: string } | null {
  const paragraph = node.children[0];
  if (paragraph?.type !== 'paragraph') return null;
  const first = paragraph.children[0];
  if (first?.type !== 'text') return null;
  const match = MARKER.exec(first.value);
  if (!match) return null;

  const type = (match[1] ?? 'note').toLowerCase() as AlertType;
  const title = match[2]?.trim() || undefined;
  stripMarker(node, paragraph, first, match[0].length);
  return { type, title };
}

function stripMarker(node: Blockquote, paragraph: Paragraph, first: Text, length: number) {
  first.value = first.value.slice(length);
  if (first.value === '') paragraph.children.shift();
  const leading = paragraph.children[0];
  if (leading?.type === 'break') paragraph.children.shift();
  if (paragraph.children.length === 0) node.children.shift();
}
