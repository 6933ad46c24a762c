import type { NextConfig } from 'next';
import { securityHeaders } from './lib/site/security-headers';

const nextConfig: NextConfig = {
  // Every entry URL ends in `/`, as the content's own links do; the other form redirects here.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

export default nextConfig;
