/**
 * `npm run report`: maintenance lists for editors (wanted entries, orphans, dead ends, untagged
 * entries, entries no hub reaches, one-way related pairs, stale entries).
 * `npm run report -- --diff <git-ref>`: what the working tree's content change does against a ref,
 * as Markdown to paste into a pull request.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getLoadOptions } from '@/lib/content';
import { diffContent, formatDiffMarkdown } from '@/lib/content/content-diff';
import { exportContentAt, isCommit, renamedSince } from '@/lib/content/git-history';
import { loadContent, type LoadOptions } from '@/lib/content/load';
import { buildMaintenanceReport, STALE_AFTER_DAYS } from '@/lib/content/maintenance';
import type { Entry } from '@/lib/content/types';

/** Editors need to see broken things listed, not a load that refuses to finish. */
function lenient(contentDir: string): LoadOptions {
  return { ...getLoadOptions(), contentDir, includeDrafts: true, missingLinks: 'warning' };
}

function printMaintenance() {
  const options = lenient(getLoadOptions().contentDir);
  const loaded = loadContent(options);
  const published = loaded.entries.filter((entry) => !entry.draft);
  const report = buildMaintenanceReport(published, options.today, loaded.entries);
  const names = (entries: readonly Entry[]) => (entries.length ? entries.map((entry) => `  ${entry.slug}  (${entry.file})`).join('\n') : '  none');
  const sections: Array<[string, string]> = [
    ['Wanted entries (linked or related, but missing or draft)', report.wanted.length ? report.wanted.map((item) => `  ${item.slug}  ← ${item.wantedBy.join(', ')}`).join('\n') : '  none'],
    ['Orphans (nothing links to them or lists them as related)', names(report.orphans)],
    ['Dead ends (they link to no other entry)', names(report.deadEnds)],
    ['Untagged entries', names(report.untagged)],
    ['Entries no hub reaches', names(report.unreachable)],
    ['One-way related pairs', report.oneWayRelated.length ? report.oneWayRelated.map((pair) => `  ${pair.from.slug} → ${pair.to.slug}  (add ${pair.from.slug} to ${pair.to.file})`).join('\n') : '  none'],
    [`Not updated in over ${STALE_AFTER_DAYS} days`, names(report.stale)],
  ];
  console.log(sections.map(([title, body]) => `${title}:\n${body}`).join('\n\n'));
  const errors = loaded.problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0) console.log(`\n${errors} content errors: run npm run check for the details.`);
}

function printDiff(ref: string) {
  const contentDir = getLoadOptions().contentDir;
  if (!isCommit(ref, contentDir)) {
    console.error(`"${ref}" is not a branch, tag or commit of the repository holding ${path.relative(process.cwd(), contentDir) || '.'} (try main, HEAD~1 or a commit id).`);
    process.exit(2);
  }
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-diff-'));
  try {
    exportContentAt(ref, contentDir, snapshot);
    const before = loadContent({ ...lenient(snapshot), missingLinks: 'error' });
    const after = loadContent({ ...lenient(contentDir), missingLinks: 'error' });
    const diff = diffContent(before, after, renamedSince(ref, contentDir));
    console.log(formatDiffMarkdown(diff, ref));
    process.exitCode = diff.breaking.length > 0 || diff.otherProblems.some((problem) => problem.severity === 'error') ? 1 : 0;
  } finally {
    fs.rmSync(snapshot, { recursive: true, force: true });
  }
}

// `--diff <ref>` or `--diff=<ref>`; a bare `--diff` reads as true.
const ref = parseArgs({ args: process.argv.slice(2), options: { diff: { type: 'string' } }, strict: false, allowPositionals: true }).values.diff;
if (ref === undefined) {
  printMaintenance();
} else if (typeof ref !== 'string' || !ref) {
  console.error('Usage: npm run report -- --diff <git-ref>');
  process.exit(2);
} else {
  printDiff(ref);
}
