/** Site-wide settings. `SITE_URL` is where the wiki is served; canonical URLs are built from it. */
export const siteConfig = {
  name: 'icp-wiki',
  title: 'icp-wiki — the wiki of the Internet Computer',
  description:
    'An open wiki about the Internet Computer: how the protocol, canisters, cycles, subnets, chain-key cryptography and the Network Nervous System work.',
  url: (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
  locale: 'en',
} as const;

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.url}/`).toString();
}
