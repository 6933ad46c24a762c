/**
 * `npm run new -- "Entry title"`: creates content/wiki/<slug>.md (in CONTENT_DIR if set) with
 * valid frontmatter and today's date, ready to write. Never overwrites an existing entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { getContentDir } from '@/lib/content';
import { MAX_SLUG_LENGTH, RESERVED_SLUGS, SLUG_PATTERN } from '@/lib/content/schema';

/** "Chain-key Cryptography (ECDSA)" → "chain-key-cryptography-ecdsa". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

export function entryTemplate(title: string, slug: string, today: string): string {
  const frontmatter = stringify({ title, slug, description: `TODO: one sentence that says what ${title} is.`, tags: [], date: today }, { lineWidth: 0 }).replace('tags: []\n', '# tags: [core-concept]      kebab-case topics\n');
  return `---\n${frontmatter}# related: [canisters]       slugs of entries to read next\n---\n\nTODO: a lead paragraph that says what ${title} is and why it matters.\n\n## Overview\n\n<!-- Link to other entries like [Canisters](/wiki/canisters/); see CONTRIBUTING.md for callouts, videos and more. -->\n`;
}

function main(): number {
  const title = process.argv.slice(2).join(' ').trim();
  if (!title) {
    console.error('Usage: npm run new -- "Entry title"');
    return 2;
  }
  const slug = slugify(title);
  if (!SLUG_PATTERN.test(slug) || RESERVED_SLUGS.has(slug)) {
    console.error(`"${title}" does not make a usable slug ("${slug}"): use a title with some ASCII letters or digits.`);
    return 1;
  }
  const folder = path.join(getContentDir(), 'wiki');
  const existing = ['md', 'mdx'].map((extension) => path.join(folder, `${slug}.${extension}`)).find((file) => fs.existsSync(file));
  if (existing) {
    console.error(`${path.relative(process.cwd(), existing)} already exists; not overwriting it. Edit it, or choose another title.`);
    return 1;
  }
  const file = path.join(folder, `${slug}.md`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(file, entryTemplate(title, slug, new Date().toISOString().slice(0, 10)), { flag: 'wx' });
  console.log(`Created ${path.relative(process.cwd(), file)}.\nWrite the description and the body, add tags, then run npm run check.`);
  return 0;
}

if (require.main === module) process.exitCode = main();
