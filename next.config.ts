import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Every entry URL ends in `/`, as the content's own links do; the other form redirects here.
  trailingSlash: true,
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
