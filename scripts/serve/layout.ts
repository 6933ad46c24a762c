import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { securityHeaders } from '@/lib/site/security-headers';

/**
 * The production layout: N replicas of the standalone server on loopback ports, nginx in front on
 * one port. Everything it runs lives under .serve/ (git-ignored): releases, logs, nginx's runtime
 * files and state.json, which `npm run deploy` reads to find the running layout.
 */
export const ROOT = process.cwd();
export const SERVE_DIR = path.join(ROOT, '.serve');
export const RELEASES_DIR = path.join(SERVE_DIR, 'releases');
export const STATIC_DIR = path.join(SERVE_DIR, 'static');
export const NGINX_DIR = path.join(SERVE_DIR, 'nginx');
export const LOG_DIR = path.join(SERVE_DIR, 'logs');
const STATE_FILE = path.join(SERVE_DIR, 'state.json');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
const RELEASE_BUILD_DIR = '.next-release';
const PUBLIC_LINK = path.join(SERVE_DIR, 'public');

/** Points nginx's public/ at a release: a new symlink renamed over the old one, so never absent. */
export function linkPublic(release: string): void {
  const temporary = `${PUBLIC_LINK}.${process.pid}`;
  fs.rmSync(temporary, { force: true });
  fs.symlinkSync(path.join(releaseDir(release), 'public'), temporary);
  fs.renameSync(temporary, PUBLIC_LINK);
}

export interface Replica {
  slot: number;
  port: number;
  pid: number;
}

export interface LayoutState {
  port: number;
  release: string;
  replicas: Replica[];
}

export function readState(): LayoutState | null {
  return fs.existsSync(STATE_FILE) ? (JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as LayoutState) : null;
}

export function writeState(state: LayoutState): void {
  fs.mkdirSync(SERVE_DIR, { recursive: true });
  fs.writeFileSync(STATE_FILE, `${JSON.stringify(state, null, 2)}\n`);
}

/** Replica ports alternate between two ranges, so a slot's new replica starts beside the old one. */
export function replicaPort(slot: number, previous?: number): number {
  const first = 3101 + slot;
  return previous === first ? 3201 + slot : first;
}

export function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit status ${result.status}`);
}

/**
 * Builds the working tree and assembles a release: the standalone server with its build, static
 * files, public/, the card fonts and the content it serves at run time. Static files are also
 * added to the shared static folder nginx serves, where every release's hashed files live side by
 * side, so pages from the previous release keep loading their scripts during a switch.
 */
export function buildRelease(contentDir = process.env.CONTENT_DIR || 'content', { build = true } = {}): string {
  const id = new Date().toISOString().replace(/[-:T]/g, '').replace(/\..*/, '');
  if (!process.env.SITE_URL) {
    // Not refused: a release on this machine is also how the layout is tried out and tested.
    console.warn('icp-wiki: SITE_URL is not set, so canonical URLs, the sitemap, the feed and social cards name http://localhost:3000; set it to the public address before deploying.');
  }
  // A deploy builds beside .next, never into it: a failed build must leave every server as it was.
  const distDir = build ? RELEASE_BUILD_DIR : '.next';
  if (build) {
    fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
    run('npm', ['run', 'build'], { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NEXT_STANDALONE: '1' });
  }
  if (!fs.existsSync(path.join(ROOT, distDir, 'standalone', 'server.js'))) throw new Error(`No standalone build in ${distDir}: run NEXT_STANDALONE=1 npm run build.`);
  const release = path.join(RELEASES_DIR, id);
  fs.mkdirSync(RELEASES_DIR, { recursive: true });
  fs.cpSync(path.join(ROOT, distDir, 'standalone'), release, { recursive: true });
  fs.cpSync(path.join(ROOT, distDir, 'static'), path.join(release, distDir, 'static'), { recursive: true });
  fs.writeFileSync(path.join(release, 'release.json'), `${JSON.stringify({ id, distDir, contentDir: path.resolve(ROOT, contentDir) })}\n`);
  fs.cpSync(path.join(ROOT, 'public'), path.join(release, 'public'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'assets'), path.join(release, 'assets'), { recursive: true });
  fs.cpSync(path.resolve(ROOT, contentDir), path.join(release, 'content'), { recursive: true });
  fs.mkdirSync(STATIC_DIR, { recursive: true });
  fs.cpSync(path.join(release, distDir, 'static'), STATIC_DIR, { recursive: true, force: false, errorOnExist: false });
  return id;
}

/** The build directory a release's server reads (named inside its standalone server). */
function releaseDistDir(id: string): string {
  return (JSON.parse(fs.readFileSync(path.join(releaseDir(id), 'release.json'), 'utf8')) as { distDir: string }).distDir;
}

export function releaseDir(id: string): string {
  return path.join(RELEASES_DIR, id);
}

/** Starts one replica of a release, detached so it outlives the command that started it. */
export function startReplica(release: string, port: number): ChildProcess {
  fs.mkdirSync(LOG_DIR, { recursive: true });
  const log = fs.openSync(path.join(LOG_DIR, `replica-${port}.log`), 'a');
  const child = spawn(process.execPath, [path.join(releaseDir(release), 'server.js')], {
    cwd: releaseDir(release),
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOSTNAME: '127.0.0.1', CONTENT_DIR: path.join(releaseDir(release), 'content'), NEXT_DIST_DIR: releaseDistDir(release) },
    detached: true,
    stdio: ['ignore', log, log],
  });
  child.unref();
  return child;
}

/** Waits until a replica's health check passes: it really serves an entry from its build. */
export async function waitHealthy(port: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health/`);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`replica on port ${port} did not become healthy: ${last}`);
}

export function stopProcess(pid: number): void {
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/**
 * The site's security headers as nginx directives: nginx adds them to every response and hides the
 * replicas' copies, so each response carries one set, Next's trailing-slash redirects included
 * (Next sends none on those: vercel/next.js#49620). Literal strings, not variables, so they also
 * reach the 400 and 414 answers nginx gives before its rewrite phase.
 */
export function nginxSecurityHeaders(): { add: string; hide: string } {
  const headers = securityHeaders(false);
  const quote = (value: string) => {
    if (value.includes('$')) throw new Error(`a security header value with "$" would be read by nginx as a variable: ${value}`);
    return `"${value.replace(/["\\]/g, '\\$&')}"`;
  };
  return {
    add: headers.map(({ key, value }) => `add_header ${key} ${quote(value)} always;`).join('\n'),
    hide: headers.map(({ key }) => `proxy_hide_header ${key};`).join('\n'),
  };
}

/** Renders the repository's nginx config for the current state into .serve/nginx/. */
export function writeNginxConfig(state: LayoutState): string {
  fs.mkdirSync(path.join(NGINX_DIR, 'cache'), { recursive: true });
  const headers = nginxSecurityHeaders();
  const values: Record<string, string> = {
    RUNTIME: NGINX_DIR,
    PORT: String(state.port),
    RELEASE: state.release,
    STATIC_ROOT: STATIC_DIR,
    PUBLIC_ROOT: PUBLIC_LINK,
    // Both ports of every slot, always: a deploy starts the new replica on the slot's other port and
    // stops the old one, and nginx, retrying refused connections on the next server, needs no reload.
    UPSTREAMS: state.replicas.flatMap((replica) => [replicaPort(replica.slot), replicaPort(replica.slot, replicaPort(replica.slot))]).map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`).join('\n'),
    HIDE_SECURITY_HEADERS: headers.hide,
    LOAD_MODULES: fs.existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};` : '',
    BROTLI: fs.existsSync(BROTLI_MODULE) ? '  brotli on;\n  brotli_comp_level 5;\n  brotli_types text/css application/javascript text/javascript application/json application/xml application/atom+xml image/svg+xml text/plain text/x-component;' : '',
  };
  const render = (template: string) => fs.readFileSync(path.join(ROOT, 'deploy', template), 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => values[name] ?? '');
  fs.writeFileSync(path.join(NGINX_DIR, 'security-headers.conf'), `${headers.add}\n`);
  fs.writeFileSync(path.join(NGINX_DIR, 'proxy-common.conf'), render('proxy-common.conf.template'));
  const config = path.join(NGINX_DIR, 'nginx.conf');
  fs.writeFileSync(config, render('nginx.conf.template'));
  return config;
}

export function nginxBinary(): string {
  const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].filter(Boolean) as string[];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error('nginx not found: install Debian\'s package (apt-get install -y nginx-light) or set NGINX_PATH.');
  return found;
}

export function nginxArgs(config: string): string[] {
  return ['-p', NGINX_DIR, '-c', config, '-e', path.join(NGINX_DIR, 'error.log')];
}


