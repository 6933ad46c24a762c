import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function git(cwd: string, args: string[]): string | null {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return result.status === 0 ? result.stdout : null;
}

/**
 * The date (YYYY-MM-DD) of the last commit that touched each file under `contentDir`, keyed by
 * absolute path, from one `git log` for the whole directory. Empty when there is no git history
 * or only a shallow clone, whose dates would all be the clone's: callers fall back to frontmatter.
 */
export function readLastCommitDates(contentDir: string): Map<string, string> {
  const dates = new Map<string, string>();
  if (!fs.existsSync(contentDir)) return dates;
  const root = git(contentDir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!root || git(contentDir, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') return dates;
  const log = git(root, ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', path.relative(root, contentDir) || '.']);
  if (!log) return dates;
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').filter(Boolean);
    if (!date) continue;
    for (const file of files) {
      const absolute = path.join(root, file);
      // git log lists newest first: the first date seen for a file is its last change.
      if (!dates.has(absolute)) dates.set(absolute, date);
    }
  }
  return dates;
}

/** Whether `ref` names a commit (a branch, a tag, HEAD~1, an id) in the repository holding `contentDir`. */
export function isCommit(ref: string, contentDir: string): boolean {
  if (ref.startsWith('-') || !fs.existsSync(contentDir)) return false;
  return git(contentDir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== null;
}

export interface RenamedFile {
  from: string;
  to: string;
}

/** Files under `contentDir` that git sees as renamed between `ref` and the working tree (paths relative to contentDir). */
export function renamedSince(ref: string, contentDir: string): RenamedFile[] {
  const root = git(contentDir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!root) return [];
  const relative = path.relative(root, contentDir) || '.';
  // Untracked new files count too: an editor's rename is often `mv` without `git add` yet.
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '--', relative])?.split('\n').filter(Boolean) ?? [];
  if (untracked.length > 0) git(root, ['add', '--intent-to-add', '--', ...untracked]);
  const output = git(root, ['diff', '--name-status', '-M', ref, '--', relative]) ?? '';
  if (untracked.length > 0) git(root, ['reset', '--quiet', '--', ...untracked]);
  return output
    .split('\n')
    .filter((line) => line.startsWith('R'))
    .map((line) => {
      const [, from = '', to = ''] = line.split('\t');
      return { from: path.relative(relative, from), to: path.relative(relative, to) };
    });
}

/** Writes the content directory as it was at `ref` into `destination` (git archive: no checkout, no network). */
export function exportContentAt(ref: string, contentDir: string, destination: string): void {
  const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: contentDir, encoding: 'utf8' }).trim();
  const relative = path.relative(root, contentDir) || '.';
  fs.mkdirSync(destination, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', ref, '--', relative], { cwd: root, maxBuffer: 512 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', destination, ...(relative === '.' ? [] : ['--strip-components', String(relative.split('/').length)])], { input: archive });
}
