import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem } from '@/lib/content/errors';
import { loadContent, type LoadedContent } from '@/lib/content/load';
import { generateCorpus, type CorpusSummary } from '@/scripts/bench/generate-corpus';

const ENTRIES = 200;
const tempDirs: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wiki-corpus-'));
  tempDirs.push(dir);
  return dir;
}

/** A fresh, not yet existing directory inside a temp dir. */
function generate(entries: number, seed?: number): { dir: string; summary: CorpusSummary } {
  const dir = path.join(tempDir(), 'content');
  return { dir, summary: generateCorpus(dir, { entries, seed }) };
}

/** Hash of every file's relative path and bytes, in a stable order. */
function hashTree(dir: string): string {
  const hash = createHash('sha256');
  for (const folder of ['wiki', 'pages']) {
    for (const name of fs.readdirSync(path.join(dir, folder)).sort()) {
      hash.update(`${folder}/${name}\0`);
      hash.update(fs.readFileSync(path.join(dir, folder, name)));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

function load(contentDir: string): LoadedContent {
  return loadContent({ contentDir, publicDir: path.join(process.cwd(), 'public'), includeDrafts: false, missingLinks: 'error', today: '2026-11-25' });
}

/** Body text with fenced code blocks and inline code removed. */
function prose(body: string): string {
  return body.replace(/^```[a-z]*\n[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
}

afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('generateCorpus', () => {
  const { dir, summary } = generate(ENTRIES);
  const loaded = load(dir);
  const files = fs.readdirSync(path.join(dir, 'wiki')).map((name) => fs.readFileSync(path.join(dir, 'wiki', name), 'utf8'));
  const share = (predicate: (text: string) => boolean) => files.filter(predicate).length / files.length;

  it('writes a corpus the real loader accepts with no errors and no warnings', () => {
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    expect(loaded.entries).toHaveLength(ENTRIES);
    expect(loaded.pages.map((page) => page.slug)).toEqual(['document-library']);
  });

  it('reports what it wrote', () => {
    const bytes = [...files, ...fs.readdirSync(path.join(dir, 'pages')).map((name) => fs.readFileSync(path.join(dir, 'pages', name), 'utf8'))]
      .reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    expect(summary).toEqual({
      dir: path.resolve(dir),
      entries: ENTRIES,
      pages: 1,
      bytes,
      hubs: loaded.entries.filter((entry) => entry.hub).length,
      tags: new Set(loaded.entries.flatMap((entry) => entry.tags)).size,
    });
  });

  it('is byte-identical for the same seed and different for another', () => {
    const again = generate(ENTRIES);
    const other = generate(ENTRIES, 7);
    expect(hashTree(again.dir)).toBe(hashTree(dir));
    expect(hashTree(other.dir)).not.toBe(hashTree(dir));
    expect(other.summary.entries).toBe(ENTRIES);
  });

  it('refuses a directory that is not empty', () => {
    expect(() => generateCorpus(dir, { entries: 10 })).toThrow(/not empty/);
  });

  it('shapes frontmatter like the real entries', () => {
    const slugs = new Set(loaded.entries.map((entry) => entry.slug));
    expect(slugs.size).toBe(ENTRIES);
    for (const entry of loaded.entries) {
      expect(entry.slug).toMatch(/^[a-z]+(?:-[a-z]+)*-\d{4}$/);
      expect(entry.title).toMatch(/^(?:[A-Z][a-z]*|of|and) (?:[A-Z][a-z]* )*\d+$/);
      expect(entry.description.length).toBeGreaterThanOrEqual(80);
      expect(entry.description.length).toBeLessThanOrEqual(180);
      expect(entry.tags.length).toBeGreaterThanOrEqual(1);
      expect(entry.tags.length).toBeLessThanOrEqual(4);
      expect(entry.related.length).toBeLessThanOrEqual(4);
      expect(entry.related).not.toContain(entry.slug);
      expect(new Set(entry.related).size).toBe(entry.related.length);
      expect(entry.date >= '2024-01-01' && entry.date <= '2026-10-31').toBe(true);
      if (entry.updated) expect(entry.updated >= entry.date && entry.updated <= '2026-10-31').toBe(true);
    }
    const updated = loaded.entries.filter((entry) => entry.updated).length / ENTRIES;
    expect(updated).toBeGreaterThan(0.35);
    expect(updated).toBeLessThan(0.65);
    // A skewed tag distribution: the most common tag is far more common than the median one.
    const counts = new Map<string, number>();
    for (const tag of loaded.entries.flatMap((entry) => entry.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(counts.size).toBeGreaterThan(40);
    expect(sorted[0]).toBeGreaterThan(4 * (sorted[Math.floor(sorted.length / 2)] ?? 0));
  });

  it('has about 2% hubs', () => {
    const hubs = loaded.entries.filter((entry) => entry.hub);
    expect(hubs.length).toBeGreaterThanOrEqual(2);
    expect(hubs.length).toBeLessThanOrEqual(8);
  });

  it('writes bodies of 400 to 1,200 words with unique headings', () => {
    for (const entry of loaded.entries) {
      const words = prose(entry.body).split(/\s+/).filter((token) => /[A-Za-z0-9]/.test(token)).length;
      expect(words).toBeGreaterThanOrEqual(350);
      expect(words).toBeLessThanOrEqual(1300);
      const sections = entry.headings.filter((heading) => heading.depth === 2).length;
      expect(sections).toBeGreaterThanOrEqual(3);
      expect(sections).toBeLessThanOrEqual(7);
      // The slugger suffixes a repeated heading with -1, -2…: none may need it.
      for (const heading of entry.headings) expect(heading.id).not.toMatch(/-\d+$/);
    }
  });

  it('links 3 to 8 times per entry to other entries, sometimes to a heading', () => {
    let anchored = 0;
    let total = 0;
    for (const entry of loaded.entries) {
      const internal = entry.links.filter((link) => link.target.kind === 'entry');
      expect(internal.length).toBeGreaterThanOrEqual(3);
      expect(internal.length).toBeLessThanOrEqual(8);
      for (const link of internal) {
        expect(link.target.kind === 'entry' && link.target.slug).not.toBe(entry.slug);
        if (link.target.kind === 'entry' && link.target.anchor) anchored += 1;
      }
      total += internal.length;
    }
    expect(anchored / total).toBeGreaterThan(0.1);
    expect(anchored / total).toBeLessThan(0.4);
    expect(share((text) => text.includes('](/document-library/)'))).toBeGreaterThan(0.05);
    expect(share((text) => text.includes('](https://internetcomputer.org/'))).toBeGreaterThan(0.4);
  });

  it('has callouts, video cards, tables, code blocks and lists in realistic proportions', () => {
    const callouts = share((text) => /^> \[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$/m.test(text));
    const videos = share((text) => text.includes('\n\n[![Watch on YouTube](https://www.youtube.com/watch?v=fUfbWAHSygo)](https://www.youtube.com/watch?v=fUfbWAHSygo)\n'));
    const tables = share((text) => /^\|---\|/m.test(text));
    const code = share((text) => /^```(?:rust|bash|motoko|json)$/m.test(text));
    const lists = share((text) => /^(?:- |1\. )/m.test(text));
    expect(callouts).toBeGreaterThan(0.28);
    expect(callouts).toBeLessThan(0.52);
    expect(videos).toBeGreaterThan(0.07);
    expect(videos).toBeLessThan(0.25);
    expect(tables).toBeGreaterThan(0.2);
    expect(tables).toBeLessThan(0.4);
    expect(code).toBeGreaterThan(0.28);
    expect(code).toBeLessThan(0.52);
    expect(lists).toBeGreaterThan(0.75);
    expect(share((text) => text.includes('&mdash;') && text.includes('&rsquo;'))).toBeGreaterThan(0.5);
  });

  it('has a realistic vocabulary: a long tail of rare words, and titles mostly made of them', () => {
    const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const df = new Map<string, number>();
    for (const text of files) for (const word of new Set(words(text))) df.set(word, (df.get(word) ?? 0) + 1);
    // A fixed vocabulary of templates gave about 1,200 distinct words here, almost all in most entries.
    expect(df.size).toBeGreaterThan(8000);
    expect([...df.values()].filter((count) => count === 1).length).toBeGreaterThan(4000);

    // Within an entry, nearly as many distinct words per token as the hand-written entries (~47 %).
    const shares = loaded.entries.map((entry) => {
      const tokens = words(entry.body);
      return new Set(tokens).size / tokens.length;
    }).sort((a, b) => a - b);
    const medianShare = shares[Math.floor(shares.length / 2)] ?? 0;
    expect(medianShare).toBeGreaterThan(0.35);
    expect(medianShare).toBeLessThan(0.5);

    // Search queries come from titles, so title words must be like real ones: most name one subject
    // and occur only in its entry and the few that link to it, whatever the corpus size; a handful
    // are the platform's core words, in most entries.
    const titleWords = [...new Set(loaded.entries.flatMap((entry) => words(entry.title).filter((word) => !/^\d+$/.test(word))))];
    const titleCounts = titleWords.map((word) => df.get(word) ?? 0).sort((a, b) => a - b);
    expect(titleWords.length).toBeGreaterThan(ENTRIES);
    expect(titleCounts[Math.floor(titleCounts.length / 2)]).toBeLessThan(15);
    expect(titleCounts.filter((count) => count > ENTRIES / 2).length).toBeLessThanOrEqual(12);
    expect(titleCounts.filter((count) => count > ENTRIES / 5).length).toBeGreaterThan(5);
  });

  it('writes no raw HTML and no braces outside code', () => {
    for (const entry of loaded.entries) {
      const text = prose(entry.body);
      expect(text).not.toMatch(/[<{}]/);
    }
  });
});
