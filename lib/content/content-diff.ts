import type { ContentProblem } from './errors';
import { formatProblem } from './errors';
import { buildBacklinks, buildHubMembers, buildReverseRelated, buildTagIndex } from './indexes';
import type { LoadedContent } from './load';
import type { Entry } from './types';

export interface ContentDiff {
  added: string[];
  removed: string[];
  /** Entries still there but left out for errors of their own (a typo, not a deletion). */
  withErrors: string[];
  renamed: Array<{ from: string; to: string }>;
  /** Link and related problems the change introduces. */
  breaking: ContentProblem[];
  /** Hubs whose member list shrinks, with the members they lose. */
  hubsLosingMembers: Array<{ hub: string; lost: string[] }>;
  /** Every other problem the changed content has (frontmatter, syntax, …). */
  otherProblems: ContentProblem[];
}

const GRAPH_RULES = new Set(['link-missing', 'anchor-missing', 'related-missing']);

function slugOf(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
}

function hubMembers(entries: readonly Entry[]): Map<string, Set<string>> {
  const indexes = { bySlug: new Map(entries.map((entry) => [entry.slug, entry])), tags: buildTagIndex(entries), backlinks: buildBacklinks(entries), reverseRelated: buildReverseRelated(entries) };
  return new Map(entries.filter((entry) => entry.hub).map((hub) => [hub.slug, new Set(buildHubMembers(hub, indexes).map((member) => member.slug))]));
}

/** What a content change does to the wiki: entries added, removed and renamed, links it breaks, hubs it shrinks. */
export function diffContent(before: LoadedContent, after: LoadedContent, renamedFiles: ReadonlyArray<{ from: string; to: string }>): ContentDiff {
  const renamed = renamedFiles.filter((rename) => rename.from.startsWith('wiki/')).map((rename) => ({ from: slugOf(rename.from), to: slugOf(rename.to) }));
  const renamedFrom = new Map(renamed.map((rename) => [rename.from, rename.to]));
  const renamedTo = new Set(renamed.map((rename) => rename.to));
  const beforeSlugs = new Set(before.entries.map((entry) => entry.slug));
  const afterSlugs = new Set(after.entries.map((entry) => entry.slug));

  const known = new Set(before.problems.map((problem) => `${slugOf(problem.file)}|${problem.rule}|${problem.message}`));
  const fresh = after.problems.filter((problem) => {
    const file = slugOf(problem.file);
    const previousName = [...renamedFrom].find(([, to]) => to === file)?.[0] ?? file;
    return !known.has(`${previousName}|${problem.rule}|${problem.message}`);
  });

  const filesWithErrors = new Set(after.problems.filter((problem) => problem.severity === 'error').map((problem) => slugOf(problem.file)));
  const withErrors = [...beforeSlugs].filter((slug) => !afterSlugs.has(slug) && !renamedFrom.has(slug) && filesWithErrors.has(slug)).sort();
  const leftOut = new Set(withErrors);

  const membersBefore = hubMembers(before.entries);
  const membersAfter = hubMembers(after.entries);
  const hubsLosingMembers = [...membersBefore].flatMap(([hub, members]) => {
    const now = membersAfter.get(renamedFrom.get(hub) ?? hub);
    if (!now) return [];
    const lost = [...members].filter((member) => !now.has(renamedFrom.get(member) ?? member) && !leftOut.has(member)).sort();
    return lost.length ? [{ hub, lost }] : [];
  });

  /** The slug a broken link or related entry names, read from the problem's message. */
  const missingSlug = (problem: ContentProblem) => /^"([^"]+)" is not an entry|^link to "\/wiki\/([^/"]+)\/"/.exec(problem.message)?.slice(1).find(Boolean);
  const explainRename = (problem: ContentProblem): ContentProblem => {
    const slug = missingSlug(problem);
    const to = slug ? renamedFrom.get(slug) : undefined;
    return to ? { ...problem, hint: `"${slug}" was renamed to "${to}": use "${to}" (an alias keeps only outside links working)` } : problem;
  };

  return {
    added: [...afterSlugs].filter((slug) => !beforeSlugs.has(slug) && !renamedTo.has(slug)).sort(),
    removed: [...beforeSlugs].filter((slug) => !afterSlugs.has(slug) && !renamedFrom.has(slug) && !leftOut.has(slug)).sort(),
    withErrors,
    renamed,
    breaking: fresh.filter((problem) => GRAPH_RULES.has(problem.rule)).map(explainRename),
    hubsLosingMembers,
    otherProblems: fresh.filter((problem) => !GRAPH_RULES.has(problem.rule)),
  };
}

/** The report as Markdown, ready to paste into a pull request. */
export function formatDiffMarkdown(diff: ContentDiff, ref: string): string {
  const list = (items: string[]) => (items.length ? items.map((item) => `- ${item}`).join('\n') : '- none');
  const code = (slug: string) => `\`${slug}\``;
  const sections = [
    `## Content change against \`${ref}\``,
    `**${diff.added.length}** added · **${diff.removed.length}** removed · **${diff.renamed.length}** renamed · **${diff.breaking.length}** broken links · **${diff.hubsLosingMembers.length}** hubs shrink${diff.withErrors.length ? ` · **${diff.withErrors.length}** left out for errors` : ''}`,
    `### Added\n${list(diff.added.map(code))}`,
    `### Removed\n${list(diff.removed.map(code))}`,
    `### Renamed\n${list(diff.renamed.map((rename) => `${code(rename.from)} → ${code(rename.to)}`))}`,
    `### Links and related entries that would break\n${list(diff.breaking.map((problem) => `\`${formatProblem(problem)}\``))}`,
    `### Hubs that lose members\n${list(diff.hubsLosingMembers.map((hub) => `${code(hub.hub)} loses ${hub.lost.map(code).join(', ')}`))}`,
  ];
  if (diff.withErrors.length) sections.push(`### Left out until their errors are fixed\n${list(diff.withErrors.map(code))}`);
  if (diff.otherProblems.length) sections.push(`### Other new problems\n${list(diff.otherProblems.map((problem) => `\`${formatProblem(problem)}\``))}`);
  return `${sections.join('\n\n')}\n`;
}
