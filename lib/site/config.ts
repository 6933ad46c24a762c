/** Site-wide settings. `SITE_URL` is where the wiki is served; canonical URLs are built from it. */
export const siteConfig = {
  name: 'icp-wiki',
  title: 'icp-wiki — the wiki of the Internet Computer',
  description:
    'An open wiki about the Internet Computer: how the protocol, canisters, cycles, subnets, chain-key cryptography and the Network Nervous System work.',
  url: (process.env.SITE_URL || 'http://localhost:3000').replace(/\/+$/, ''),
  locale: 'en',
  /** Where the content lives in git, for "Edit this page" and "History" links. */
  repository: {
    url: (process.env.REPO_URL || 'https://github.com/icp-wiki/icp-wiki').replace(/\/+$/, ''),
    branch: process.env.REPO_BRANCH || 'main',
  },
} as const;

/** The file's page in the repository's web interface: `edit` opens the editor, `commits` its history. */
export function repositoryUrl(kind: 'edit' | 'commits', file: string): string {
  return `${siteConfig.repository.url}/${kind}/${siteConfig.repository.branch}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteConfig.url}/`).toString();
}
