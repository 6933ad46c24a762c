import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { entryTemplate, slugify } from '@/scripts/new-entry';

function newEntry(contentDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/new-entry.ts', ...args], { cwd: process.cwd(), env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
}

describe('slugify', () => {
  it.each([
    ['Chain-key Cryptography', 'chain-key-cryptography'],
    ['Déjà vu: the NNS (2026)!', 'deja-vu-the-nns-2026'],
    ['  --Hello   World--  ', 'hello-world'],
    ['中文', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('keeps slugs within 80 characters without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('npm run new', () => {
  let contentDir: string;

  beforeEach(() => {
    contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-new-'));
  });

  afterEach(() => {
    fs.rmSync(contentDir, { recursive: true, force: true });
  });

  it('creates an entry that the loader accepts, dated today, with its placeholders flagged', () => {
    const result = newEntry(contentDir, 'Reverse gas: a primer');
    expect(result.status).toBe(0);
    const file = path.join(contentDir, 'wiki', 'reverse-gas-a-primer.md');
    expect(fs.readFileSync(file, 'utf8')).toContain(`date: ${new Date().toISOString().slice(0, 10)}`);
    const loaded = loadContent({ contentDir, publicDir: path.join(process.cwd(), 'public'), includeDrafts: false, missingLinks: 'error', today: '2099-01-01' });
    expect(loaded.entries.map((entry) => [entry.slug, entry.title])).toEqual([['reverse-gas-a-primer', 'Reverse gas: a primer']]);
    expect(loaded.problems.map((problem) => [problem.severity, problem.rule])).toEqual([['warning', 'placeholder-text']]);
  });

  it('refuses to overwrite an existing entry', () => {
    expect(newEntry(contentDir, 'Cycles').status).toBe(0);
    const file = path.join(contentDir, 'wiki', 'cycles.md');
    fs.writeFileSync(file, 'my work');
    const again = newEntry(contentDir, 'Cycles');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('cycles.md already exists; not overwriting it.');
    expect(fs.readFileSync(file, 'utf8')).toBe('my work');
  });

  it('explains how to use it without a title, and on --help creates nothing', () => {
    const result = newEntry(contentDir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run new -- "Entry title"');
    const help = newEntry(contentDir, '--help');
    expect([help.status, help.stdout.trim()]).toEqual([0, 'Usage: npm run new -- "Entry title"']);
    expect(fs.existsSync(path.join(contentDir, 'wiki'))).toBe(false);
  });

  it('says why a title cannot become an entry: a reserved address, an old address of another entry, too long', () => {
    const reserved = newEntry(contentDir, 'Wiki');
    expect(reserved.status).toBe(1);
    expect(reserved.stderr).toContain('"wiki" is a reserved address on the site');

    fs.mkdirSync(path.join(contentDir, 'wiki'));
    fs.writeFileSync(path.join(contentDir, 'wiki', 'bitcoin-integration.md'), '---\ntitle: Bitcoin integration\nslug: bitcoin-integration\ndescription: Bitcoin on the Internet Computer.\ndate: 2026-01-01\naliases: [bitcoin]\n---\n\nText.\n');
    const alias = newEntry(contentDir, 'Bitcoin');
    expect(alias.status).toBe(1);
    expect(alias.stderr).toContain('"bitcoin" is an old address of the entry "bitcoin-integration"');

    const long = newEntry(contentDir, 'x'.repeat(161));
    expect(long.status).toBe(1);
    expect(long.stderr).toContain('Titles are at most 160 characters; this one has 161.');
    expect(fs.readdirSync(path.join(contentDir, 'wiki'))).toEqual(['bitcoin-integration.md']);
  });

  it('writes its optional fields so that removing the "# " gives valid YAML', () => {
    const uncommented = entryTemplate('Reverse gas', 'reverse-gas', '2026-01-01').replace(/^# (tags|related):/gm, '$1:');
    fs.mkdirSync(path.join(contentDir, 'wiki'));
    fs.writeFileSync(path.join(contentDir, 'wiki', 'reverse-gas.md'), uncommented);
    fs.writeFileSync(path.join(contentDir, 'wiki', 'canisters.md'), '---\ntitle: Canisters\nslug: canisters\ndescription: Units of software.\ndate: 2026-01-01\n---\n\nText.\n');
    const loaded = loadContent({ contentDir, publicDir: path.join(process.cwd(), 'public'), includeDrafts: false, missingLinks: 'error', today: '2099-01-01' });
    const entry = loaded.entries.find((candidate) => candidate.slug === 'reverse-gas');
    expect([entry?.tags, entry?.related]).toEqual([['core-concept'], ['canisters']]);
    expect(loaded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});
