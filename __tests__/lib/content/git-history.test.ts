import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readLastCommitDates } from '@/lib/content/git-history';

/** A throwaway repository with content/wiki/a.md and b.md, committed on the dates given. */
function repository(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-git-'));
  const wiki = path.join(root, 'content', 'wiki');
  fs.mkdirSync(wiki, { recursive: true });
  const git = (args: string[], date?: string) =>
    execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}) },
      stdio: 'pipe',
    });
  git(['init', '--quiet']);
  fs.writeFileSync(path.join(wiki, 'a.md'), 'first\n');
  fs.writeFileSync(path.join(wiki, 'b.md'), 'first\n');
  git(['add', '.']);
  git(['commit', '--quiet', '-m', 'import'], '2026-04-01');
  fs.writeFileSync(path.join(wiki, 'a.md'), 'typo fixed\n');
  git(['commit', '--quiet', '-am', 'typo'], '2026-06-15');
  return root;
}

describe('readLastCommitDates', () => {
  let root: string;
  beforeAll(() => {
    root = repository();
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('gives each file the date of the last commit that touched it', () => {
    const dates = readLastCommitDates(path.join(root, 'content'));
    const real = fs.realpathSync(root);
    const dateOf = (file: string) => dates.get(path.join(root, 'content', 'wiki', file)) ?? dates.get(path.join(real, 'content', 'wiki', file));
    expect([dateOf('a.md'), dateOf('b.md')]).toEqual(['2026-06-15', '2026-04-01']);
  });

  it('gives no dates from a shallow clone, whose every file would carry the clone\'s one commit', () => {
    const clone = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-shallow-'));
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${root}`, clone], { stdio: 'pipe' });
    try {
      expect(readLastCommitDates(path.join(clone, 'content')).size).toBe(0);
    } finally {
      fs.rmSync(clone, { recursive: true, force: true });
    }
  });

  it('gives no dates outside a repository or for a missing folder', () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-plain-'));
    try {
      expect(readLastCommitDates(plain).size).toBe(0);
      expect(readLastCommitDates(path.join(plain, 'missing')).size).toBe(0);
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });
});
