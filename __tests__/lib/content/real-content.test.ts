import path from 'node:path';
import { formatProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';

describe('the real content/ directory', () => {
  const loaded = loadContent({
    contentDir: path.join(process.cwd(), 'content'),
    publicDir: path.join(process.cwd(), 'public'),
    includeDrafts: false,
    missingLinks: 'error',
    today: new Date().toISOString().slice(0, 10),
  });

  it('has no errors and no warnings', () => {
    expect(loaded.problems.map(formatProblem)).toEqual([]);
  });

  it('has at least ten entries, the seed among them', () => {
    expect(loaded.entries.length).toBeGreaterThanOrEqual(10);
    expect(loaded.entries.map((entry) => entry.slug)).toContain('internet-computer-protocol');
  });
});
