import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const fixture = path.join(process.cwd(), '__tests__', 'fixtures', 'valid-corpus');

function git(cwd: string, ...args: string[]) {
  execFileSync('git', args, { cwd, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org' } });
}

function report(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/report.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run report -- --diff <ref>', () => {
  let repo: string;
  let content: string;

  beforeAll(() => {
    repo = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-repo-'));
    content = path.join(repo, 'content');
    fs.cpSync(fixture, content, { recursive: true });
    git(repo, 'init', '--quiet', '--initial-branch=main');
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'Content as merged');

    // An editor's change: rename beta, delete gamma (a member of the alpha hub), add epsilon.
    git(repo, 'mv', 'content/wiki/beta.md', 'content/wiki/beta-two.md');
    const renamed = path.join(content, 'wiki', 'beta-two.md');
    fs.writeFileSync(renamed, fs.readFileSync(renamed, 'utf8').replace('slug: beta', 'slug: beta-two'));
    fs.rmSync(path.join(content, 'wiki', 'gamma.md'));
    fs.writeFileSync(path.join(content, 'wiki', 'epsilon.md'), '---\ntitle: Epsilon\nslug: epsilon\ndescription: New.\ndate: 2026-02-01\n---\n\nSee [Alpha](/wiki/alpha/).\n');
  });

  afterAll(() => {
    fs.rmSync(repo, { recursive: true, force: true });
  });

  it('tells the editor what the change adds, removes, renames, breaks and shrinks', () => {
    const { status, stdout } = report(content, '--diff', 'main');
    expect(status).toBe(1);
    expect(stdout).toContain('**1** added · **1** removed · **1** renamed · **2** broken links · **1** hubs shrink');
    expect(stdout).toContain('### Added\n- `epsilon`');
    expect(stdout).toContain('### Removed\n- `gamma`');
    expect(stdout).toContain('### Renamed\n- `beta` → `beta-two`');
    expect(stdout).toMatch(/alpha\.md:11:5 error related-missing: "beta" is not an entry \("beta" was renamed to "beta-two": use "beta-two" \(an alias keeps only outside links working\)\)/);
    expect(stdout).toMatch(/alpha\.md:15:32 error link-missing: link to "\/wiki\/gamma\/": no such entry/);
    expect(stdout).toContain('### Hubs that lose members\n- `alpha` loses `gamma`');
  });

  it('reads --diff=<ref> too, and names a ref that does not exist instead of crashing', () => {
    expect(report(content, '--diff=main').stdout).toContain('### Renamed\n- `beta` → `beta-two`');
    const typo = report(content, '--diff', 'mian');
    expect(typo.status).toBe(2);
    expect(typo.stderr.trim()).toBe(`"mian" is not a branch, tag or commit of the repository holding ${path.relative(process.cwd(), content)} (try main, HEAD~1 or a commit id).`);
  });

  it('reports nothing against the working tree itself', () => {
    git(repo, 'add', '-A');
    git(repo, 'commit', '--quiet', '-m', 'Change');
    const { status, stdout } = report(content, '--diff', 'HEAD');
    expect(stdout).toContain('**0** added · **0** removed · **0** renamed · **0** broken links · **0** hubs shrink');
    expect(status).toBe(0);
  });
});

describe('npm run report -- --diff <ref> on a typo', () => {
  it('reports an entry left out for its own errors as that, not as removed from the wiki', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-repo-'));
    try {
      const content = path.join(repo, 'content');
      fs.cpSync(fixture, content, { recursive: true });
      git(repo, 'init', '--quiet', '--initial-branch=main');
      git(repo, 'add', '.');
      git(repo, 'commit', '--quiet', '-m', 'Content as merged');
      const gamma = path.join(content, 'wiki', 'gamma.md');
      fs.writeFileSync(gamma, fs.readFileSync(gamma, 'utf8').replace(/^date: .*$/m, 'date: 2026-02-30'));
      const { status, stdout } = report(content, '--diff', 'main');
      expect(status).toBe(1);
      expect(stdout).toContain('**0** added · **0** removed · **0** renamed · **0** broken links · **0** hubs shrink · **1** left out for errors');
      expect(stdout).toContain('### Left out until their errors are fixed\n- `gamma`');
      expect(stdout).toMatch(/gamma\.md:\d+:\d+ error date-invalid/);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('npm run report', () => {
  it('prints the maintenance lists for the content', () => {
    const { status, stdout } = report(fixture);
    expect(status).toBe(0);
    expect(stdout).toContain('Wanted entries (linked or related, but missing or draft):\n  none');
    expect(stdout).toMatch(/Orphans \(nothing links to them or lists them as related\):\n {2}delta /);
    expect(stdout).toContain('One-way related pairs:\n  alpha → beta');
  });
});
