/**
 * `npm run new -- "Entry title"`: creates content/wiki/<slug>.md (in CONTENT_DIR if set) with
 * valid frontmatter and today's date, ready to write. Never overwrites an existing entry.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { getContentDir, getLoadOptions } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { LIMITS, MAX_SLUG_LENGTH, RESERVED_SLUGS, SLUG_PATTERN } from '@/lib/content/schema';

const USAGE = 'Usage: npm run new -- "Entry title"';

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
  // The commented-out fields stay valid YAML once their first "# " is removed.
  const frontmatter = stringify({ title, slug, description: `TODO: one sentence that says what ${title} is.`, tags: [], date: today }, { lineWidth: 0 }).replace('tags: []\n', '# tags: [core-concept]      # kebab-case topics\n');
  return `---\n${frontmatter}# related: [canisters]       # slugs of entries to read next\n---\n\nTODO: a lead paragraph that says what ${title} is and why it matters.\n\n## Overview\n\n<!-- Link to other entries like [Canisters](/wiki/canisters/); see CONTRIBUTING.md for callouts, videos and more. -->\n`;
}

/** Why a title cannot become a new entry, or null when it can. */
function refusal(title: string, slug: string): string | null {
  if (title.length > LIMITS.title) return `Titles are at most ${LIMITS.title} characters; this one has ${title.length}.`;
  if (!SLUG_PATTERN.test(slug)) return `"${title}" does not make a usable slug ("${slug}"): use a title with some ASCII letters or digits.`;
  if (RESERVED_SLUGS.has(slug)) return `"${slug}" is a reserved address on the site (/${slug}/), so no entry can have it: choose another title.`;
  // Read directly, not through the site's index, which refuses to load content with errors: an
  // editor may add an entry while another file is still broken.
  const renamed = loadContent({ ...getLoadOptions(), includeDrafts: true }).entries.find((entry) => entry.aliases.includes(slug))?.slug;
  if (renamed) return `"${slug}" is an old address of the entry "${renamed}" (listed in its aliases), and redirects there: edit that entry, or choose another title.`;
  return null;
}

function main(): number {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg === '-h' || arg === '--help')) {
    console.log(USAGE);
    return 0;
  }
  const title = args.join(' ').trim();
  if (!title || title.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const slug = slugify(title);
  const refused = refusal(title, slug);
  if (refused) {
    console.error(refused);
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
