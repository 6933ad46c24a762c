import fs from 'node:fs';
import path from 'node:path';

export interface HealthReport {
  healthy: boolean;
  checks: Array<{ name: string; ok: boolean; detail: string }>;
}

interface ProbeEntry {
  slug: string;
  title: string;
}

/**
 * Checks that the build output can really serve an entry: its prerendered HTML is complete (it
 * ends with </html>, carries the entry's title as the h1 and its canonical link) and every script
 * and stylesheet it loads exists. A build that was cut short, or files damaged after deploy, fail
 * here instead of a server reporting "ready" and answering readers with broken pages.
 */
export function checkBuildHealth(buildDir: string, entry: ProbeEntry | null): HealthReport {
  const checks: HealthReport['checks'] = [];
  const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });

  check('content', entry !== null, entry ? `entry "${entry.slug}" is in the content index` : 'the content index has no entries');
  if (!entry) return { healthy: false, checks };

  const htmlPath = path.join(/*turbopackIgnore: true*/ buildDir, 'server', 'app', 'wiki', `${entry.slug}.html`);
  let html = '';
  try {
    html = fs.readFileSync(htmlPath, 'utf8');
  } catch {
    check('page', false, `no prerendered page at ${path.relative(buildDir, htmlPath)}`);
    return { healthy: false, checks };
  }
  const complete = html.trimEnd().endsWith('</html>');
  check('page-complete', complete, complete ? 'the prerendered HTML is complete' : 'the prerendered HTML is truncated');
  const heading = `<h1 id="entry-title">${escapeHtml(entry.title)}</h1>`;
  check('page-content', html.includes(heading), html.includes(heading) ? 'the page shows the entry title' : `the page lacks ${heading}`);
  check('page-canonical', html.includes(`/wiki/${entry.slug}/"`) && html.includes('rel="canonical"'), 'the page has its canonical link');

  const assets = [...html.matchAll(/(?:src|href)="\/_next\/static\/([^"?]+)"/g)].map((match) => match[1] as string);
  const missing = assets.filter((asset) => !fs.existsSync(path.join(/*turbopackIgnore: true*/ buildDir, 'static', asset)));
  check('assets', assets.length > 0 && missing.length === 0, missing.length ? `missing static files: ${missing.join(', ')}` : `${assets.length} scripts and stylesheets present`);

  return { healthy: checks.every((item) => item.ok), checks };
}

/** Text as React writes it into HTML, to find a title in a prerendered page. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
