import os from 'node:os';
import type { NextConfig } from 'next';
import { securityHeaders } from './lib/site/security-headers';

const nextConfig: NextConfig = {
  // The browser tests also build a fixture corpus of hostile content into a directory of its own.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Every entry URL ends in `/`, as the content's own links do; the other form redirects here.
  trailingSlash: true,
  output: 'standalone',
  poweredByHeader: false,
  reactStrictMode: true,
  // Source maps in every prerender worker cost ~350 MB of a 1,000-entry build's peak (measured);
  // content errors name their file and line themselves, so the build's stack traces need no maps.
  enablePrerenderSourceMaps: false,
  experimental: {
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
