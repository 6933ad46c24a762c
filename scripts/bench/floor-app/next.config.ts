import path from 'node:path';
import type { NextConfig } from 'next';

/**
 * The benchmark's yardstick: a minimal App Router page built by the repository's own `next`, so
 * `npm run bench` can measure the framework floor (its first-load JavaScript, its Lighthouse
 * scores) on the same machine as the wiki instead of assuming it.
 */
const config: NextConfig = {
  // next and react come from the repository's node_modules, three folders up.
  turbopack: { root: path.resolve(process.cwd(), '../../..') },
  poweredByHeader: false,
  // `npm test` type-checks these files with the rest of the repository.
  typescript: { ignoreBuildErrors: true },
};

export default config;
