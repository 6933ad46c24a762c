import os from 'node:os';
import type { NextConfig } from 'next';
import { securityHeaders } from './lib/site/security-headers';

const nextConfig: NextConfig = {
  // The browser tests also build a fixture corpus of hostile content into a directory of its own.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Every entry URL ends in `/`, as the content's own links do; the other form redirects here.
  trailingSlash: true,
  // The standalone server is how a release is deployed (`npm run serve:prod`, `npm run deploy`,
  // which set NEXT_STANDALONE=1). Everywhere else it would only copy every prerendered page a
  // second time: 210 MB and several seconds at 1,000 entries, 5 GB at 10,000.
  output: process.env.NEXT_STANDALONE === '1' ? 'standalone' : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // Source maps in every prerender worker cost ~350 MB of a 1,000-entry build's peak (measured);
  // content errors name their file and line themselves, so the build's stack traces need no maps.
  enablePrerenderSourceMaps: false,
  // `npm test` type-checks the whole project (`tsc --noEmit`, route types included) and CI runs it
  // before building; checking again here cost 6 s of a 1,000-entry build and changes nothing
  // for content, which is what most builds are for.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // A cold build spent ~2.9 s writing Turbopack's persistent cache and kept ~170 MB more in the
    // main process while pages prerendered (measured at 1,000 entries). Fresh clones, CI and the
    // benchmarks never reuse it; `next dev` keeps its own cache.
    turbopackFileSystemCacheForBuild: false,
    // Next leaves one core idle by default; prerendering thousands of pages wants both on 2 cores.
    cpus: Math.max(1, os.availableParallelism()),
    // Pages rendered on first request (full backlink lists, social cards, and the 404s of any
    // address asked for under them) stay in the bounded in-memory cache instead of each adding
    // files to the build directory: anyone could otherwise fill the disk with made-up addresses.
    isrFlushToDisk: false,
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

export default nextConfig;
